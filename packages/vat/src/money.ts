import { VatError } from './errors.js';

/**
 * Integer money maths for VAT, in cents and basis points, with no floating point.
 *
 * Rounding: half away from zero ("half-up" on magnitudes). For positive amounts that is the usual
 * commercial half-up; for negative amounts (credit notes) it mirrors the invoice exactly:
 * extractVat(-x, r) = -extractVat(x, r), so a full credit note cancels its invoice to the cent.
 */

export interface NetAndVat {
  readonly netCents: number;
  readonly vatCents: number;
}

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new VatError('INVALID_AMOUNT', `${what} must be a safe integer number of cents, got ${value}`, { value });
  }
}

function assertRateBp(rateBp: number): void {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > 100_000) {
    throw new VatError('INVALID_RATE', `rateBp must be an integer number of basis points >= 0, got ${rateBp}`, {
      rateBp,
    });
  }
}

/** n / d rounded half away from zero; d > 0. */
function divRoundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d; // same sign as n
  const twiceAbsR = (r < 0n ? -r : r) * 2n;
  if (twiceAbsR >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/**
 * Splits a VAT-inclusive amount: vat = round(gross × rateBp / (10000 + rateBp)), net = gross − vat.
 * (The same as round(gross × r / (100 + r)) with r in percent.)
 */
export function extractVat(grossCents: number, rateBp: number): NetAndVat {
  assertCents(grossCents, 'grossCents');
  assertRateBp(rateBp);
  const vat = Number(divRoundHalfAwayFromZero(BigInt(grossCents) * BigInt(rateBp), 10_000n + BigInt(rateBp)));
  const net = grossCents - vat;
  return { netCents: net === 0 ? 0 : net, vatCents: vat }; // never -0
}

/** VAT on a net amount: round(net × rateBp / 10000). */
export function vatOnNet(netCents: number, rateBp: number): number {
  assertCents(netCents, 'netCents');
  assertRateBp(rateBp);
  return Number(divRoundHalfAwayFromZero(BigInt(netCents) * BigInt(rateBp), 10_000n));
}
