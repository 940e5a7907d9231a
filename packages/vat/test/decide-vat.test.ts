import { describe, expect, it } from 'vitest';
import {
  type DecideVatInput,
  decideVat,
  excludedVatTerritory,
  isVatError,
  type LineGoods,
  lineCategoryCode,
  lineVat,
  type ProductRateRequest,
  VAT_MENTIONS,
  type VatCategoryCode,
  type VatDecision,
  VatError,
  type VatNumberStatus,
  type VatRegime,
} from '../src/index.js';

const D = '2026-09-15';

interface Opts {
  country: string;
  business?: boolean;
  status?: VatNumberStatus;
  oss?: boolean;
  cur?: number;
  prev?: number;
  sale?: number;
  date?: string;
  services?: boolean;
  seller?: string;
  postalCode?: string;
}

function input(o: Opts): DecideVatInput {
  return {
    seller: { country: o.seller ?? 'LU', ossRegistered: o.oss ?? false },
    buyer: {
      country: o.country,
      isBusiness: o.business ?? false,
      vatNumberStatus: o.status ?? 'none',
      ...(o.postalCode !== undefined ? { postalCode: o.postalCode } : {}),
    },
    supplyDate: o.date ?? D,
    crossBorderB2cSalesCents: { currentYear: o.cur ?? 0, previousYear: o.prev ?? 0 },
    saleNetCents: o.sale ?? 5_000,
    ...(o.services ? { supplyType: 'services' as const } : {}),
  };
}

interface Scenario {
  name: string;
  in: Opts;
  regime: VatRegime;
  rateCountry: string;
  code: VatCategoryCode;
  crossed?: boolean;
  mention?: keyof typeof VAT_MENTIONS | null;
  /** optional line check: product category → rate in bp and line code */
  line?: [ProductRateRequest | LineGoods, number, VatCategoryCode];
}

const SCENARIOS: Scenario[] = [
  // --- domestic
  {
    name: 'LU consumer',
    in: { country: 'LU' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
    mention: null,
    line: ['standard', 1700, 'S'],
  },
  {
    name: 'LU business with a valid LU VAT number is domestic, not reverse-charged',
    in: { country: 'LU', business: true, status: 'valid' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
    mention: null,
    line: ['standard', 1700, 'S'],
  },
  {
    name: 'LU business, VIES unknown: still domestic (no check needed)',
    in: { country: 'LU', business: true, status: 'unknown' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
  },
  {
    name: 'LU consumer, supply in 2023: 16 %',
    in: { country: 'LU', date: '2023-06-15' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
    line: ['standard', 1600, 'S'],
  },
  {
    name: 'LU consumer, 2023 reduced: 7 %',
    in: { country: 'LU', date: '2023-12-31' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
    line: ['reduced', 700, 'S'],
  },
  {
    name: 'LU consumer, 2024-01-01: back to 17 %',
    in: { country: 'LU', date: '2024-01-01' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
    line: ['standard', 1700, 'S'],
  },
  {
    name: 'LU consumer, super-reduced 3 %',
    in: { country: 'LU' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
    line: ['super_reduced', 300, 'S'],
  },
  {
    name: 'lower-case country codes',
    in: { country: 'lu', seller: 'lu' },
    regime: 'domestic',
    rateCountry: 'LU',
    code: 'S',
  },
  // --- EU consumers: origin / OSS
  {
    name: 'DE consumer under the threshold: origin (LU VAT)',
    in: { country: 'DE', cur: 200_000, prev: 300_000 },
    regime: 'origin',
    rateCountry: 'LU',
    code: 'S',
    crossed: false,
    mention: null,
    line: ['standard', 1700, 'S'],
  },
  {
    name: 'DE consumer, current year already over €10,000: OSS',
    in: { country: 'DE', cur: 1_200_000 },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
    crossed: false,
    mention: 'oss',
    line: ['standard', 1900, 'S'],
  },
  {
    name: 'DE consumer, this sale crosses the threshold: OSS from this sale',
    in: { country: 'DE', cur: 995_000, sale: 10_000 },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
    crossed: true,
    line: ['standard', 1900, 'S'],
  },
  {
    name: 'DE consumer, sale lands exactly on €10,000: not above, origin',
    in: { country: 'DE', cur: 990_000, sale: 10_000 },
    regime: 'origin',
    rateCountry: 'LU',
    code: 'S',
    crossed: false,
  },
  {
    name: 'DE consumer, one cent above €10,000: OSS, crossed',
    in: { country: 'DE', cur: 990_000, sale: 10_001 },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
    crossed: true,
  },
  {
    name: 'DE consumer, previous year over: OSS from the first sale',
    in: { country: 'DE', prev: 1_000_001, cur: 0 },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
    crossed: false,
  },
  {
    name: 'DE consumer, previous year exactly €10,000: origin',
    in: { country: 'DE', prev: 1_000_000, cur: 0 },
    regime: 'origin',
    rateCountry: 'LU',
    code: 'S',
  },
  {
    name: 'OSS-registered seller, tiny sales: destination VAT',
    in: { country: 'DE', oss: true },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
    crossed: false,
    line: [{ vatCategory: 'super_reduced', goodsKind: 'foodstuffs' }, 700, 'S'],
  },
  {
    name: 'OSS-registered seller, sale crossing: still flagged',
    in: { country: 'DE', oss: true, cur: 999_999, sale: 2 },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
    crossed: true,
  },
  {
    name: 'FR consumer, OSS: foodstuffs 5.5 %',
    in: { country: 'FR', oss: true },
    regime: 'oss',
    rateCountry: 'FR',
    code: 'S',
    line: [{ vatCategory: 'super_reduced', goodsKind: 'foodstuffs' }, 550, 'S'],
  },
  {
    name: 'HU consumer, OSS: books, no reduced rate known in the table → standard 27 %',
    in: { country: 'HU', oss: true },
    regime: 'oss',
    rateCountry: 'HU',
    code: 'S',
    line: [{ vatCategory: 'super_reduced', goodsKind: 'printed_books' }, 2700, 'S'],
  },
  {
    name: 'HU consumer, OSS: a rate level alone (no kind of goods) is the standard rate, 27 %',
    in: { country: 'HU', oss: true },
    regime: 'oss',
    rateCountry: 'HU',
    code: 'S',
    line: ['reduced2', 2700, 'S'],
  },
  {
    name: 'NL consumer, OSS: foodstuffs 9 %',
    in: { country: 'NL', oss: true },
    regime: 'oss',
    rateCountry: 'NL',
    code: 'S',
    line: [{ vatCategory: 'super_reduced', goodsKind: 'foodstuffs' }, 900, 'S'],
  },
  {
    name: 'DK consumer, OSS: foodstuffs, DK has no reduced rate → 25 %',
    in: { country: 'DK', oss: true },
    regime: 'oss',
    rateCountry: 'DK',
    code: 'S',
    line: [{ vatCategory: 'super_reduced', goodsKind: 'foodstuffs' }, 2500, 'S'],
  },
  {
    name: 'IE consumer, OSS: printed books zero-rated → Z',
    in: { country: 'IE', oss: true },
    regime: 'oss',
    rateCountry: 'IE',
    code: 'S',
    line: [{ vatCategory: 'super_reduced', goodsKind: 'printed_books' }, 0, 'Z'],
  },
  {
    name: 'FI consumer 2024-08-31: 24 %',
    in: { country: 'FI', oss: true, date: '2024-08-31' },
    regime: 'oss',
    rateCountry: 'FI',
    code: 'S',
    line: ['standard', 2400, 'S'],
  },
  {
    name: 'FI consumer 2024-09-01: 25.5 %',
    in: { country: 'FI', oss: true, date: '2024-09-01' },
    regime: 'oss',
    rateCountry: 'FI',
    code: 'S',
    line: ['standard', 2550, 'S'],
  },
  {
    name: 'SK consumer 2024-12-31: 20 %',
    in: { country: 'SK', oss: true, date: '2024-12-31' },
    regime: 'oss',
    rateCountry: 'SK',
    code: 'S',
    line: ['standard', 2000, 'S'],
  },
  {
    name: 'SK consumer 2025-01-01: 23 %',
    in: { country: 'SK', oss: true, date: '2025-01-01' },
    regime: 'oss',
    rateCountry: 'SK',
    code: 'S',
    line: ['standard', 2300, 'S'],
  },
  {
    name: 'EE consumer 2025-06-30: 22 %',
    in: { country: 'EE', oss: true, date: '2025-06-30' },
    regime: 'oss',
    rateCountry: 'EE',
    code: 'S',
    line: ['standard', 2200, 'S'],
  },
  {
    name: 'EE consumer 2025-07-01: 24 %',
    in: { country: 'EE', oss: true, date: '2025-07-01' },
    regime: 'oss',
    rateCountry: 'EE',
    code: 'S',
    line: ['standard', 2400, 'S'],
  },
  {
    name: 'RO consumer 2025-07-31: 19 %',
    in: { country: 'RO', oss: true, date: '2025-07-31' },
    regime: 'oss',
    rateCountry: 'RO',
    code: 'S',
    line: ['standard', 1900, 'S'],
  },
  {
    name: 'RO consumer 2025-08-01: 21 %',
    in: { country: 'RO', oss: true, date: '2025-08-01' },
    regime: 'oss',
    rateCountry: 'RO',
    code: 'S',
    line: ['standard', 2100, 'S'],
  },
  {
    name: 'Greek consumer given as EL, OSS: GR rates',
    in: { country: 'EL', oss: true },
    regime: 'oss',
    rateCountry: 'GR',
    code: 'S',
    line: ['standard', 2400, 'S'],
  },
  {
    name: 'Monaco consumer is in the French VAT territory',
    in: { country: 'MC', oss: true },
    regime: 'oss',
    rateCountry: 'FR',
    code: 'S',
    line: ['standard', 2000, 'S'],
  },
  {
    name: 'origin sale of a reduced product: LU 8 %',
    in: { country: 'BE' },
    regime: 'origin',
    rateCountry: 'LU',
    code: 'S',
    line: ['reduced', 800, 'S'],
  },
  // --- EU businesses
  {
    name: 'FR business with a valid VAT number: intra-Community supply, K',
    in: { country: 'FR', business: true, status: 'valid' },
    regime: 'reverse_charge',
    rateCountry: 'LU',
    code: 'K',
    mention: 'intraCommunitySupplyGoods',
    line: ['standard', 0, 'K'],
  },
  {
    name: 'GR business with a valid VAT number: K',
    in: { country: 'GR', business: true, status: 'valid', cur: 5_000_000 },
    regime: 'reverse_charge',
    rateCountry: 'LU',
    code: 'K',
    mention: 'intraCommunitySupplyGoods',
  },
  {
    name: 'FR business with an invalid number: consumer path (origin)',
    in: { country: 'FR', business: true, status: 'invalid' },
    regime: 'origin',
    rateCountry: 'LU',
    code: 'S',
    mention: null,
  },
  {
    name: 'FR business with an invalid number, seller over threshold: OSS FR',
    in: { country: 'FR', business: true, status: 'invalid', prev: 2_000_000 },
    regime: 'oss',
    rateCountry: 'FR',
    code: 'S',
  },
  {
    name: 'FR business without a VAT number: consumer path',
    in: { country: 'FR', business: true, status: 'none', oss: true },
    regime: 'oss',
    rateCountry: 'FR',
    code: 'S',
  },
  {
    name: 'consumer flagged with a valid number but not a business: consumer path',
    in: { country: 'FR', business: false, status: 'valid' },
    regime: 'origin',
    rateCountry: 'LU',
    code: 'S',
  },
  {
    name: 'BE business, valid, services: reverse charge AE',
    in: { country: 'BE', business: true, status: 'valid', services: true },
    regime: 'reverse_charge',
    rateCountry: 'BE',
    code: 'AE',
    mention: 'reverseChargeServices',
    line: ['standard', 0, 'AE'],
  },
  {
    name: 'DE consumer, e-services, over threshold: OSS',
    in: { country: 'DE', services: true, cur: 2_000_000 },
    regime: 'oss',
    rateCountry: 'DE',
    code: 'S',
  },
  // --- outside the EU
  {
    name: 'Swiss buyer: export, G',
    in: { country: 'CH' },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
    mention: 'exportGoods',
    line: ['standard', 0, 'G'],
  },
  {
    name: 'Norwegian buyer: export, G',
    in: { country: 'NO' },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
    mention: 'exportGoods',
  },
  {
    name: 'US business buyer with a VAT number: export, G',
    in: { country: 'US', business: true, status: 'valid' },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
    mention: 'exportGoods',
  },
  {
    name: 'UK consumer (post-Brexit): export, G',
    in: { country: 'GB', oss: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  {
    name: 'Åland (outside the EU VAT territory): export',
    in: { country: 'AX' },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  // --- parts of member states outside the EU VAT territory, recognised by postal code
  {
    name: 'Canary Islands (ES 38001, Tenerife), OSS registered: export, not Spanish VAT',
    in: { country: 'ES', postalCode: '38001', oss: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
    mention: 'exportGoods',
    line: ['standard', 0, 'G'],
  },
  {
    name: 'Canary Islands business with a valid ES number: export, not an intra-Community supply',
    in: { country: 'ES', postalCode: 'E-35001', business: true, status: 'valid' },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  {
    name: 'Madrid (ES 28001), OSS registered: Spanish VAT',
    in: { country: 'ES', postalCode: '28001', oss: true },
    regime: 'oss',
    rateCountry: 'ES',
    code: 'S',
    line: ['standard', 2100, 'S'],
  },
  {
    name: 'Heligoland (DE 27498): export',
    in: { country: 'DE', postalCode: '27498', oss: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  {
    name: 'Réunion written as FR 97400: export',
    in: { country: 'FR', postalCode: '97400', oss: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  {
    name: 'Monaco written as FR 98000: French VAT',
    in: { country: 'FR', postalCode: '98000', oss: true },
    regime: 'oss',
    rateCountry: 'FR',
    code: 'S',
  },
  {
    name: 'Mount Athos (GR 630 86): export',
    in: { country: 'GR', postalCode: '630 86', oss: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  {
    name: "Campione d'Italia (IT 22061), e-services: outside the EU VAT area, E",
    in: { country: 'IT', postalCode: '22061', oss: true, services: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'E',
  },
  {
    name: 'Swiss business with VIES unknown: export, no VIES question',
    in: { country: 'CH', business: true, status: 'unknown' },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'G',
  },
  {
    name: 'US consumer, e-services: outside EU scope, E',
    in: { country: 'US', services: true },
    regime: 'exempt',
    rateCountry: 'LU',
    code: 'E',
    mention: 'servicesOutsideEu',
    line: ['standard', 0, 'E'],
  },
];

describe('decideVat scenarios', () => {
  it('has at least 30 scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const d = decideVat(input(s.in));
    expect(d.regime).toBe(s.regime);
    expect(d.rateCountry).toBe(s.rateCountry);
    expect(d.categoryCode).toBe(s.code);
    expect(d.reason.length).toBeGreaterThan(10);
    if (s.crossed !== undefined) expect(d.thresholdCrossedBySale).toBe(s.crossed);
    if (s.mention !== undefined) expect(d.mention).toEqual(s.mention === null ? null : VAT_MENTIONS[s.mention]);
    if (s.line) {
      const [product, bp, code] = s.line;
      const l = lineVat(d, product, s.in.date ?? D);
      expect(l.rateBp).toBe(bp);
      expect(l.categoryCode).toBe(code);
      expect(lineCategoryCode(d, l.rateBp)).toBe(code);
    }
  });
});

describe('decideVat details', () => {
  it('BE business with VIES unknown is not 0 %: VAT_NUMBER_UNVERIFIED with the consumer alternative', () => {
    let err: unknown;
    try {
      decideVat(input({ country: 'BE', business: true, status: 'unknown' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VatError);
    expect(isVatError(err, 'VAT_NUMBER_UNVERIFIED')).toBe(true);
    const alt = (err as VatError).details?.ifChargedAsConsumer as VatDecision;
    expect(alt.regime).toBe('origin');
    expect(alt.categoryCode).toBe('S');
  });

  it('reverse-charge goods carry the Art. 138 mention in en/fr/de and the VATEX code', () => {
    const d = decideVat(input({ country: 'FR', business: true, status: 'valid' }));
    expect(d.mention?.en).toBe('Intra-Community supply — exempt (Art. 138 Directive 2006/112/EC)');
    expect(d.mention?.fr).toMatch(/art\. 138/);
    expect(d.mention?.de).toMatch(/Art\. 138/);
    expect(d.exemptionReasonCode).toBe('VATEX-EU-IC');
  });

  it('services reverse charge carries the Art. 196 mention', () => {
    const d = decideVat(input({ country: 'DE', business: true, status: 'valid', services: true }));
    expect(d.mention?.en).toBe('Reverse charge (Art. 196 Directive 2006/112/EC)');
    expect(d.mention?.fr).toMatch(/^Autoliquidation/);
    expect(d.mention?.de).toMatch(/^Steuerschuldnerschaft des Leistungsempfängers/);
    expect(d.exemptionReasonCode).toBe('VATEX-EU-AE');
  });

  it('export carries the Art. 146 mention', () => {
    const d = decideVat(input({ country: 'CH' }));
    expect(d.mention?.en).toMatch(/Art\. 146/);
    expect(d.mention?.fr).toMatch(/art\. 146/);
    expect(d.mention?.de).toMatch(/Art\. 146/);
    expect(d.exemptionReasonCode).toBe('VATEX-EU-G');
  });

  it('the crossing reason names the threshold', () => {
    const d = decideVat(input({ country: 'DE', cur: 995_000, sale: 10_000 }));
    expect(d.reason).toMatch(/€10,050\.00/);
    expect(d.reason).toMatch(/€10,000\.00/);
  });

  it.each([
    ['XI (Northern Ireland)', { country: 'XI' }, 'UNSUPPORTED_COUNTRY'],
    ['supply before 2021-07-01', { country: 'DE', date: '2021-06-30' }, 'UNSUPPORTED_SUPPLY_DATE'],
    ['impossible date', { country: 'DE', date: '2023-02-29' }, 'INVALID_DATE'],
    ['negative sale', { country: 'DE', sale: -1 }, 'INVALID_AMOUNT'],
    ['fractional cents', { country: 'DE', cur: 10.5 }, 'INVALID_AMOUNT'],
    ['non-EU seller', { country: 'DE', seller: 'CH' }, 'UNKNOWN_COUNTRY'],
    ['malformed buyer country', { country: 'Germany' }, 'UNKNOWN_COUNTRY'],
  ] as const)('rejects %s', (_n, o, code) => {
    let err: unknown;
    try {
      decideVat(input(o));
    } catch (e) {
      err = e;
    }
    expect(isVatError(err, code)).toBe(true);
  });

  it('rejects a bad vatNumberStatus', () => {
    expect(() =>
      decideVat({
        ...input({ country: 'DE' }),
        buyer: { country: 'DE', isBusiness: true, vatNumberStatus: 'maybe' as VatNumberStatus },
      }),
    ).toThrow(VatError);
  });
});

describe('lineCategoryCode', () => {
  const domestic = decideVat(input({ country: 'LU' }));
  const rc = decideVat(input({ country: 'FR', business: true, status: 'valid' }));
  const exp = decideVat(input({ country: 'CH' }));
  it('S / Z for taxed regimes', () => {
    expect(lineCategoryCode(domestic, 1700)).toBe('S');
    expect(lineCategoryCode(domestic, 0)).toBe('Z');
    expect(lineCategoryCode(decideVat(input({ country: 'IE', oss: true })), 0)).toBe('Z');
  });
  it('K / G for 0 % regimes and refuses a non-zero rate there', () => {
    expect(lineCategoryCode(rc, 0)).toBe('K');
    expect(lineCategoryCode(exp, 0)).toBe('G');
    expect(() => lineCategoryCode(rc, 1700)).toThrow(VatError);
    expect(() => lineCategoryCode(domestic, -5)).toThrow(VatError);
  });
});

describe('excludedVatTerritory', () => {
  it.each([
    ['ES', '35001', 'the Canary Islands'],
    ['ES', 'E-38 001', 'the Canary Islands'],
    ['ES', '51001', 'Ceuta'],
    ['ES', '52001', 'Melilla'],
    ['DE', 'D-78266', 'Büsingen am Hochrhein'],
    ['IT', '23041', 'Livigno'],
    ['FI', 'AX-22100', 'the Åland Islands'],
    ['FR', '97150', 'a French overseas territory'],
    ['FR', '98800', 'a French overseas territory'],
  ])('%s %s lies in %s', (country, postalCode, name) => {
    expect(excludedVatTerritory(country, postalCode)).toBe(name);
  });

  it.each([
    ['ES', '28001'],
    ['DE', '10115'],
    ['DE', '78267'],
    ['FR', '75001'],
    ['FR', '98000'],
    ['IT', '23030'],
    ['LU', '2340'],
    ['ES', ''],
  ])('%s %s is in the VAT territory', (country, postalCode) => {
    expect(excludedVatTerritory(country, postalCode)).toBeNull();
  });

  it("recognises Livigno by its town under the Valtellina's shared code 23030, not its neighbours", () => {
    expect(excludedVatTerritory('IT', '23030', 'Livigno (SO)')).toBe('Livigno');
    expect(excludedVatTerritory('IT', '23030', 'Trepalle')).toBe('Livigno');
    expect(excludedVatTerritory('IT', '23030', 'Valdisotto')).toBeNull();
    expect(excludedVatTerritory('IT', '23030')).toBeNull();
  });

  it('names the territory in the decision', () => {
    const d = decideVat(input({ country: 'ES', postalCode: '38001' }));
    expect(d.reason).toMatch(/the Canary Islands \(ES, outside the EU VAT area\): export of goods/);
  });
});
