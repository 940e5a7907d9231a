import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../core/base.entity.js';
import { DomainError } from '../../core/errors.js';
import { InventoryReason, InventoryTransaction } from './inventory-transaction.entity.js';
import { OutOfStockError } from './inventory.errors.js';
import { ReservationStatus, StockReservation } from './reservation.entity.js';

/**
 * The only code that changes stock levels. Every change is one atomic SQL statement (so
 * concurrent changes lose no update), checked by Postgres (quantity ≥ 0, 0 ≤ reserved ≤ quantity),
 * and writes an inventory transaction with before and after. Callers pass their transaction's em.
 */
export interface Movement {
  storeId: string;
  productId: string;
  locationId: string;
  quantityDelta: number;
  reservedDelta: number;
  reason: InventoryReason;
  userId: string | null;
  orderId?: string | null;
  purchaseOrderId?: string | null;
  receiptId?: string | null;
  note?: string | null;
}

/** The stock columns are 32-bit integers. */
export const MAX_STOCK_PER_LOCATION = 2147483647;

export class StockConstraintError extends DomainError {
  constructor(message: string) {
    super('INSUFFICIENT_STOCK', message, 'CONFLICT');
  }
}

export async function moveStock(em: EntityManager, m: Movement): Promise<{ quantity: number; reserved: number }> {
  let row: { quantity: number; reserved: number } | undefined;
  try {
    // Update first: an INSERT's proposed row is checked against the constraints before ON
    // CONFLICT applies, so "insert … on conflict do update" would refuse valid negative deltas.
    [row] = await em.execute<{ quantity: number; reserved: number }[]>(
      `update stock_level set quantity = quantity + ?, reserved = reserved + ?, updated_at = now()
        where product_id = ? and location_id = ? returning quantity, reserved`,
      [m.quantityDelta, m.reservedDelta, m.productId, m.locationId],
    );
    if (!row) {
      [row] = await em.execute<{ quantity: number; reserved: number }[]>(
        `insert into stock_level (id, store_id, product_id, location_id, quantity, reserved) values (?, ?, ?, ?, ?, ?)
         on conflict (product_id, location_id) do update
           set quantity = stock_level.quantity + excluded.quantity, reserved = stock_level.reserved + excluded.reserved,
               updated_at = now()
         returning quantity, reserved`,
        [newId(), m.storeId, m.productId, m.locationId, m.quantityDelta, m.reservedDelta],
      );
    }
  } catch (err) {
    if ((err as { code?: string }).code === '22003') {
      throw new DomainError(
        'STOCK_LIMIT_EXCEEDED',
        `A location holds at most ${MAX_STOCK_PER_LOCATION} pieces of a product; this change would go beyond.`,
        'BAD_USER_INPUT',
        {
          max: MAX_STOCK_PER_LOCATION,
          fields: { quantity: `would take the stock at this location beyond ${MAX_STOCK_PER_LOCATION}` },
        },
      );
    }
    if ((err as { code?: string }).code === '23514') {
      throw new StockConstraintError(
        m.quantityDelta < 0
          ? `That would take more than the available stock at this location (${-m.quantityDelta} requested).`
          : 'That would leave more reserved than in stock at this location.',
      );
    }
    throw err;
  }
  const after = row!;
  em.create(InventoryTransaction, {
    store: m.storeId,
    product: m.productId,
    location: m.locationId,
    reason: m.reason,
    quantityBefore: after.quantity - m.quantityDelta,
    quantityAfter: after.quantity,
    reservedBefore: after.reserved - m.reservedDelta,
    reservedAfter: after.reserved,
    note: m.note ?? null,
    user: m.userId,
    orderId: m.orderId ?? null,
    purchaseOrderId: m.purchaseOrderId ?? null,
    receiptId: m.receiptId ?? null,
  });
  return after;
}

export interface LineToReserve {
  orderLineId: string;
  productId: string;
  sku: string;
  quantity: number;
}

/**
 * Reserves stock for order lines, taking from the locations with the most available first.
 * Rows are locked (`for update`) in product order, so concurrent orders queue instead of
 * over-reserving or deadlocking. Throws OUT_OF_STOCK naming the SKU and what is available.
 */
export async function reserveLines(
  em: EntityManager,
  ctx: { storeId: string; userId: string | null; orderId: string },
  lines: LineToReserve[],
): Promise<void> {
  const sorted = [...lines].sort((a, b) => a.productId.localeCompare(b.productId));
  for (const line of sorted) {
    // Lock in a fixed order (by location) so concurrent orders cannot deadlock; then take from
    // the locations with the most available first.
    const levels = (
      await em.execute<{ location_id: string; available: number }[]>(
        `select location_id, quantity - reserved as available from stock_level
          where store_id = ? and product_id = ? and quantity > reserved
          order by location_id
          for update`,
        [ctx.storeId, line.productId],
      )
    ).sort((x, y) => y.available - x.available || x.location_id.localeCompare(y.location_id));
    const available = levels.reduce((s, l) => s + l.available, 0);
    if (available < line.quantity) throw new OutOfStockError(line.sku, line.quantity, available);
    let remaining = line.quantity;
    for (const level of levels) {
      if (remaining === 0) break;
      const take = Math.min(remaining, level.available);
      remaining -= take;
      await moveStock(em, {
        storeId: ctx.storeId,
        productId: line.productId,
        locationId: level.location_id,
        quantityDelta: 0,
        reservedDelta: take,
        reason: InventoryReason.RESERVED,
        userId: ctx.userId,
        orderId: ctx.orderId,
      });
      em.create(StockReservation, {
        store: ctx.storeId,
        orderLine: line.orderLineId,
        product: line.productId,
        location: level.location_id,
        quantity: take,
      });
    }
  }
}

/** Ships (fulfil: stock leaves) or cancels (release: stock is free again) an order's open reservations. */
export async function settleReservations(
  em: EntityManager,
  ctx: { storeId: string; userId: string | null; orderId: string },
  outcome: 'fulfil' | 'release',
): Promise<void> {
  const open = await em.execute<{ id: string; product_id: string; location_id: string; quantity: number }[]>(
    `select r.id, r.product_id, r.location_id, r.quantity
       from stock_reservation r join order_line l on l.id = r.order_line_id
      where l.order_id = ? and r.store_id = ? and r.status = 'open'
      order by r.product_id, r.location_id
      for update of r`,
    [ctx.orderId, ctx.storeId],
  );
  for (const r of open) {
    await moveStock(em, {
      storeId: ctx.storeId,
      productId: r.product_id,
      locationId: r.location_id,
      quantityDelta: outcome === 'fulfil' ? -r.quantity : 0,
      reservedDelta: -r.quantity,
      reason: outcome === 'fulfil' ? InventoryReason.FULFILLED : InventoryReason.RELEASED,
      userId: ctx.userId,
      orderId: ctx.orderId,
    });
  }
  if (open.length) {
    await em.execute(
      `update stock_reservation set status = ?, updated_at = now() where id in (${open.map(() => '?').join(',')})`,
      [outcome === 'fulfil' ? ReservationStatus.FULFILLED : ReservationStatus.RELEASED, ...open.map((r) => r.id)],
    );
  }
}
