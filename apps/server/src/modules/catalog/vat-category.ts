import { registerEnumType } from 'type-graphql';

/** What a product carries; mapped to a rate per country and supply date by packages/vat. */
export enum VatCategory {
  STANDARD = 'standard',
  REDUCED = 'reduced',
  /** The higher reduced rate where a country has two (LU's 14 % intermediate rate). */
  REDUCED2 = 'reduced2',
  SUPER_REDUCED = 'super_reduced',
  ZERO = 'zero',
}
registerEnumType(VatCategory, {
  name: 'VatCategory',
  description: "A product's VAT category; the rate comes from the country that applies and the supply date.",
  valuesConfig: {
    STANDARD: { description: 'The standard rate (LU 17 %).' },
    REDUCED: { description: "The country's (lower) reduced rate (LU 8 %, FR 5.5 %)." },
    REDUCED2: {
      description:
        "The higher reduced rate where a country has two (LU 14 % intermediate rate, 13 % in 2023; FR 10 %, BE 12 %); a country's single reduced rate where it has one.",
    },
    SUPER_REDUCED: {
      description: 'The super-reduced rate (LU 3 %); the lowest reduced rate where a country has none.',
    },
    ZERO: { description: 'Zero-rated where the country zero-rates goods; the standard rate where it does not (LU).' },
  },
});
