import { extractVat } from '@orion/vat';
import { computeOrderTotals } from '../orders/order-totals.js';
import type { InvoiceLineSnapshot, VatBreakdownRow } from './invoice-snapshots.js';

export interface InvoiceItem {
  description: string;
  sku: string | null;
  quantity: number;
  unitGrossCents: number;
  rateBp: number;
}

export interface InvoiceAmounts {
  lines: InvoiceLineSnapshot[];
  vatBreakdown: VatBreakdownRow[];
  netCents: number;
  vatCents: number;
  grossCents: number;
}

const categoryCode = (rateBp: number) => (rateBp > 0 ? 'S' : 'Z');

/**
 * Invoice lines and VAT breakdown from VAT-inclusive prices, by the same rule as the order (see
 * order-totals.ts): shipping and discount follow the goods per rate group; VAT is extracted once
 * per group, so the gross total equals the order total to the cent. Each line's net is its own
 * extraction; the cent or two by which the lines differ from the group's net go to the group's
 * largest line, so lines add up to the breakdown exactly (EN 16931 BT-116 = Σ BT-131).
 */
export function computeInvoiceAmounts(
  items: InvoiceItem[],
  shippingCents: number,
  discountCents: number,
  labels: { shipping: string; discount: string },
): InvoiceAmounts {
  const totals = computeOrderTotals(
    items.map((i) => ({ unitPriceCents: i.unitGrossCents, quantity: i.quantity, rateBp: i.rateBp })),
    shippingCents,
    discountCents,
  );
  const lines: InvoiceLineSnapshot[] = [];
  const vatBreakdown: VatBreakdownRow[] = [];
  for (const g of totals.groups) {
    const group: { description: string; sku: string | null; quantity: number; grossCents: number }[] = items
      .filter((i) => i.rateBp === g.rateBp)
      .map((i) => ({
        description: i.description,
        sku: i.sku,
        quantity: i.quantity,
        grossCents: i.unitGrossCents * i.quantity,
      }));
    if (g.shippingCents)
      group.push({ description: labels.shipping, sku: null, quantity: 1, grossCents: g.shippingCents });
    if (g.discountCents)
      group.push({ description: labels.discount, sku: null, quantity: 1, grossCents: -g.discountCents });
    const nets = group.map((l) => l.grossCents - extractVat(l.grossCents, g.rateBp).vatCents);
    const diff = g.netCents - nets.reduce((s, n) => s + n, 0);
    if (diff !== 0) {
      const largest = group.reduce((best, l, i) => (l.grossCents > group[best]!.grossCents ? i : best), 0);
      nets[largest]! += diff;
    }
    group.forEach((l, i) => {
      const net = nets[i]!;
      lines.push({
        description: l.description,
        sku: l.sku,
        quantity: l.quantity,
        unitPriceNetCents: Math.round(net / l.quantity),
        vatCategoryCode: categoryCode(g.rateBp),
        vatRateBp: g.rateBp,
        netCents: net,
        vatCents: l.grossCents - net,
        grossCents: l.grossCents,
      });
    });
    vatBreakdown.push({
      categoryCode: categoryCode(g.rateBp),
      rateBp: g.rateBp,
      taxableCents: g.netCents,
      vatCents: g.vatCents,
    });
  }
  return {
    lines,
    vatBreakdown,
    netCents: totals.totalCents - totals.taxCents,
    vatCents: totals.taxCents,
    grossCents: totals.totalCents,
  };
}
