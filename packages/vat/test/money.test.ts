import { describe, expect, it } from 'vitest';
import { extractVat, formatRateBp, isVatError, vatOnNet } from '../src/index.js';

describe('extractVat', () => {
  it.each([
    // gross, rateBp, vat
    [11_700, 1700, 1_700], // 117.00 at 17 % → 17.00
    [100, 1700, 15], // 14.529… → 15
    [1, 1700, 0], // 0.145 → 0
    [10_000, 1700, 1_453], // 1452.99… → 1453
    [1_990, 2000, 332], // 331.67 → 332
    [1_055, 550, 55], // 55.0 exactly
    [12_550, 2550, 2_550], // 125.50 at 25.5 % → 25.50
    [1_000, 0, 0],
    [0, 1700, 0],
    [107, 700, 7], // 7.0 exactly
  ])('gross %i at %i bp → vat %i', (gross, rateBp, vat) => {
    const r = extractVat(gross, rateBp);
    expect(r.vatCents).toBe(vat);
    expect(r.netCents + r.vatCents).toBe(gross);
  });

  it('rounds an exact half up (away from zero)', () => {
    // at 100 % (10000 bp) vat = gross / 2, so an odd gross is an exact half
    expect(extractVat(3, 10_000)).toEqual({ netCents: 1, vatCents: 2 }); // 1.5 → 2
    expect(extractVat(-3, 10_000)).toEqual({ netCents: -1, vatCents: -2 }); // -1.5 → -2
    // at 2.5 %: 61 × 250 / 10250 = 1.4878… → 1; 62 × 250 / 10250 = 1.5121… → 2
    expect(extractVat(61, 250).vatCents).toBe(1);
    expect(extractVat(62, 250).vatCents).toBe(2);
  });

  it('credit notes (negative amounts) mirror the invoice exactly', () => {
    for (const gross of [1, 15, 100, 999, 1_990, 12_345, 987_654]) {
      for (const rate of [300, 550, 700, 800, 1400, 1700, 2000, 2100, 2550, 2700]) {
        const inv = extractVat(gross, rate);
        const cn = extractVat(-gross, rate);
        expect(cn.vatCents + inv.vatCents).toBe(0);
        expect(cn.netCents + inv.netCents).toBe(0);
        expect(Object.is(cn.vatCents, -0)).toBe(false);
        expect(Object.is(cn.netCents, -0)).toBe(false);
      }
    }
  });

  it('matches round(gross × r / (100 + r)) for many amounts (exact rational check)', () => {
    for (let gross = 0; gross <= 5_000; gross += 7) {
      for (const rate of [300, 550, 1700, 2550]) {
        const { vatCents } = extractVat(gross, rate);
        // |gross × rate − vat × (10000 + rate)| ≤ (10000 + rate) / 2
        const diff = Math.abs(gross * rate - vatCents * (10_000 + rate));
        expect(diff * 2).toBeLessThanOrEqual(10_000 + rate);
      }
    }
  });

  it('has no floating-point error on large amounts', () => {
    const big = Number.MAX_SAFE_INTEGER - 1; // even, huge
    const r = extractVat(big, 1700);
    expect(Number.isSafeInteger(r.vatCents)).toBe(true);
    expect(r.netCents + r.vatCents).toBe(big);
  });

  it('rejects floats and bad rates', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isVatError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => extractVat(10.5, 1700))).toBe('INVALID_AMOUNT');
    expect(code(() => extractVat(1000, 17.5))).toBe('INVALID_RATE');
    expect(code(() => extractVat(1000, -1))).toBe('INVALID_RATE');
    expect(code(() => vatOnNet(Number.NaN, 1700))).toBe('INVALID_AMOUNT');
  });
});

describe('vatOnNet', () => {
  it.each([
    [10_000, 1700, 1_700],
    [1, 1700, 0], // 0.17
    [3, 1700, 1], // 0.51 → 1
    [50, 1000, 5],
    [5, 1000, 1], // 0.5 → 1 (half up)
    [-5, 1000, -1], // -0.5 → -1 (half away from zero)
    [15, 2550, 4], // 3.825 → 4
    [2, 2500, 1], // 0.5 → 1
    [-2, 2500, -1],
    [0, 1700, 0],
  ])('net %i at %i bp → %i', (net, rate, vat) => {
    expect(vatOnNet(net, rate)).toBe(vat);
  });
});

describe('formatRateBp', () => {
  it.each([
    [1700, '17 %'],
    [550, '5.5 %'],
    [2550, '25.5 %'],
    [105, '1.05 %'],
    [0, '0 %'],
    [490, '4.9 %'],
  ])('%i → %s', (bp, text) => {
    expect(formatRateBp(bp)).toBe(text);
  });
});
