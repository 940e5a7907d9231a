import type { CatalogueItem } from '@orion/letzshop-sim';
import { VatCategory } from '../catalog/vat-category.js';

/**
 * A product row for one item of the Letzshop simulator's catalogue (GTIN, SKU, price; food, books
 * and baby clothes at Luxembourg's super-reduced rate), for the demo shop, tests and benchmarks.
 */
export function simCatalogueProduct(storeId: string, c: CatalogueItem) {
  return {
    store: storeId,
    sku: c.sku,
    gtin: c.gtin,
    name: c.name,
    brand: c.brand,
    priceCents: c.priceCents,
    costCents: Math.round(c.priceCents * 0.45),
    vatCategory: c.vatCategoryHint === 'super_reduced' ? VatCategory.SUPER_REDUCED : VatCategory.STANDARD,
    lowStockThreshold: 3,
  };
}
