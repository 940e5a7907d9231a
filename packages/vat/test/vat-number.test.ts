import { describe, expect, it } from 'vitest';
import { checkVatNumberFormat, EU_COUNTRIES, normalizeVatNumber, vatPrefixForCountry } from '../src/index.js';

// One valid and one invalid (bad check digit) sample per member state, from the test data of the
// stdnum package (python-stdnum's). Every valid sample was also cross-checked with an independent
// implementation (jsvat 2.5.4) when this table was written.
const SAMPLES: Record<string, { valid: string; invalid: string }> = {
  AT: { valid: 'ATU13585627', invalid: 'ATU13585626' },
  BE: { valid: 'BE0403019261', invalid: 'BE0431150351' },
  BG: { valid: 'BG175074752', invalid: 'BG175074754' },
  CY: { valid: 'CY10259033P', invalid: 'CY10259033Z' },
  CZ: { valid: 'CZ25123891', invalid: 'CZ25123890' },
  DE: { valid: 'DE136695976', invalid: 'DE136695978' },
  DK: { valid: 'DK13585628', invalid: 'DK13585627' },
  EE: { valid: 'EE100594102', invalid: 'EE100594103' },
  ES: { valid: 'ESB58378431', invalid: 'ESB64717839' },
  FI: { valid: 'FI20774740', invalid: 'FI20774741' },
  FR: { valid: 'FR40303265045', invalid: 'FR84323140391' },
  GR: { valid: 'EL094259216', invalid: 'EL123456781' },
  HR: { valid: 'HR33392005961', invalid: 'HR33392005962' },
  HU: { valid: 'HU12892312', invalid: 'HU12892313' },
  IE: { valid: 'IE6433435F', invalid: 'IE6433435E' },
  IT: { valid: 'IT00743110157', invalid: 'IT00743110158' },
  LT: { valid: 'LT119511515', invalid: 'LT100001919018' },
  LU: { valid: 'LU15027442', invalid: 'LU15027443' },
  LV: { valid: 'LV40003521600', invalid: 'LV40003521601' },
  MT: { valid: 'MT11679112', invalid: 'MT11679113' },
  NL: { valid: 'NL004495445B01', invalid: 'NL123456789B90' },
  PL: { valid: 'PL8567346215', invalid: 'PL8567346216' },
  PT: { valid: 'PT501964843', invalid: 'PT501964842' },
  RO: { valid: 'RO18547290', invalid: 'RO18547291' },
  SE: { valid: 'SE123456789701', invalid: 'SE123456789101' },
  SI: { valid: 'SI50223054', invalid: 'SI50223053' },
  SK: { valid: 'SK2022749619', invalid: 'SK2022749618' },
};

describe('checkVatNumberFormat: one valid and one invalid number per member state', () => {
  it('has samples for all 27', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EU_COUNTRIES].sort());
  });

  it.each(EU_COUNTRIES)('%s valid sample passes', (country) => {
    const r = checkVatNumberFormat(SAMPLES[country].valid);
    expect(r).toEqual({ valid: true, countryCode: vatPrefixForCountry(country), normalized: SAMPLES[country].valid });
  });

  it.each(EU_COUNTRIES)('%s invalid sample fails on its check digits', (country) => {
    const r = checkVatNumberFormat(SAMPLES[country].invalid);
    expect(r.valid).toBe(false);
    expect(r.countryCode).toBe(vatPrefixForCountry(country));
    expect(r.error).toBe('BAD_CHECK_DIGITS');
    expect(r.reason).toMatch(/check digits/);
  });
});

describe('checkVatNumberFormat: prefixes, normalisation, reasons', () => {
  it('normalises spaces, dots, dashes and case', () => {
    expect(normalizeVatNumber(' lu 150.274-42 ')).toBe('LU15027442');
    expect(checkVatNumberFormat('lu 150.274-42')).toEqual({ valid: true, countryCode: 'LU', normalized: 'LU15027442' });
    expect(checkVatNumberFormat('ATU 135 856 27').normalized).toBe('ATU13585627');
  });

  it('Greece uses EL; GR is refused with a reason', () => {
    expect(checkVatNumberFormat('EL 094 259 216').countryCode).toBe('EL');
    const gr = checkVatNumberFormat('GR094259216');
    expect(gr.valid).toBe(false);
    expect(gr.countryCode).toBeNull();
    expect(gr.error).toBe('UNKNOWN_PREFIX');
    expect(gr.reason).toMatch(/EL/);
  });

  it('unknown or missing prefix', () => {
    expect(checkVatNumberFormat('CHE123456789')).toMatchObject({
      valid: false,
      countryCode: null,
      error: 'UNKNOWN_PREFIX',
    });
    expect(checkVatNumberFormat('GB123456789')).toMatchObject({ valid: false, error: 'UNKNOWN_PREFIX' });
    expect(checkVatNumberFormat('15027442')).toMatchObject({ valid: false, error: 'UNKNOWN_PREFIX' });
    expect(checkVatNumberFormat('15027442').reason).toMatch(/Missing country prefix/);
  });

  it('wrong format', () => {
    const short = checkVatNumberFormat('LU1502744');
    expect(short).toMatchObject({ valid: false, countryCode: 'LU', error: 'WRONG_FORMAT' });
    expect(short.reason).toMatch(/LU \+ 8 digits/);
    expect(checkVatNumberFormat('LUABCDEFGH')).toMatchObject({ valid: false, error: 'WRONG_FORMAT' });
    expect(checkVatNumberFormat('ATX13585627')).toMatchObject({ valid: false, error: 'WRONG_FORMAT' });
    expect(checkVatNumberFormat('LU')).toMatchObject({ valid: false, error: 'WRONG_FORMAT' });
  });

  it('does not accept a doubled prefix', () => {
    expect(checkVatNumberFormat('LULU15027442').valid).toBe(false);
    expect(checkVatNumberFormat('DEDE136695976').valid).toBe(false);
  });

  it('canonicalises old short forms (leading zeros)', () => {
    expect(checkVatNumberFormat('BE403019261')).toEqual({ valid: true, countryCode: 'BE', normalized: 'BE0403019261' });
  });

  it('empty input', () => {
    expect(checkVatNumberFormat('  ')).toMatchObject({
      valid: false,
      countryCode: null,
      normalized: '',
      error: 'EMPTY',
    });
  });
});
