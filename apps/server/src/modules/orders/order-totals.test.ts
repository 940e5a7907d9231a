import { describe, expect, it } from 'vitest';
import { allocate, computeOrderTotals, vatIncluded } from './order-totals.js';

describe('vatIncluded', () => {
  it.each([
    [117, 1700, 17],
    [100, 1700, 15], // 14.53 → 15
    [297, 1700, 43], // 3 × 0.99: 43.15 → 43
    [1, 1700, 0],
    [1055, 550, 55],
    [12550, 2550, 2550],
    [0, 1700, 0],
    [-117, 1700, -17],
  ])('%i cents at %i bp contain %i cents VAT', (gross, rate, vat) => {
    expect(vatIncluded(gross, rate)).toBe(vat);
  });
});

describe('allocate', () => {
  it('splits exactly, largest remainder first', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(499, [1000, 500])).toEqual([333, 166]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
  });
});

describe('computeOrderTotals', () => {
  it('keeps the total equal to goods + shipping − discount, with VAT per rate group', () => {
    const t = computeOrderTotals(
      [
        { unitPriceCents: 2340, quantity: 2, rateBp: 1700 },
        { unitPriceCents: 1299, quantity: 1, rateBp: 300 },
      ],
      590,
      500,
    );
    expect(t.subtotalCents).toBe(5979);
    expect(t.totalCents).toBe(5979 + 590 - 500);
    expect(t.groups.reduce((s, g) => s + g.grossCents, 0)).toBe(t.totalCents);
    expect(t.groups.map((g) => g.rateBp)).toEqual([1700, 300]);
    // Shipping follows the goods: 4680/5979 of it at 17 %.
    expect(t.groups[0]!.shippingCents).toBe(462);
    expect(t.groups[1]!.shippingCents).toBe(128);
    expect(t.taxCents).toBe(t.groups.reduce((s, g) => s + vatIncluded(g.grossCents, g.rateBp), 0));
  });

  it('handles 100 one-cent lines', () => {
    const t = computeOrderTotals(
      Array.from({ length: 100 }, () => ({ unitPriceCents: 1, quantity: 1, rateBp: 1700 })),
      0,
      0,
    );
    expect(t.totalCents).toBe(100);
    expect(t.taxCents).toBe(15);
  });
});
