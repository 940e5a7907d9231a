import { describe, expect, it } from 'vitest';
import { formatCountry, formatDate, formatMoney, formatQuantity, formatRate } from '../src/format.js';
import { LABELS, t, VAT_CATEGORY_LABELS } from '../src/labels.js';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('formats integer cents per language, exactly', () => {
    expect(formatMoney(123456, 'en')).toBe('€1,234.56');
    expect(formatMoney(123456, 'fr')).toBe(`1${NBSP}234,56${NBSP}€`);
    expect(formatMoney(123456, 'de')).toBe(`1.234,56${NBSP}€`);
    expect(formatMoney(0, 'en')).toBe('€0.00');
    expect(formatMoney(5, 'de')).toBe(`0,05${NBSP}€`);
    expect(formatMoney(-1999, 'en')).toBe('-€19.99');
    expect(formatMoney(-1999, 'fr')).toBe(`-19,99${NBSP}€`);
    // Beyond float precision for a decimal division: still exact.
    expect(formatMoney(900719925474099, 'en')).toBe('€9,007,199,254,740.99');
  });

  it('never emits U+202F, which the embedded font lacks', () => {
    for (const l of ['en', 'fr', 'de'] as const) {
      expect(formatMoney(123456789, l)).not.toContain('\u202f');
      expect(formatRate(550, l)).not.toContain('\u202f');
    }
  });

  it('rejects non-integer cents', () => {
    expect(() => formatMoney(10.5, 'en')).toThrow(TypeError);
    expect(() => formatMoney(Number.NaN, 'en')).toThrow(TypeError);
  });
});

describe('formatRate', () => {
  it('formats basis points per language', () => {
    expect(formatRate(1700, 'en')).toBe('17%');
    expect(formatRate(550, 'en')).toBe('5.5%');
    expect(formatRate(2550, 'en')).toBe('25.5%');
    expect(formatRate(1700, 'fr')).toBe(`17${NBSP}%`);
    expect(formatRate(550, 'fr')).toBe(`5,5${NBSP}%`);
    expect(formatRate(550, 'de')).toBe(`5,5${NBSP}%`);
    expect(formatRate(0, 'de')).toBe(`0${NBSP}%`);
    expect(formatRate(1225, 'en')).toBe('12.25%');
  });
});

describe('formatDate / formatQuantity / formatCountry', () => {
  it('formats dates per language without time-zone drift', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'de')).toBe('1. März 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => formatDate('2026-02-30', 'en')).toThrow(RangeError);
    expect(() => formatDate('2026-3-1', 'en')).toThrow(RangeError);
    expect(() => formatDate('', 'en')).toThrow(RangeError);
  });

  it('groups quantities and names countries', () => {
    expect(formatQuantity(1200, 'en')).toBe('1,200');
    expect(formatQuantity(1200, 'de')).toBe('1.200');
    expect(formatCountry('LU', 'de')).toBe('Luxemburg');
    expect(formatCountry('BE', 'fr')).toBe('Belgique');
    expect(formatCountry('EL', 'en')).toBe('Greece');
  });
});

describe('labels', () => {
  it('has every label in en, fr and de with the same placeholders', () => {
    for (const [key, tr] of Object.entries(LABELS)) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
      expect(tr.en, key).not.toBe('');
      expect(tr.fr, key).not.toBe('');
      expect(tr.de, key).not.toBe('');
      expect(placeholders(tr.fr), key).toBe(placeholders(tr.en));
      expect(placeholders(tr.de), key).toBe(placeholders(tr.en));
    }
    for (const tr of Object.values(VAT_CATEGORY_LABELS)) {
      expect(tr.en && tr.fr && tr.de).toBeTruthy();
    }
  });

  it('fills placeholders', () => {
    expect(t('de', 'page', { page: 2, pages: 5 })).toBe('Seite 2 von 5');
    expect(t('fr', 'creditNoteForDated', { number: 'INV-1', date: '1 mars 2026' })).toBe(
      'Note de crédit relative à la facture INV-1 du 1 mars 2026',
    );
  });
});
