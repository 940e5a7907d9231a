import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { describeError } from './graphql-errors';
import { parseAmount, wholeNumberError } from './input-rules';

describe('input rules in the SPA', () => {
  const t = i18n.getFixedT('en');
  it('refuses a negative or too large amount instead of reading it as €0.00', () => {
    expect(parseAmount('-5', t, 'en')).toEqual({ cents: null, error: 'Enter an amount from €0.00 to €1,000,000.00.' });
    expect(parseAmount('99999999999', t, 'en').cents).toBeNull();
    expect(parseAmount('1000000.01', t, 'en').cents).toBeNull();
    expect(parseAmount('12,90', t, 'en')).toEqual({ cents: 1290, error: null });
    expect(parseAmount('0', t, 'en')).toEqual({ cents: 0, error: null });
  });
  it('names the range of whole numbers, in the interface language', () => {
    expect(wholeNumberError(-5, t, 0, 120)).toBe('Enter a whole number from 0 to 120.');
    expect(wholeNumberError('', t, 0, 120)).toBe('Enter a whole number from 0 to 120.');
    expect(wholeNumberError(2.5, t, 0, 120)).not.toBeNull();
    expect(wholeNumberError(30, t, 0, 120)).toBeNull();
    expect(wholeNumberError(121, i18n.getFixedT('de'), 0, 120)).toBe('Geben Sie eine ganze Zahl von 0 bis 120 ein.');
  });
  it('says the refusals of the input rules in the interface language', () => {
    const api = (reason: string, extensions: Record<string, unknown>) => ({
      message: 'server',
      reason,
      fields: {},
      extensions: { reason, ...extensions },
    });
    const fr = { t: i18n.getFixedT('fr'), exists: i18n.exists.bind(i18n), language: 'fr' } as never;
    const en = { t, exists: i18n.exists.bind(i18n), language: 'en' } as never;
    expect(describeError(api('ADJUSTMENT_DIRECTION_MISMATCH', { direction: 'decrease' }), fr)).toBe(
      'Ce motif ne fait que retirer du stock.',
    );
    expect(describeError(api('ORDER_TOTAL_TOO_LARGE', { maxCents: 1_000_000_000 }), en)).toBe(
      'An order’s goods and shipping may total at most €10,000,000.00.',
    );
  });
});
