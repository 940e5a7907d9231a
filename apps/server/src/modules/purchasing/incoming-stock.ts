import type { EntityManager } from '@mikro-orm/postgresql';
import { OPEN_STATUSES } from './po-status.js';

export interface Incoming {
  productId: string;
  locationId: string;
  onOrder: number;
  nextExpectedDate: string | null;
}

/**
 * "On order": Σ remaining (ordered − received − short-closed) over SENT and PARTIALLY_RECEIVED
 * orders only, per product and delivery location, with the earliest expected date of the orders
 * that still bring some. One statement for any number of products.
 */
export async function incomingByLocation(
  em: EntityManager,
  storeId: string,
  productIds: readonly string[] | null,
): Promise<Incoming[]> {
  if (productIds && productIds.length === 0) return [];
  const rows = await em.execute<
    { product_id: string; location_id: string; on_order: number; next_expected: string | null }[]
  >(
    `select l.product_id, po.delivery_location_id as location_id,
            sum(l.quantity_ordered - l.quantity_received - l.quantity_short_closed)::int as on_order,
            to_char(min(po.expected_date), 'YYYY-MM-DD') as next_expected
       from purchase_order_line l join purchase_order po on po.id = l.purchase_order_id
      where po.store_id = ? and l.store_id = ? and po.status in (${OPEN_STATUSES.map(() => '?').join(',')})
        and l.quantity_ordered > l.quantity_received + l.quantity_short_closed
        ${productIds ? 'and l.product_id = any(?::uuid[])' : ''}
      group by l.product_id, po.delivery_location_id`,
    [storeId, storeId, ...OPEN_STATUSES, ...(productIds ? [`{${productIds.join(',')}}`] : [])],
  );
  return rows.map((r) => ({
    productId: r.product_id,
    locationId: r.location_id,
    onOrder: r.on_order,
    nextExpectedDate: r.next_expected,
  }));
}

/** The same per product (all locations). */
export function perProduct(
  rows: readonly Incoming[],
): Map<string, { onOrder: number; nextExpectedDate: string | null }> {
  const out = new Map<string, { onOrder: number; nextExpectedDate: string | null }>();
  for (const r of rows) {
    const cur = out.get(r.productId) ?? { onOrder: 0, nextExpectedDate: null };
    cur.onOrder += r.onOrder;
    if (r.nextExpectedDate && (!cur.nextExpectedDate || r.nextExpectedDate < cur.nextExpectedDate))
      cur.nextExpectedDate = r.nextExpectedDate;
    out.set(r.productId, cur);
  }
  return out;
}
