import { Migration } from '@mikro-orm/migrations';

/**
 * A product VAT category for a country's higher reduced rate (LU's 14 % intermediate rate, 13 % in
 * 2023; FR 10 %, BE 12 %, IT 10 % …). An enum value can be added but not removed, so `down` keeps it.
 */
export class Migration20261201143000_vat_category_reduced2 extends Migration {
  override name = 'Migration20261201143000_vat_category_reduced2';

  override up(): void | Promise<void> {
    this.addSql(`alter type "vat_category" add value if not exists 'reduced2' after 'reduced';`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop an enum value; rows using it would have to be changed first.
  }
}
