import { describe, expect, it } from 'vitest';
import {
  EU_COUNTRIES,
  isVatError,
  PRODUCT_CATEGORY_MAP,
  type ProductRateRequest,
  rateForProduct,
} from '../src/index.js';

const D = '2026-09-15';

describe('rateForProduct', () => {
  it.each([
    // country, product, date, rateBp, tableCategory, note expected?
    ['LU', 'standard', D, 1700, 'standard', false],
    ['LU', 'reduced', D, 800, 'reduced', true], // LU also has 14 %: note says the lower one is taken
    ['LU', 'super_reduced', D, 300, 'super_reduced', false],
    ['LU', 'super_reduced', '2023-03-01', 300, 'super_reduced', false],
    ['LU', 'reduced', '2023-03-01', 700, 'reduced', true],
    ['LU', 'reduced2', D, 1400, 'reduced2', false],
    ['LU', 'zero', D, 1700, 'standard', true],
    ['FR', 'reduced', D, 550, 'reduced', true],
    ['FR', 'reduced2', D, 1000, 'reduced2', false],
    ['FR', 'super_reduced', D, 210, 'super_reduced', true],
    ['HU', 'reduced', D, 500, 'reduced', true],
    ['HU', 'reduced2', D, 1800, 'reduced2', false],
    ['PL', 'reduced', D, 500, 'reduced', true],
    ['DE', 'reduced', D, 700, 'reduced', false],
    ['DE', 'reduced2', D, 700, 'reduced', true],
    ['DE', 'super_reduced', D, 700, 'reduced', true],
    ['NL', 'super_reduced', D, 900, 'reduced', true],
    ['BE', 'super_reduced', D, 600, 'reduced', true],
    ['DK', 'reduced', D, 2500, 'standard', true],
    ['DK', 'super_reduced', D, 2500, 'standard', true],
    ['DK', 'zero', D, 0, 'zero', false],
    ['IE', 'zero', D, 0, 'zero', false],
    ['DE', 'zero', '2023-01-01', 0, 'zero', false],
    ['DE', 'zero', '2022-12-31', 1900, 'standard', true],
    ['AT', 'super_reduced', '2026-06-30', 1000, 'reduced', true],
    ['AT', 'super_reduced', '2026-07-01', 490, 'super_reduced', false],
    ['ES', 'super_reduced', D, 400, 'super_reduced', false],
    ['IT', 'super_reduced', D, 400, 'super_reduced', false],
    ['FI', 'standard', '2024-08-31', 2400, 'standard', false],
    ['FI', 'standard', '2024-09-01', 2550, 'standard', false],
    ['FI', 'reduced2', D, 1350, 'reduced2', false],
    ['EL', 'reduced', D, 600, 'reduced', true],
    ['SK', 'reduced', '2024-12-31', 1000, 'reduced', false], // single reduced rate then: no two-rate note
    ['SK', 'reduced', '2025-01-01', 500, 'reduced', true],
  ] as const)('%s %s on %s → %i bp (%s)', (country, product, date, bp, tableCategory, hasNote) => {
    const r = rateForProduct(country, product, date);
    expect(r.rateBp).toBe(bp);
    expect(r.tableCategory).toBe(tableCategory);
    expect(Boolean(r.note)).toBe(hasNote);
  });

  it('explains a fallback in the note', () => {
    expect(rateForProduct('DE', 'super_reduced', D).note).toMatch(/DE has no super-reduced rate/);
    expect(rateForProduct('LU', 'zero', D).note).toMatch(/LU has no zero rate/);
    expect(rateForProduct('FR', 'reduced', D).note).toMatch(/5\.5 %, 10 %/);
  });

  it('has an explicit mapping for every country and every product category, resolvable today', () => {
    const requests: ProductRateRequest[] = ['standard', 'reduced', 'reduced2', 'super_reduced', 'zero'];
    for (const country of EU_COUNTRIES) {
      for (const request of requests) {
        expect(PRODUCT_CATEGORY_MAP[country][request].length, `${country} ${request}`).toBeGreaterThan(0);
        const r = rateForProduct(country, request, D);
        expect(Number.isSafeInteger(r.rateBp)).toBe(true);
      }
    }
  });

  it('a reduced product never takes a rate above the standard rate, and super-reduced never above reduced', () => {
    for (const country of EU_COUNTRIES) {
      const std = rateForProduct(country, 'standard', D).rateBp;
      const red = rateForProduct(country, 'reduced', D).rateBp;
      const sup = rateForProduct(country, 'super_reduced', D).rateBp;
      expect(red).toBeLessThanOrEqual(std);
      expect(sup).toBeLessThanOrEqual(red);
    }
  });

  it('rejects unknown input with typed errors', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isVatError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => rateForProduct('US', 'standard', D))).toBe('UNKNOWN_COUNTRY');
    expect(code(() => rateForProduct('LU', 'parking' as ProductRateRequest, D))).toBe('INVALID_INPUT');
    expect(code(() => rateForProduct('LU', 'standard', '2026-13-01'))).toBe('INVALID_DATE');
  });
});
