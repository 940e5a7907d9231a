import { Migration } from '@mikro-orm/migrations';

/**
 * Letzshop keys are now sealed with the endpoint they were saved for. Keys sealed before (bound to
 * the store only) are marked `store-bound:`: they stay usable with the endpoint stored with them,
 * and the server binds them to it at its next start (it alone holds ENCRYPTION_KEY).
 */
export class Migration20261202000100_letzshop_key_endpoint extends Migration {
  override name = 'Migration20261202000100_letzshop_key_endpoint';

  override up(): void | Promise<void> {
    this.addSql(
      `update "letzshop_settings" set "api_key_sealed" = 'store-bound:' || "api_key_sealed" where "api_key_sealed" like 'v1.%';`,
    );
  }

  override down(): void | Promise<void> {
    // Keys bound to their endpoint since cannot be unbound without ENCRYPTION_KEY: they are dropped.
    this.addSql(
      `update "letzshop_settings" set "api_key_sealed" = null, "api_key_last4" = null, "auto_sync" = false where "api_key_sealed" not like 'store-bound:%';`,
    );
    this.addSql(
      `update "letzshop_settings" set "api_key_sealed" = substr("api_key_sealed", 13) where "api_key_sealed" like 'store-bound:%';`,
    );
  }
}
