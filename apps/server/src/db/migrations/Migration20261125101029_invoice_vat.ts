import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101029_invoice_vat extends Migration {
  override name = 'Migration20261125101029_invoice_vat';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "invoice_vat" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "invoice_id" uuid not null, "regime" varchar(20) not null, "rate_country" varchar(2) not null, "category_code" varchar(2) not null, "mention" text null, "reason" text not null, "buyer_is_business" boolean not null default false, "buyer_vat_number" varchar(255) null, "buyer_vat_status" varchar(10) not null, "consultation_number" varchar(255) null, "vat_check_id" uuid null, "threshold_crossed_by_sale" boolean not null default false, "charged_as_consumer" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(`create index "invoice_vat_store_id_index" on "invoice_vat" ("store_id");`);
    this.addSql(`alter table "invoice_vat" add constraint "invoice_vat_invoice_id_unique" unique ("invoice_id");`);

    this.addSql(
      `alter table "invoice_vat" add constraint "invoice_vat_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice_vat" add constraint "invoice_vat_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete restrict;`,
    );
    // The VAT decision of an issued invoice is part of it: never changed, never deleted.
    this.addSql(`create function invoice_vat_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'the VAT decision of an issued invoice cannot be changed or deleted' using errcode = 'P0001';
      end $$;`);
    this.addSql(
      `create trigger invoice_vat_immutable before update or delete on "invoice_vat" for each row execute function invoice_vat_immutable();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists invoice_vat_immutable on "invoice_vat";`);
    this.addSql(`drop function if exists invoice_vat_immutable();`);
    this.addSql(`drop table if exists "invoice_vat" cascade;`);
  }
}
