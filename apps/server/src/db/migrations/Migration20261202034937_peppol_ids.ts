import { Migration } from '@mikro-orm/migrations';

/** Peppol IDs (`scheme:identifier`) of the seller (invoice settings) and of customers, for e-invoices. */
export class Migration20261202034937_peppol_ids extends Migration {
  override name = 'Migration20261202034937_peppol_ids';

  override up(): void | Promise<void> {
    this.addSql(`alter table "invoice_settings" add "peppol_id" varchar(255) null;`);
    this.addSql(`alter table "customer" add "peppol_id" varchar(255) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customer" drop column "peppol_id";`);
    this.addSql(`alter table "invoice_settings" drop column "peppol_id";`);
  }
}
