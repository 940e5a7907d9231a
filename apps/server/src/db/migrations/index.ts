import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202035222_sales_rollup } from './Migration20261202035222_sales_rollup.js';
import { Migration20261125080457_invoicing } from './Migration20261125080457_invoicing.js';
import { Migration20261125100223_invoice_pdf } from './Migration20261125100223_invoice_pdf.js';
import { Migration20261125064406_foundation } from './Migration20261125064406_foundation.js';
import { Migration20261125065607_oms_core } from './Migration20261125065607_oms_core.js';
import { Migration20261125100122_letzshop_sync } from './Migration20261125100122_letzshop_sync.js';
import { Migration20261125073220_subscriptions } from './Migration20261125073220_subscriptions.js';
import { Migration20261125100210_vat_rates } from './Migration20261125100210_vat_rates.js';
import { Migration20261125100446_vies_checks } from './Migration20261125100446_vies_checks.js';
import { Migration20261125100731_vat_settings } from './Migration20261125100731_vat_settings.js';
import { Migration20261125101029_invoice_vat } from './Migration20261125101029_invoice_vat.js';
import { Migration20261125110033_vat_sales_outside_orion } from './Migration20261125110033_vat_sales_outside_orion.js';
import { Migration20261201143000_vat_category_reduced2 } from './Migration20261201143000_vat_category_reduced2.js';
import { Migration20261201150000_login_throttle_subjects } from './Migration20261201150000_login_throttle_subjects.js';
import { Migration20261202033659_customers_personal_data } from './Migration20261202033659_customers_personal_data.js';
import { Migration20261202002015_mail } from './Migration20261202002015_mail.js';
import { Migration20261202034815_attachment_refs } from './Migration20261202034815_attachment_refs.js';
import { Migration20261202034511_deferred_order_number } from './Migration20261202034511_deferred_order_number.js';
import { Migration20261202034937_peppol_ids } from './Migration20261202034937_peppol_ids.js';
import { Migration20261202035527_api_keys } from './Migration20261202035527_api_keys.js';
import { Migration20261202035414_purchasing } from './Migration20261202035414_purchasing.js';
import { Migration20261201160000_store_order_count } from './Migration20261201160000_store_order_count.js';
import { Migration20261201235715_inventory_reason_directions } from './Migration20261201235715_inventory_reason_directions.js';
import { Migration20261202000000_invoice_series_per_merchant } from './Migration20261202000000_invoice_series_per_merchant.js';
import { Migration20261202000100_letzshop_key_endpoint } from './Migration20261202000100_letzshop_key_endpoint.js';
import { Migration20261202000200_session_ip_address } from './Migration20261202000200_session_ip_address.js';
import { Migration20261202000302_goods_kinds } from './Migration20261202000302_goods_kinds.js';

/** Checked-in migrations, in order. `pnpm --filter @orion/server migration:create <name>` adds one. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125064406_foundation', class: Migration20261125064406_foundation },
  { name: 'Migration20261125065607_oms_core', class: Migration20261125065607_oms_core },
  { name: 'Migration20261125073220_subscriptions', class: Migration20261125073220_subscriptions },
  { name: 'Migration20261125080457_invoicing', class: Migration20261125080457_invoicing },
  { name: 'Migration20261125100122_letzshop_sync', class: Migration20261125100122_letzshop_sync },
  { name: 'Migration20261125100210_vat_rates', class: Migration20261125100210_vat_rates },
  { name: 'Migration20261125100223_invoice_pdf', class: Migration20261125100223_invoice_pdf },
  { name: 'Migration20261125100446_vies_checks', class: Migration20261125100446_vies_checks },
  { name: 'Migration20261125100731_vat_settings', class: Migration20261125100731_vat_settings },
  { name: 'Migration20261125101029_invoice_vat', class: Migration20261125101029_invoice_vat },
  { name: 'Migration20261125110033_vat_sales_outside_orion', class: Migration20261125110033_vat_sales_outside_orion },
  { name: 'Migration20261201143000_vat_category_reduced2', class: Migration20261201143000_vat_category_reduced2 },
  { name: 'Migration20261201150000_login_throttle_subjects', class: Migration20261201150000_login_throttle_subjects },
  { name: 'Migration20261201160000_store_order_count', class: Migration20261201160000_store_order_count },
  {
    name: 'Migration20261201235715_inventory_reason_directions',
    class: Migration20261201235715_inventory_reason_directions,
  },
  {
    name: 'Migration20261202000000_invoice_series_per_merchant',
    class: Migration20261202000000_invoice_series_per_merchant,
  },
  { name: 'Migration20261202000100_letzshop_key_endpoint', class: Migration20261202000100_letzshop_key_endpoint },
  { name: 'Migration20261202000200_session_ip_address', class: Migration20261202000200_session_ip_address },
  { name: 'Migration20261202000302_goods_kinds', class: Migration20261202000302_goods_kinds },
  { name: 'Migration20261202002015_mail', class: Migration20261202002015_mail },
  { name: 'Migration20261202034815_attachment_refs', class: Migration20261202034815_attachment_refs },
  {
    name: 'Migration20261202033659_customers_personal_data',
    class: Migration20261202033659_customers_personal_data,
  },
  { name: 'Migration20261202034511_deferred_order_number', class: Migration20261202034511_deferred_order_number },
  { name: 'Migration20261202035222_sales_rollup', class: Migration20261202035222_sales_rollup },
  { name: 'Migration20261202034937_peppol_ids', class: Migration20261202034937_peppol_ids },
  { name: 'Migration20261202035527_api_keys', class: Migration20261202035527_api_keys },
  { name: 'Migration20261202035414_purchasing', class: Migration20261202035414_purchasing },
];
