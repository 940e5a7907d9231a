import { describe, expect, it } from 'vitest';
import { planCreditNote } from './credit-note-lines.js';
import { computeInvoiceAmounts } from './invoice-lines.js';

const labels = { remaining: 'Remaining balance of invoice', credit: 'Credit note for invoice' };
const inv = {
  number: 'INV-2026-00001',
  ...computeInvoiceAmounts(
    [
      { description: 'Mug', sku: 'M', quantity: 3, unitGrossCents: 1490, rateBp: 1700 },
      { description: 'Tea', sku: 'T', quantity: 2, unitGrossCents: 890, rateBp: 300 },
    ],
    590,
    0,
    { shipping: 'Shipping', discount: 'Discount' },
  ),
};

describe('planCreditNote', () => {
  it('full, with nothing credited yet: the invoice mirrored exactly', () => {
    const p = planCreditNote(inv, [], {}, labels);
    expect(p).toMatchObject({
      grossCents: -inv.grossCents,
      netCents: -inv.netCents,
      vatCents: -inv.vatCents,
      exhausts: true,
    });
  });

  it('partial by quantity, then the rest: together exactly the invoice', () => {
    const one = planCreditNote(inv, [], { lines: [{ lineIndex: 0, quantity: 1 }] }, labels);
    expect(one.grossCents).toBe(-1490);
    expect(one.exhausts).toBe(false);
    const two = planCreditNote(inv, [one.lines], { lines: [{ lineIndex: 0, quantity: 2 }] }, labels);
    expect(two.grossCents).toBe(-2980);
    const rest = planCreditNote(inv, [one.lines, two.lines], {}, labels);
    expect(rest.exhausts).toBe(true);
    expect(one.grossCents + two.grossCents + rest.grossCents).toBe(-inv.grossCents);
    expect(() => planCreditNote(inv, [one.lines, two.lines, rest.lines], {}, labels)).toThrow(/already fully credited/);
  });

  it('never more than remains: per line and per rate', () => {
    expect(() => planCreditNote(inv, [], { lines: [{ lineIndex: 0, quantity: 4 }] }, labels)).toThrow(/3 of 3 remain/);
    const tea = inv.lines.filter((l) => l.vatRateBp === 300).reduce((s, l) => s + l.grossCents, 0);
    expect(() => planCreditNote(inv, [], { amounts: [{ rateBp: 300, grossCents: tea + 1 }] }, labels)).toThrow(
      /remain un-credited/,
    );
    const a = planCreditNote(inv, [], { amounts: [{ rateBp: 300, grossCents: tea }] }, labels);
    expect(a.vatBreakdown).toEqual([
      { categoryCode: 'S', rateBp: 300, taxableCents: a.netCents, vatCents: a.vatCents },
    ]);
    const teaLine = inv.lines.findIndex((l) => l.description === 'Tea');
    expect(() => planCreditNote(inv, [a.lines], { lines: [{ lineIndex: teaLine, quantity: 1 }] }, labels)).toThrow(
      /remain un-credited/,
    );
    expect(() => planCreditNote(inv, [], { amounts: [{ rateBp: 800, grossCents: 1 }] }, labels)).toThrow(/no VAT rate/);
  });
});
