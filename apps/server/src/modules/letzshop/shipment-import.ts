import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../core/transaction.js';
import { nextInSequence } from '../common/sequence.js';
import { findOrCreateCustomer } from '../customers/customer-stats.js';
import { isErasedCustomer } from '../customers/erased-buyers.js';
import { forgetErasedBuyers } from './forget-erased.js';
import { OrderChannel, OrderStatus } from '../orders/order-enums.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { countNewOrder, holdMarketplaceStock, recordOrderEvent } from '../orders/order-transitions.js';
import { Order } from '../orders/order.entity.js';
import { TierLimitError } from '../subscriptions/subscription.errors.js';
import { consumeOrderAllowance } from '../subscriptions/subscription.service.js';
import type { ImportCtx } from './import-context.js';
import type { LsShipment } from './letzshop-adapter.js';
import type { ProductMatcher } from './product-matcher.js';
import { applyShipmentFacts } from './shipment-facts.js';
import { draftOrder, importedMessage, type OrderDraft, summarizeUnits, unitsToReserve } from './shipment-draft.js';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'waiting';

/**
 * Turns one Letzshop shipment into an order, or brings the existing order up to date, in one
 * transaction. Keyed by the shipment id (unique per store) and each unit id: a re-run, a repeated
 * node or a resumed run never makes a second order or line.
 */
export async function importShipment(
  ctx: ImportCtx,
  s: LsShipment,
  products: ProductMatcher,
  known: { id: string; fingerprint: string | null } | undefined,
): Promise<Outcome> {
  if (known?.fingerprint === s.fingerprint) return 'unchanged';
  try {
    return await inTransaction(ctx, (tx) =>
      known ? updateOrder(tx, known.id, s, products) : createOrder(tx, s, products),
    );
  } catch (err) {
    if (err instanceof TierLimitError) return 'waiting';
    // Two runs raced to create the same shipment: the other one won; bring it up to date.
    if ((err as { code?: string }).code === '23505' && !known) {
      const [row] = await ctx.em.execute<{ id: string }[]>(
        'select id from customer_order where store_id = ? and external_shipment_id = ?',
        [ctx.storeId, s.id],
      );
      if (row) return inTransaction(ctx, (tx) => updateOrder(tx, row.id, s, products));
    }
    throw err;
  } finally {
    ctx.em.clear();
  }
}

/** The order and line rows of a draft (not flushed). */
export function materialize(
  em: EntityManager,
  scope: Pick<ImportCtx, 'storeCountry' | 'storeId'>,
  d: OrderDraft,
  customerId: string,
  orderNumber: number,
) {
  const { s, status } = d;
  const order = em.create(Order, {
    store: scope.storeId,
    orderNumber,
    channel: OrderChannel.LETZSHOP,
    status,
    customer: customerId,
    customerSnapshot: { email: d.email, name: d.name, phone: d.ship.phone ?? d.bill.phone ?? null, locale: d.locale },
    shippingAddress: d.ship,
    billingAddress: d.bill,
    subtotalCents: d.totals.subtotalCents,
    shippingCents: d.totals.shippingCents,
    discountCents: d.totals.discountCents,
    taxCents: d.totals.taxCents,
    totalCents: d.totals.totalCents,
    vatRegime: d.ship.country === scope.storeCountry ? 'domestic' : null,
    orderedAt: d.orderedAt,
    confirmedAt: status === OrderStatus.PENDING ? null : d.changedAt,
    shippedAt: s.tracking && status !== OrderStatus.CANCELLED ? d.changedAt : null,
    cancelledAt: status === OrderStatus.CANCELLED ? d.changedAt : null,
    carrier: s.tracking?.provider || null,
    trackingNumber: s.tracking?.code ?? null,
    externalOrderId: s.orderId,
    externalShipmentId: s.id,
    externalOrderNumber: s.orderNumber,
    externalState: s.state,
    externalFingerprint: s.fingerprint,
    externalData: s.raw,
  });
  const lines = d.lines.map((l, i) => {
    const u = l.draft.units[0]!;
    return em.create(OrderLine, {
      store: scope.storeId,
      order,
      position: i + 1,
      product: l.draft.product?.id ?? null,
      sku: u.sku ?? l.draft.product?.sku ?? u.variantId,
      gtin: u.gtin,
      name: u.name,
      unitPriceCents: u.priceCents,
      vatCategory: l.vatCategory,
      quantity: l.quantity,
      lineTotalCents: l.quantity * u.priceCents,
      externalItemIds: l.draft.units.map((x) => x.id),
      unitStates: Object.fromEntries(l.draft.units.map((x) => [x.id, x.state])),
      itemState: summarizeUnits(l.draft.units.map((x) => x.state)),
      unmatchedProduct: !l.draft.product,
    });
  });
  return { order, lines };
}

/** One new order in its own transaction: the careful path (and the fallback of the page path). */
async function createOrder(tx: ImportCtx, s: LsShipment, products: ProductMatcher) {
  const em = tx.em;
  const [d] = await forgetErasedBuyers(tx, [
    draftOrder({ storeCountry: tx.storeCountry, now: tx.clock.now() }, s, products),
  ]);
  if (!d) throw new Error('unreachable: one draft in, one out');
  const customer = await findOrCreateCustomer(em, tx.storeId, {
    email: d.email,
    firstName: d.bill.firstName || d.ship.firstName,
    lastName: d.bill.lastName || d.ship.lastName,
    phone: d.ship.phone ?? d.bill.phone,
    locale: d.locale,
    isGuest: true,
    address: d.ship,
  });
  const { order, lines } = materialize(em, tx, d, customer.id, 0);
  // Stock: an open order holds its units; one imported already shipped or closed left the
  // shelf before Orion knew about it, so it does not move stock.
  const shortages = await holdMarketplaceStock(
    tx,
    order,
    d.lines
      .map((l, i) => ({ line: lines[i]!, product: l.draft.product, quantity: unitsToReserve(d, i) }))
      .filter((w) => w.quantity > 0)
      .map((w) => ({ line: w.line, productId: w.product!.id, sku: w.product!.sku, quantity: w.quantity })),
  );
  // New work counts against the month's allowance; history already handled on Letzshop does not.
  if (s.state === 'unconfirmed') await consumeOrderAllowance(em, tx.storeId, tx.clock.now());
  order.orderNumber = await nextInSequence(em, tx.storeId, 'order');
  recordOrderEvent(tx, order, 'imported', importedMessage(d, lines, shortages), null, d.status);
  await em.flush();
  await countNewOrder(tx, order, customer.id);
  return 'created' as const;
}

async function updateOrder(tx: ImportCtx, orderId: string, s: LsShipment, products: ProductMatcher) {
  const order = await tx.em.findOneOrFail(
    Order,
    { id: orderId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['lines'] },
  );
  const changed = await applyShipmentFacts(tx, order, s, products);
  order.externalState = s.state;
  order.externalFingerprint = s.fingerprint;
  // An erased buyer's order never takes Letzshop's answer (their name and addresses) back.
  order.externalData = (await isErasedCustomer(tx, order.customer.id)) ? { erased: true } : s.raw;
  await tx.em.flush();
  return changed ? ('updated' as const) : ('unchanged' as const);
}
