import { Migration } from '@mikro-orm/migrations';

/** Stock adjustment reasons with their own direction: lost, theft, sample (−), found (±). */
export class Migration20261201235715_inventory_reason_directions extends Migration {
  override name = 'Migration20261201235715_inventory_reason_directions';

  override up(): void | Promise<void> {
    this.addSql(`alter type "inventory_reason" add value if not exists 'lost' after 'correction';`);
    this.addSql(`alter type "inventory_reason" add value if not exists 'theft' after 'lost';`);
    this.addSql(`alter type "inventory_reason" add value if not exists 'sample' after 'theft';`);
    this.addSql(`alter type "inventory_reason" add value if not exists 'found' after 'sample';`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop a value from an enum type; the values stay, unused.
  }
}
