import { Migration } from '@mikro-orm/migrations';

export class Migration20261125080457_invoicing extends Migration {
  override name = 'Migration20261125080457_invoicing';

  override up(): void | Promise<void> {
    this.addSql(`create type "invoice_type" as enum ('invoice', 'credit_note');`);
    this.addSql(`create type "invoice_status" as enum ('issued', 'paid', 'cancelled');`);
    this.addSql(
      `create table "invoice_settings" ("store_id" uuid not null, "legal_name" varchar(255) not null default '', "address_line" varchar(255) not null default '', "postal_code" varchar(255) not null default '', "city" varchar(255) not null default '', "country" varchar(2) not null default 'LU', "vat_number" varchar(255) null, "rcs_number" varchar(255) null, "email" varchar(255) null, "phone" varchar(255) null, "iban" varchar(255) null, "bic" varchar(255) null, "bank_name" varchar(255) null, "invoice_prefix" varchar(255) not null default 'INV', "credit_note_prefix" varchar(255) not null default 'CN', "payment_due_days" int not null default 15, "payment_terms" text null, "footer" text null, "default_language" "locale" not null default 'fr', "updated_at" timestamptz not null default now(), primary key ("store_id"));`,
    );

    this.addSql(
      `create table "invoice" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "type" "invoice_type" not null, "number" varchar(255) not null, "sequence" int not null, "status" "invoice_status" not null default 'issued', "order_id" uuid null, "credited_invoice_id" uuid null, "issue_date" date not null, "supply_date" date not null, "due_date" date null, "language" varchar(2) not null, "currency" varchar(3) not null default 'EUR', "vat_regime" varchar(255) not null, "seller" jsonb not null, "buyer" jsonb not null, "lines" jsonb not null, "vat_breakdown" jsonb not null, "legal_mentions" jsonb not null, "net_cents" int not null, "vat_cents" int not null, "gross_cents" int not null, "paid_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "invoice_store_id_index" on "invoice" ("store_id");`);
    this.addSql(`create index "invoice_order_id_index" on "invoice" ("order_id");`);
    this.addSql(`create index "invoice_credited_invoice_id_index" on "invoice" ("credited_invoice_id");`);
    this.addSql(
      `create unique index "invoice_one_live_invoice_per_order" on "invoice" ("order_id") where "type" = 'invoice' and "status" <> 'cancelled';`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_store_number_unique" unique ("store_id", "number");`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_store_series_sequence_unique" unique ("store_id", "type", "sequence");`,
    );

    this.addSql(
      `alter table "invoice_settings" add constraint "invoice_settings_store_id_foreign" foreign key ("store_id") references "store" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_credited_invoice_id_foreign" foreign key ("credited_invoice_id") references "invoice" ("id") on delete restrict;`,
    );

    // Issued invoices never change: only status and payment may move; nothing deletes them.
    this.addSql(`create function invoice_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'invoice % is issued and cannot be deleted; correct it with a credit note', old.number using errcode = 'P0001';
        end if;
        if (new.store_id, new.type, new.number, new.sequence, new.order_id, new.credited_invoice_id, new.issue_date,
            new.supply_date, new.due_date, new.language, new.currency, new.vat_regime, new.seller, new.buyer, new.lines,
            new.vat_breakdown, new.legal_mentions, new.net_cents, new.vat_cents, new.gross_cents, new.created_at)
           is distinct from
           (old.store_id, old.type, old.number, old.sequence, old.order_id, old.credited_invoice_id, old.issue_date,
            old.supply_date, old.due_date, old.language, old.currency, old.vat_regime, old.seller, old.buyer, old.lines,
            old.vat_breakdown, old.legal_mentions, old.net_cents, old.vat_cents, old.gross_cents, old.created_at) then
          raise exception 'invoice % is issued and cannot be changed; correct it with a credit note', old.number using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger invoice_immutable before update or delete on "invoice" for each row execute function invoice_immutable();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists invoice_immutable on "invoice";`);
    this.addSql(`drop function if exists invoice_immutable();`);
    this.addSql(`alter table "invoice" drop constraint "invoice_credited_invoice_id_foreign";`);

    this.addSql(`drop table if exists "invoice_settings" cascade;`);
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop type "invoice_type";`);
    this.addSql(`drop type "invoice_status";`);
  }
}
