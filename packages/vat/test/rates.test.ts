import { describe, expect, it } from 'vitest';
import {
  EU_COUNTRIES,
  findRate,
  isVatError,
  lookupRate,
  RATE_RECONCILIATION,
  ratesInForce,
  SNAPSHOT_EXCLUSIONS,
  TEDB_SNAPSHOT,
  TEDB_SNAPSHOT_DATE,
  VAT_RATE_CATEGORIES,
  VAT_RATES,
  type VatRateCategory,
} from '../src/index.js';

// Standard rates copied by hand from shared/data/eu-vat-rates-2026-08-22.json (an independent
// check of the generated TEDB_SNAPSHOT and of the table).
const STANDARD_2026_08_22: Record<string, number> = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  FR: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
};

function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isVatError(e) ? e.code : `not a VatError: ${String(e)}`;
  }
  return undefined;
}

describe('VAT_RATES table', () => {
  it('covers exactly the 27 member states', () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    expect(new Set(VAT_RATES.map((r) => r.country))).toEqual(new Set(EU_COUNTRIES));
    expect(Object.keys(STANDARD_2026_08_22).sort()).toEqual([...EU_COUNTRIES].sort());
  });

  it.each(EU_COUNTRIES)('%s: current standard rate equals the 2026-08-22 file', (country) => {
    expect(lookupRate(country, 'standard', TEDB_SNAPSHOT_DATE).rateBp).toBe(STANDARD_2026_08_22[country]);
    expect(TEDB_SNAPSHOT[country].standard).toBe(STANDARD_2026_08_22[country]);
    // and it is the open-ended row
    expect(lookupRate(country, 'standard', '2099-12-31').validTo).toBeNull();
  });

  it('every current rate agrees with the snapshot, apart from the documented exclusions', () => {
    for (const country of EU_COUNTRIES) {
      const snap = TEDB_SNAPSHOT[country];
      const excluded = (category: string, bp: number) =>
        SNAPSHOT_EXCLUSIONS.some((e) => e.country === country && e.category === category && e.rateBp === bp);
      const reduced = snap.reduced.filter((bp) => !excluded('reduced', bp)).sort((a, b) => a - b);
      const current = (category: VatRateCategory) => findRate(country, category, TEDB_SNAPSHOT_DATE)?.rateBp;
      expect(current('reduced'), `${country} reduced`).toBe(reduced[0]);
      expect(current('reduced2'), `${country} reduced2`).toBe(reduced[1]);
      const superReduced =
        snap.superReduced !== null && !excluded('super_reduced', snap.superReduced) ? snap.superReduced : undefined;
      expect(current('super_reduced'), `${country} super_reduced`).toBe(superReduced);
      expect(current('parking'), `${country} parking`).toBe(snap.parking ?? undefined);
    }
  });

  it('rows are integers in basis points with valid, non-overlapping periods', () => {
    for (const r of VAT_RATES) {
      expect(Number.isSafeInteger(r.rateBp)).toBe(true);
      expect(r.rateBp).toBeGreaterThanOrEqual(0);
      expect(r.rateBp).toBeLessThan(3000);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.validTo !== null) expect(r.validTo >= r.validFrom).toBe(true);
      expect(VAT_RATE_CATEGORIES).toContain(r.category);
    }
    for (const country of EU_COUNTRIES) {
      for (const category of VAT_RATE_CATEGORIES) {
        const rows = VAT_RATES.filter((r) => r.country === country && r.category === category);
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i - 1].validTo, `${country} ${category}`).not.toBeNull();
          expect(rows[i - 1].validTo! < rows[i].validFrom, `${country} ${category} overlap`).toBe(true);
        }
      }
    }
  });

  it('every member state has a standard rate on every date', () => {
    for (const country of EU_COUNTRIES) {
      for (const d of ['2000-01-01', '2020-12-31', '2021-07-01', '2023-06-30', '2025-12-31', '2030-01-01']) {
        expect(findRate(country, 'standard', d), `${country} ${d}`).toBeDefined();
      }
    }
  });

  it('documents every reconciliation with a date and a basis', () => {
    expect(RATE_RECONCILIATION.length).toBeGreaterThan(0);
    for (const r of RATE_RECONCILIATION) {
      expect(r.basis.length).toBeGreaterThan(10);
      expect(r.validFrom > '2025-08-12').toBe(true);
    }
  });
});

describe('known rate changes', () => {
  it.each([
    ['LU', 'standard', '2022-12-31', 1700],
    ['LU', 'standard', '2023-01-01', 1600],
    ['LU', 'standard', '2023-12-31', 1600],
    ['LU', 'standard', '2024-01-01', 1700],
    ['LU', 'reduced2', '2023-06-15', 1300],
    ['LU', 'reduced2', '2024-06-15', 1400],
    ['LU', 'parking', '2020-06-15', 1400],
    ['LU', 'reduced', '2023-06-15', 700],
    ['LU', 'reduced', '2026-08-22', 800],
    ['LU', 'super_reduced', '2023-06-15', 300],
    ['LU', 'super_reduced', '2026-08-22', 300],
    ['LU', 'standard', '2014-12-31', 1500],
    ['LU', 'standard', '2015-01-01', 1700],
    ['FI', 'standard', '2024-08-31', 2400],
    ['FI', 'standard', '2024-09-01', 2550],
    ['FI', 'reduced2', '2025-12-31', 1400],
    ['FI', 'reduced2', '2026-01-01', 1350],
    ['SK', 'standard', '2024-12-31', 2000],
    ['SK', 'standard', '2025-01-01', 2300],
    ['EE', 'standard', '2025-06-30', 2200],
    ['EE', 'standard', '2025-07-01', 2400],
    ['RO', 'standard', '2025-07-31', 1900],
    ['RO', 'standard', '2025-08-01', 2100],
    ['RO', 'reduced', '2025-08-01', 1100],
    ['DE', 'standard', '2020-07-01', 1600],
    ['DE', 'standard', '2021-01-01', 1900],
    ['IE', 'standard', '2021-02-28', 2100],
    ['IE', 'standard', '2021-03-01', 2300],
    ['LT', 'reduced2', '2026-01-01', 1200],
    ['CZ', 'reduced', '2024-01-01', 1200],
    ['FR', 'reduced', '2026-08-22', 550],
    ['GR', 'standard', '2026-08-22', 2400],
  ] as const)('%s %s on %s = %i bp', (country, category, date, bp) => {
    expect(lookupRate(country, category, date).rateBp).toBe(bp);
  });

  it('the RO second reduced rate ends on 2025-07-31', () => {
    expect(lookupRate('RO', 'reduced2', '2025-07-31').rateBp).toBe(900);
    expect(findRate('RO', 'reduced2', '2025-08-01')).toBeUndefined();
  });
});

describe('lookupRate', () => {
  it('accepts EL and lower case for Greece', () => {
    expect(lookupRate('EL', 'standard', '2026-01-01').country).toBe('GR');
    expect(lookupRate('gr', 'standard', '2026-01-01').rateBp).toBe(2400);
  });

  it('returns the whole row', () => {
    expect(lookupRate('LU', 'standard', '2023-05-05')).toEqual({
      country: 'LU',
      category: 'standard',
      rateBp: 1600,
      validFrom: '2023-01-01',
      validTo: '2023-12-31',
      source: 'law',
    });
  });

  it('throws typed errors', () => {
    expect(thrownCode(() => lookupRate('DK', 'reduced', '2026-01-01'))).toBe('RATE_NOT_FOUND');
    expect(thrownCode(() => lookupRate('DE', 'super_reduced', '2026-01-01'))).toBe('RATE_NOT_FOUND');
    expect(thrownCode(() => lookupRate('CH', 'standard', '2026-01-01'))).toBe('UNKNOWN_COUNTRY');
    expect(thrownCode(() => lookupRate('LU', 'standard', '2023-02-29'))).toBe('INVALID_DATE');
    expect(thrownCode(() => lookupRate('LU', 'standard', '01/01/2024'))).toBe('INVALID_DATE');
    expect(thrownCode(() => lookupRate('LU', 'bogus' as VatRateCategory, '2024-01-01'))).toBe('INVALID_INPUT');
  });

  it('ratesInForce lists the LU rates of 2023', () => {
    expect(ratesInForce('LU', '2023-07-01').map((r) => [r.category, r.rateBp])).toEqual([
      ['standard', 1600],
      ['reduced', 700],
      ['reduced2', 1300],
      ['super_reduced', 300],
      ['parking', 1300],
    ]);
  });
});
