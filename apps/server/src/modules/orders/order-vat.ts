import { rateForProduct } from '@orion/vat';
import type { VatCategory } from '../catalog/vat-category.js';

/**
 * The VAT rate (basis points) a VAT-inclusive price carries for a domestic sale from the store's
 * country, on the supply date. Cross-border regimes are decided at invoicing (EU VAT rules).
 */
export function domesticRateBp(country: string, category: VatCategory, supplyDate: Date): number {
  return rateForProduct(country as never, category, supplyDate.toISOString().slice(0, 10)).rateBp;
}
