import { isValid } from 'gtin';

export const GTIN_LENGTHS = [8, 12, 13, 14];

/** The GS1 check digit for the digits before it (weights 3, 1, 3, … from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/**
 * Normalises a GTIN (spaces and dashes dropped) and checks its length and check digit. Returns the
 * digits, or a message for the person who typed it (with the check digit it should have).
 */
export function checkGtin(raw: string): { gtin: string } | { error: string } {
  const gtin = raw.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(gtin)) return { error: 'must contain digits only' };
  if (!GTIN_LENGTHS.includes(gtin.length))
    return { error: `must have 8, 12, 13 or 14 digits (this one has ${gtin.length})` };
  const expected = gtinCheckDigit(gtin.slice(0, -1));
  if (!isValid(gtin) || Number(gtin.at(-1)) !== expected) {
    return { error: `has a wrong check digit: the last digit should be ${expected}, not ${gtin.at(-1)}` };
  }
  return { gtin };
}
