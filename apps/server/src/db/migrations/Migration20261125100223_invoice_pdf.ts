import { Migration } from '@mikro-orm/migrations';

/**
 * The stored PDF of each issued invoice and credit note (rendered once, at issue), immutable like
 * the invoice; and an index for exports by issue date (the ZIP download reads by date range in
 * keyset order).
 */
export class Migration20261125100223_invoice_pdf extends Migration {
  override name = 'Migration20261125100223_invoice_pdf';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "invoice_pdf" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "store_id" uuid not null, "invoice_id" uuid not null, "bytes" bytea not null, "sha256" varchar(64) not null, "byte_size" int not null, "rendered_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "invoice_pdf_store_id_index" on "invoice_pdf" ("store_id");`);
    this.addSql(`alter table "invoice_pdf" add constraint "invoice_pdf_invoice_id_unique" unique ("invoice_id");`);
    this.addSql(
      `alter table "invoice_pdf" add constraint "invoice_pdf_store_id_foreign" foreign key ("store_id") references "store" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice_pdf" add constraint "invoice_pdf_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete restrict;`,
    );
    // The bytes are already compressed (PDF streams are deflated): do not let TOAST try again.
    this.addSql(`alter table "invoice_pdf" alter column "bytes" set storage external;`);
    this.addSql(
      `create index "invoice_store_issue_date_number_index" on "invoice" ("store_id", "issue_date", "number");`,
    );

    // A stored PDF is what was sent: nothing changes or deletes it.
    this.addSql(`create function invoice_pdf_immutable() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'the PDF of invoice % is stored as issued and cannot be deleted', old.invoice_id using errcode = 'P0001';
        end if;
        raise exception 'the PDF of invoice % is stored as issued and cannot be changed', old.invoice_id using errcode = 'P0001';
      end $$;`);
    this.addSql(
      `create trigger invoice_pdf_immutable before update or delete on "invoice_pdf" for each row execute function invoice_pdf_immutable();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists invoice_pdf_immutable on "invoice_pdf";`);
    this.addSql(`drop function if exists invoice_pdf_immutable();`);
    this.addSql(`drop index if exists "invoice_store_issue_date_number_index";`);
    this.addSql(`drop table if exists "invoice_pdf" cascade;`);
  }
}
