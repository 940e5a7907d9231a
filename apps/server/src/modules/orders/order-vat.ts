import type { VatCategory } from '../catalog/vat-category.js';
// TEMPORARY (not committed): until packages/vat lands
const LU: Record<string, number> = { standard: 1700, reduced: 800, super_reduced: 300, zero: 0 };
export function domesticRateBp(_country: string, category: VatCategory, _supplyDate: Date): number {
  return LU[category]!;
}
