import { isValid } from 'gtin';

/** Normalises a GTIN (digits only) and checks its length and check digit; returns a message when wrong. */
export function checkGtin(raw: string): { gtin: string } | { error: string } {
  const gtin = raw.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(gtin)) return { error: 'must contain digits only' };
  if (![8, 12, 13, 14].includes(gtin.length)) return { error: 'must have 8, 12, 13 or 14 digits' };
  try {
    if (!isValid(gtin)) return { error: 'has a wrong check digit' };
  } catch {
    return { error: 'is not a GTIN' };
  }
  return { gtin };
}
