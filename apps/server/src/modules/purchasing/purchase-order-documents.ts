import type { Writable } from 'node:stream';
import { type PurchaseOrderDocument, renderPurchaseOrderPdf } from '@orion/invoice-pdf';
import type { StoreCtx } from '../../core/context.js';
import { Product } from '../catalog/product.entity.js';
import { csvColumns, writeCsv } from '../common/csv-writer.js';
import { keysetRows } from '../common/keyset.js';
import { Location } from '../inventory/location.entity.js';
import { Merchant } from '../tenancy/merchant.entity.js';
import { Store } from '../tenancy/store.entity.js';
import { OPEN_STATUSES } from './po-status.js';
import { PurchaseOrderLine } from './purchase-order.entity.js';
import { PurchaseOrderService } from './purchase-order.service.js';
import { Supplier } from './supplier.entity.js';

const LANGUAGES = ['en', 'fr', 'de'] as const;
export type PoLanguage = (typeof LANGUAGES)[number];
export const poLanguage = (raw: unknown, fallback: string): PoLanguage =>
  (LANGUAGES as readonly string[]).includes(String(raw))
    ? (raw as PoLanguage)
    : LANGUAGES.includes(fallback as PoLanguage)
      ? (fallback as PoLanguage)
      : 'en';

/**
 * The PDF of a purchase order: the store (its merchant) buys, the supplier as the order was sent
 * (as it is now, for a draft). Rendered on each download: a purchase order is not a tax document.
 */
export async function purchaseOrderPdf(
  ctx: StoreCtx,
  id: string,
  language: PoLanguage,
): Promise<{ number: string; pdf: Buffer }> {
  const po = await new PurchaseOrderService().get(ctx, id);
  const [lines, store, location, supplier] = await Promise.all([
    ctx.em.find(PurchaseOrderLine, { purchaseOrder: po.id }, { orderBy: { position: 'asc' } }),
    ctx.em.findOneOrFail(Store, ctx.storeId),
    ctx.em.findOneOrFail(Location, po.deliveryLocation.id),
    ctx.em.findOneOrFail(Supplier, po.supplier.id),
  ]);
  const merchant = await ctx.em.findOneOrFail(Merchant, store.merchant.id);
  const products = new Map(
    (await ctx.em.find(Product, { id: { $in: lines.map((l) => l.product.id) } })).map((p) => [p.id, p]),
  );
  const s = po.supplierSnapshot ?? supplier;
  const doc: PurchaseOrderDocument = {
    language,
    number: po.number,
    orderDate: po.orderDate,
    expectedDate: po.expectedDate,
    buyer: {
      name: merchant.legalName,
      addressLine: merchant.addressLine,
      postalCode: merchant.postalCode,
      city: merchant.city,
      country: merchant.country,
      vatNumber: merchant.vatNumber,
    },
    supplier: {
      name: s.name,
      contactPerson: s.contactPerson,
      addressLine: s.addressLine,
      postalCode: s.postalCode,
      city: s.city,
      country: s.country,
      vatNumber: s.vatNumber,
      email: s.email,
    },
    deliveryAddress: `${merchant.addressLine}, ${merchant.postalCode} ${merchant.city} — ${location.warehouse} / ${location.bin}`,
    lines: lines.map((l) => ({
      sku: products.get(l.product.id)!.sku,
      supplierSku: l.supplierSku,
      name: products.get(l.product.id)!.name,
      quantity: l.quantityOrdered,
      unitCostCents: l.unitCostCents,
    })),
    totalCents: po.totalCents,
    notes: po.notes,
    paymentTerms: s.paymentTerms,
  };
  return { number: po.number, pdf: await renderPurchaseOrderPdf(doc) };
}

export const PURCHASE_ORDER_CSV_COLUMNS = csvColumns({
  number: 'text',
  status: 'text',
  supplier: 'text',
  order_date: 'date',
  expected_date: 'date',
  lines: 'integer',
  ordered: 'integer',
  received: 'integer',
  remaining: 'integer',
  total: 'cents',
  currency: 'text',
});

export const OPEN_LINE_CSV_COLUMNS = csvColumns({
  number: 'text',
  supplier: 'text',
  expected_date: 'date',
  sku: 'text',
  supplier_sku: 'text',
  product: 'text',
  ordered: 'integer',
  received: 'integer',
  rejected: 'integer',
  remaining: 'integer',
  unit_cost: 'cents',
});

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** Every purchase order of the store, keyset batches of 500, oldest first, with line sums. */
export async function exportPurchaseOrdersCsv(ctx: StoreCtx, out: Writable): Promise<void> {
  const batches = keysetRows(
    (after: string | null, limit) =>
      ctx.em.execute<
        {
          id: string;
          number: string;
          status: string;
          supplier: string;
          order_date: string | null;
          expected_date: string | null;
          lines: number;
          ordered: number;
          received: number;
          remaining: number;
          total_cents: number;
          currency: string;
        }[]
      >(
        `select po.id, po.number, po.status::text as status, coalesce(po.supplier_snapshot->>'name', s.name) as supplier,
                to_char(po.order_date, 'YYYY-MM-DD') as order_date, to_char(po.expected_date, 'YYYY-MM-DD') as expected_date,
                count(l.id)::int as lines, coalesce(sum(l.quantity_ordered), 0)::int as ordered,
                coalesce(sum(l.quantity_received), 0)::int as received,
                coalesce(sum(greatest(l.quantity_ordered - l.quantity_received - l.quantity_short_closed, 0)), 0)::int as remaining,
                po.total_cents, po.currency
           from purchase_order po join supplier s on s.id = po.supplier_id
           left join purchase_order_line l on l.purchase_order_id = po.id
          where po.store_id = ? ${after ? 'and po.id > ?' : ''}
          group by po.id, s.name order by po.id limit ?`,
        after ? [ctx.storeId, after, limit] : [ctx.storeId, limit],
      ),
    (r) => r.id,
  );
  async function* records() {
    for await (const r of batches)
      yield [
        r.number,
        r.status.toUpperCase(),
        r.supplier,
        asDate(r.order_date),
        asDate(r.expected_date),
        r.lines,
        r.ordered,
        r.received,
        r.remaining,
        r.total_cents,
        r.currency,
      ];
  }
  await writeCsv(out, PURCHASE_ORDER_CSV_COLUMNS, records());
}

/** The lines still to come (SENT and PARTIALLY_RECEIVED orders), by expected date. */
export async function exportOpenLinesCsv(ctx: StoreCtx, out: Writable): Promise<void> {
  const batches = keysetRows(
    (after: string | null, limit) =>
      ctx.em.execute<
        {
          id: string;
          number: string;
          supplier: string;
          expected_date: string | null;
          sku: string;
          supplier_sku: string | null;
          name: string;
          ordered: number;
          received: number;
          rejected: number;
          remaining: number;
          unit_cost_cents: number;
        }[]
      >(
        `select l.id, po.number, coalesce(po.supplier_snapshot->>'name', s.name) as supplier,
                to_char(po.expected_date, 'YYYY-MM-DD') as expected_date, p.sku, l.supplier_sku, p.name,
                l.quantity_ordered as ordered, l.quantity_received as received, l.quantity_rejected as rejected,
                (l.quantity_ordered - l.quantity_received - l.quantity_short_closed) as remaining, l.unit_cost_cents
           from purchase_order_line l join purchase_order po on po.id = l.purchase_order_id
           join supplier s on s.id = po.supplier_id join product p on p.id = l.product_id
          where l.store_id = ? and po.status in (${OPEN_STATUSES.map(() => '?').join(',')})
            and l.quantity_ordered > l.quantity_received + l.quantity_short_closed ${after ? 'and l.id > ?' : ''}
          order by l.id limit ?`,
        [ctx.storeId, ...OPEN_STATUSES, ...(after ? [after] : []), limit],
      ),
    (r) => r.id,
  );
  async function* records() {
    for await (const r of batches)
      yield [
        r.number,
        r.supplier,
        asDate(r.expected_date),
        r.sku,
        r.supplier_sku,
        r.name,
        r.ordered,
        r.received,
        r.rejected,
        r.remaining,
        r.unit_cost_cents,
      ];
  }
  await writeCsv(out, OPEN_LINE_CSV_COLUMNS, records());
}
