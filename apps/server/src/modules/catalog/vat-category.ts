import { registerEnumType } from 'type-graphql';

/** What a product carries; mapped to a rate per country and supply date by packages/vat. */
export enum VatCategory {
  STANDARD = 'standard',
  REDUCED = 'reduced',
  SUPER_REDUCED = 'super_reduced',
  ZERO = 'zero',
}
registerEnumType(VatCategory, { name: 'VatCategory' });
