import type { StoreCtx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { applyOrderToCustomerStats, recomputeCustomerStats } from '../customers/customer-stats.js';
import { settleReservations } from '../inventory/stock-movements.js';
import { releaseLineUnits, reserveForLine, restockReturnedUnits } from '../inventory/unit-stock.js';
import { ItemState, OrderChannel, OrderStatus } from './order-enums.js';
import { OrderEvent } from './order-event.entity.js';
import type { OrderLine } from './order-line.entity.js';
import { assertTransition, holdsStock, MARKETPLACE_DRIVEN, statsContribution, TRANSITIONS } from './order-status.js';
import type { Order } from './order.entity.js';

/**
 * The one owner of an order's status changes and what follows from them — reservations and
 * stock, the timeline, the customer's statistics — for every writer: the order mutations
 * (`via: 'direct'`), the Letzshop actions and the Letzshop import (`via: 'letzshop'`: Letzshop
 * decided, we follow). Callers run inside `inTransaction` with the order row locked.
 */
export type TransitionSource = 'direct' | 'letzshop';

export { holdsStock, statsContribution } from './order-status.js';

const stockCtxOf = (tx: StoreCtx, order: Order) => ({
  storeId: tx.storeId,
  userId: tx.user?.id ?? null,
  orderId: order.id,
});

/** The statuses a person can move the order to now with the order actions (not Letzshop's moves). */
export function nextStatusesFor(order: { status: OrderStatus; channel: OrderChannel }): OrderStatus[] {
  const next = [...TRANSITIONS[order.status]];
  return order.channel === OrderChannel.LETZSHOP ? next.filter((s) => !MARKETPLACE_DRIVEN.has(s)) : next;
}

/** Refuses a status change a writer may not make: not in the machine, or Letzshop's to make. */
export function assertMayEnter(order: Order, to: OrderStatus, via: TransitionSource): void {
  if (via === 'direct' && order.channel === OrderChannel.LETZSHOP && to === OrderStatus.REFUNDED) {
    throw new DomainError(
      'REFUND_THROUGH_LETZSHOP',
      `Order #${order.orderNumber} came from Letzshop: record the return of its items through Letzshop (Return on the Letzshop panel of the order). Letzshop refunds the customer; the order becomes refunded when every item is back.`,
      'CONFLICT',
      { orderId: order.id, orderNumber: order.orderNumber },
    );
  }
  if (via === 'direct' && order.channel === OrderChannel.LETZSHOP && MARKETPLACE_DRIVEN.has(to)) {
    throw new DomainError(
      'USE_LETZSHOP_ACTIONS',
      `Order #${order.orderNumber} came from Letzshop: confirm, decline and ship it through Letzshop (the Letzshop actions on the order) so both sides agree.`,
    );
  }
  assertTransition(order.orderNumber, order.status, to);
}

/**
 * Moves the order to `to` with the effects of entering it: its date, and the reservations
 * fulfilled (shipped: stock leaves) or released (cancelled). No timeline entry, no statistics:
 * `changeOrderStatus` adds both; the import, which folds several facts into one entry, calls
 * `recordOrderEvent` and `settleCustomerStats` itself.
 */
export async function enterStatus(
  tx: StoreCtx,
  order: Order,
  to: OrderStatus,
  via: TransitionSource,
  at: Date = tx.clock.now(),
): Promise<void> {
  assertMayEnter(order, to, via);
  if (to === OrderStatus.SHIPPED) await settleReservations(tx.em, stockCtxOf(tx, order), 'fulfil');
  if (to === OrderStatus.CANCELLED) await settleReservations(tx.em, stockCtxOf(tx, order), 'release');
  order.status = to;
  if (to === OrderStatus.PROCESSING) order.confirmedAt = at;
  if (to === OrderStatus.SHIPPED) order.shippedAt = at;
  if (to === OrderStatus.DELIVERED) order.deliveredAt = at;
  if (to === OrderStatus.CANCELLED) order.cancelledAt = at;
}

/** One status change with all it brings: effects, one timeline entry, the customer's statistics. */
export async function changeOrderStatus(
  tx: StoreCtx,
  order: Order,
  to: OrderStatus,
  opts: { via: TransitionSource; message?: string; at?: Date },
): Promise<void> {
  const from = order.status;
  await enterStatus(tx, order, to, opts.via, opts.at);
  recordOrderEvent(tx, order, 'status_changed', opts.message ?? `Status changed from ${from} to ${to}`, from, to);
  await tx.em.flush();
  await settleCustomerStats(tx, order, { from, totalChanged: false });
}

/** A timeline entry, by the context's user (null = the system). */
export function recordOrderEvent(
  tx: StoreCtx,
  order: Order,
  kind: string,
  message: string,
  from: OrderStatus | null,
  to: OrderStatus | null,
): void {
  tx.em.create(OrderEvent, {
    store: tx.storeId,
    order,
    user: tx.user?.id ?? null,
    kind,
    message,
    fromStatus: from,
    toStatus: to,
  });
}

/** A new order counts for its customer from the start (as its status says). Call after the flush. */
export async function countNewOrder(tx: StoreCtx, order: Order, customerId: string): Promise<void> {
  const c = statsContribution(order.status, order.totalCents);
  if (!c.orders) return;
  await applyOrderToCustomerStats(tx.em, customerId, {
    deltaOrders: c.orders,
    deltaSpentCents: c.spentCents,
    orderedAt: order.orderedAt,
  });
}

/**
 * After a status or total change (flushed): the customer's statistics are recomputed when what the
 * order contributes changed (its total, or whether it counts or spends).
 */
export async function settleCustomerStats(
  tx: StoreCtx,
  order: Order,
  change: { from: OrderStatus; totalChanged: boolean },
): Promise<void> {
  const before = statsContribution(change.from, 1);
  const after = statsContribution(order.status, 1);
  const moved = before.orders !== after.orders || before.spentCents !== after.spentCents;
  if (change.totalChanged || moved) await recomputeCustomerStats(tx.em, order.customer.id);
}

/**
 * A marketplace unit changed state (Letzshop decided, or a return): the stock follows. A declined
 * unit of an open order frees its reservation; a returned one is freed before shipping, or goes
 * back on the shelf after; one taken back from declined is reserved again. Units of lines
 * without a product move no stock.
 */
export async function unitStateChanged(
  tx: StoreCtx,
  order: Order,
  line: OrderLine,
  before: ItemState,
  after: ItemState,
): Promise<void> {
  const productId = line.product?.id;
  if (!productId || before === after) return;
  const stock = stockCtxOf(tx, order);
  const open = holdsStock(order.status);
  if (after === ItemState.CONFIRMED_UNAVAILABLE) {
    if (open) await releaseLineUnits(tx.em, stock, line.id, 1);
  } else if (after === ItemState.RETURNED) {
    if (open) await releaseLineUnits(tx.em, stock, line.id, 1);
    else if (order.status === OrderStatus.SHIPPED || order.status === OrderStatus.DELIVERED) {
      await restockReturnedUnits(tx.em, stock, line.id, 1);
    }
  } else if (before === ItemState.CONFIRMED_UNAVAILABLE && open) {
    await reserveForLine(tx.em, stock, { orderLineId: line.id, productId, sku: line.sku, quantity: 1 });
  }
}

/**
 * The stock a new marketplace order holds: `quantity` per line, in product order (as every
 * reservation locks stock rows). Never refused for stock — the customer has already bought; the
 * shortfalls are returned for the timeline. Nothing is held unless the order is open.
 */
export async function holdMarketplaceStock(
  tx: StoreCtx,
  order: Order,
  wants: { line: OrderLine; productId: string; sku: string; quantity: number }[],
): Promise<string[]> {
  if (!holdsStock(order.status)) return [];
  const shortages: string[] = [];
  const sorted = [...wants].sort((a, b) => a.productId.localeCompare(b.productId));
  for (const w of sorted) {
    if (w.quantity <= 0) continue;
    const r = await reserveForLine(tx.em, stockCtxOf(tx, order), {
      orderLineId: w.line.id,
      productId: w.productId,
      sku: w.sku,
      quantity: w.quantity,
    });
    if (r.short) shortages.push(`only ${r.reserved} of ${w.quantity} × ${w.sku} in stock`);
  }
  return shortages;
}
