import { extractVat } from '@orion/vat';
import { DomainError } from '../../core/errors.js';
import { formatEuros } from '../common/money.js';
import { MAX_ORDER_TOTAL_CENTS } from '../common/ranges.js';

/**
 * Order money, computed by the server from VAT-inclusive prices (integer cents).
 *
 * Shipping and discount follow the goods: they are split over the order's VAT-rate groups in
 * proportion to each group's gross amount (largest-remainder rounding, so the parts add up to the
 * cent), then VAT is extracted once per group: vat = round(gross × r / (1 + r)), half up.
 * The same rule makes the invoice total equal the order total to the cent.
 */
export interface PricedLine {
  unitPriceCents: number;
  quantity: number;
  rateBp: number;
}

export interface RateGroup {
  rateBp: number;
  goodsCents: number;
  shippingCents: number;
  discountCents: number;
  grossCents: number;
  vatCents: number;
  netCents: number;
}

export interface OrderTotals {
  subtotalCents: number;
  shippingCents: number;
  discountCents: number;
  totalCents: number;
  taxCents: number;
  groups: RateGroup[];
}

/** Half-up VAT contained in a VAT-inclusive amount (integer arithmetic, packages/vat). */
export const vatIncluded = (grossCents: number, rateBp: number): number => extractVat(grossCents, rateBp).vatCents;

/** Splits `amount` over `weights` proportionally; the parts add up to `amount` exactly. */
export function allocate(amount: number, weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (amount === 0 || total === 0) return weights.map((_, i) => (i === 0 ? amount : 0));
  const exact = weights.map((w) => (amount * w) / total);
  const parts = exact.map(Math.floor);
  let rest = amount - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    parts[i]! += 1;
    rest -= 1;
  }
  return parts;
}

export function computeOrderTotals(lines: PricedLine[], shippingCents: number, discountCents: number): OrderTotals {
  const byRate = new Map<number, number>();
  for (const l of lines) byRate.set(l.rateBp, (byRate.get(l.rateBp) ?? 0) + l.unitPriceCents * l.quantity);
  const rates = [...byRate.keys()].sort((a, b) => b - a);
  const goods = rates.map((r) => byRate.get(r)!);
  const subtotalCents = goods.reduce((s, g) => s + g, 0);
  if (subtotalCents + shippingCents > MAX_ORDER_TOTAL_CENTS) {
    const max = `€${formatEuros(MAX_ORDER_TOTAL_CENTS)}`;
    throw new DomainError(
      'ORDER_TOTAL_TOO_LARGE',
      `An order's goods and shipping may total at most ${max}; these come to €${formatEuros(subtotalCents + shippingCents)}.`,
      'BAD_USER_INPUT',
      { maxCents: MAX_ORDER_TOTAL_CENTS, fields: { lines: `the goods and shipping may total at most ${max}` } },
    );
  }
  const shipping = allocate(shippingCents, goods);
  const discount = allocate(discountCents, goods);
  const groups = rates.map((rateBp, i) => {
    const grossCents = goods[i]! + shipping[i]! - discount[i]!;
    const vatCents = vatIncluded(grossCents, rateBp);
    return {
      rateBp,
      goodsCents: goods[i]!,
      shippingCents: shipping[i]!,
      discountCents: discount[i]!,
      grossCents,
      vatCents,
      netCents: grossCents - vatCents,
    };
  });
  return {
    subtotalCents,
    shippingCents,
    discountCents,
    totalCents: subtotalCents + shippingCents - discountCents,
    taxCents: groups.reduce((s, g) => s + g.vatCents, 0),
    groups,
  };
}
