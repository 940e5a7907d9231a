import type { EntityManager } from '@mikro-orm/postgresql';
import { InventoryReason } from './inventory-transaction.entity.js';
import { OutOfStockError } from './inventory.errors.js';
import { ReservationStatus } from './reservation.entity.js';
import { moveStock, reserveLines } from './stock-movements.js';

interface StockCtx {
  storeId: string;
  userId: string | null;
  orderId: string;
}

/**
 * Reserves up to `quantity` for a marketplace line. Unlike a direct order, a marketplace order is
 * never refused for stock (the customer has already bought): what is available is reserved and the
 * shortfall is returned so the order's timeline can say so.
 */
export async function reserveForLine(
  em: EntityManager,
  ctx: StockCtx,
  line: { orderLineId: string; productId: string; sku: string; quantity: number },
): Promise<{ reserved: number; short: number }> {
  if (line.quantity <= 0) return { reserved: 0, short: 0 };
  try {
    await reserveLines(em, ctx, [line]);
    return { reserved: line.quantity, short: 0 };
  } catch (err) {
    if (!(err instanceof OutOfStockError)) throw err;
    const available = Number(err.details.available ?? 0);
    if (available > 0) await reserveLines(em, ctx, [{ ...line, quantity: available }]);
    return { reserved: available, short: line.quantity - available };
  }
}

/** Frees `count` units of a line's open reservations (a unit declined or returned before shipping). */
export async function releaseLineUnits(em: EntityManager, ctx: StockCtx, orderLineId: string, count: number) {
  let remaining = count;
  const open = await em.execute<{ id: string; product_id: string; location_id: string; quantity: number }[]>(
    `select id, product_id, location_id, quantity from stock_reservation
      where order_line_id = ? and store_id = ? and status = 'open' order by location_id for update`,
    [orderLineId, ctx.storeId],
  );
  for (const r of open) {
    if (remaining <= 0) break;
    const take = Math.min(remaining, r.quantity);
    remaining -= take;
    await moveStock(em, {
      storeId: ctx.storeId,
      productId: r.product_id,
      locationId: r.location_id,
      quantityDelta: 0,
      reservedDelta: -take,
      reason: InventoryReason.RELEASED,
      userId: ctx.userId,
      orderId: ctx.orderId,
    });
    await em.execute(
      take === r.quantity
        ? `update stock_reservation set status = '${ReservationStatus.RELEASED}', updated_at = now() where id = ?`
        : 'update stock_reservation set quantity = quantity - ?, updated_at = now() where id = ?',
      take === r.quantity ? [r.id] : [take, r.id],
    );
  }
  return count - remaining;
}

/** Puts returned units of a shipped line back on the shelf they left from. */
export async function restockReturnedUnits(em: EntityManager, ctx: StockCtx, orderLineId: string, count: number) {
  const [from] = await em.execute<{ product_id: string; location_id: string }[]>(
    `select product_id, location_id from stock_reservation
      where order_line_id = ? and store_id = ? and status = 'fulfilled' order by updated_at desc limit 1`,
    [orderLineId, ctx.storeId],
  );
  if (!from || count <= 0) return 0;
  await moveStock(em, {
    storeId: ctx.storeId,
    productId: from.product_id,
    locationId: from.location_id,
    quantityDelta: count,
    reservedDelta: 0,
    reason: InventoryReason.RETURNED,
    userId: ctx.userId,
    orderId: ctx.orderId,
    note: 'Returned through Letzshop',
  });
  return count;
}
