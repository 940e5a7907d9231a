import { describe, expect, it } from 'vitest';
import { computeInvoiceAmounts, type InvoiceItem } from './invoice-lines.js';

const labels = { shipping: 'Shipping', discount: 'Discount' };
const item = (unitGrossCents: number, quantity: number, rateBp: number): InvoiceItem => ({
  description: 'x',
  sku: 's',
  quantity,
  unitGrossCents,
  rateBp,
});

describe('computeInvoiceAmounts', () => {
  it.each([
    ['3 × €0.99 at 17 %', [item(99, 3, 1700)], 0, 0],
    ['€0.01 lines', [item(1, 1, 1700), item(1, 1, 300), item(1, 7, 800)], 0, 0],
    [
      '100 lines',
      Array.from({ length: 100 }, (_, i) => item(101 + i * 7, 1 + (i % 3), [1700, 800, 300, 1400][i % 4]!)),
      590,
      1250,
    ],
    ['mixed rates with shipping and discount', [item(2340, 2, 1700), item(1299, 1, 300)], 590, 500],
    ['zero-rated', [item(5000, 1, 0), item(1490, 2, 1700)], 0, 0],
  ])('%s: lines add up to the breakdown and the total to the order', (_n, items, shipping, discount) => {
    const a = computeInvoiceAmounts(items, shipping, discount, labels);
    const orderTotal = items.reduce((s, i) => s + i.unitGrossCents * i.quantity, 0) + shipping - discount;
    expect(a.grossCents).toBe(orderTotal);
    expect(a.netCents + a.vatCents).toBe(a.grossCents);
    expect(a.lines.reduce((s, l) => s + l.grossCents, 0)).toBe(a.grossCents);
    expect(a.lines.reduce((s, l) => s + l.netCents, 0)).toBe(a.netCents);
    for (const row of a.vatBreakdown) {
      const inGroup = a.lines.filter((l) => l.vatRateBp === row.rateBp);
      expect(inGroup.reduce((s, l) => s + l.netCents, 0)).toBe(row.taxableCents);
      expect(inGroup.reduce((s, l) => s + l.vatCents, 0)).toBe(row.vatCents);
    }
  });

  it('3 × €0.99 at 17 %: VAT 0.43 on 2.97', () => {
    const a = computeInvoiceAmounts([item(99, 3, 1700)], 0, 0, labels);
    expect(a.vatBreakdown).toEqual([{ categoryCode: 'S', rateBp: 1700, taxableCents: 254, vatCents: 43 }]);
  });
});
