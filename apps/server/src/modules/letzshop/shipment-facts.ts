import { VatCategory } from '../catalog/vat-category.js';
import { ItemState, OrderStatus } from '../orders/order-enums.js';
import { OrderLine } from '../orders/order-line.entity.js';
import {
  enterStatus,
  holdsStock,
  recordOrderEvent,
  settleCustomerStats,
  unitStateChanged,
} from '../orders/order-transitions.js';
import type { Order } from '../orders/order.entity.js';
import type { ImportCtx } from './import-context.js';
import {
  liveQuantity,
  type ShipmentFacts,
  statusFor,
  summarizeUnits,
  totalsFor,
  type UnitMatcher,
} from './shipment-draft.js';

/**
 * Brings a locked order (lines loaded) in line with Letzshop: unit states with their stock
 * effects, quantities and totals, and the status, forward only — every step through the order
 * transitions. Writes one timeline entry. Returns whether anything changed. Run it inside
 * `inTransaction` (`tx`).
 */
export async function applyShipmentFacts(
  tx: ImportCtx,
  order: Order,
  s: ShipmentFacts,
  products: UnitMatcher | null,
  note?: string,
): Promise<boolean> {
  const em = tx.em;
  const changes: string[] = [];
  let quantitiesChanged = false;
  const lines = order.lines.getItems();
  const lineOf = new Map<string, OrderLine>();
  for (const l of lines) for (const id of Object.keys(l.unitStates ?? {})) lineOf.set(id, l);

  for (const u of s.units) {
    let line = lineOf.get(u.id);
    if (!line) {
      if (!('variantId' in u)) continue;
      const p = products?.match(u) ?? null;
      line = em.create(OrderLine, {
        store: tx.storeId,
        order,
        position: lines.length + 1,
        product: p?.id ?? null,
        sku: u.sku ?? p?.sku ?? u.variantId,
        gtin: u.gtin,
        name: u.name,
        unitPriceCents: u.priceCents,
        vatCategory: p?.vatCategory ?? VatCategory.STANDARD,
        quantity: 0,
        lineTotalCents: 0,
        externalItemIds: [u.id],
        unitStates: { [u.id]: ItemState.CONFIRMED_UNAVAILABLE },
        itemState: ItemState.CONFIRMED_UNAVAILABLE,
        unmatchedProduct: !p,
      });
      lines.push(line);
      lineOf.set(u.id, line);
      changes.push(`unit ${u.id} (${line.sku}) added on Letzshop`);
    }
    const before = line.unitStates?.[u.id] ?? ItemState.UNCONFIRMED;
    if (before === u.state) continue;
    line.unitStates = { ...line.unitStates, [u.id]: u.state };
    changes.push(`${line.sku}: ${before} → ${u.state}`);
    await unitStateChanged(tx, order, line, before, u.state);
  }
  for (const line of lines) {
    if (!line.unitStates) continue;
    const states = Object.values(line.unitStates);
    const quantity = liveQuantity(states);
    if (quantity !== line.quantity) quantitiesChanged = true;
    line.quantity = quantity;
    line.lineTotalCents = quantity * line.unitPriceCents;
    line.itemState = summarizeUnits(states);
  }
  if (quantitiesChanged) {
    const totals = totalsFor(lines, tx.storeCountry, order.orderedAt, order.shippingCents, order.discountCents);
    order.subtotalCents = totals.subtotalCents;
    order.taxCents = totals.taxCents;
    // Letzshop's units against our shipping and discount: its arithmetic, not user input.
    order.totalCents = Math.max(0, totals.totalCents);
  }

  const target = statusFor(s);
  const from = order.status;
  const at = tx.clock.now();
  if (target === OrderStatus.CANCELLED && holdsStock(order.status)) {
    await enterStatus(tx, order, OrderStatus.CANCELLED, 'letzshop', at);
  } else if (from === OrderStatus.PENDING && (target === OrderStatus.PROCESSING || target === OrderStatus.SHIPPED)) {
    await enterStatus(tx, order, OrderStatus.PROCESSING, 'letzshop', at);
  }
  if (target === OrderStatus.SHIPPED && s.tracking) {
    if (order.status === OrderStatus.PROCESSING) await enterStatus(tx, order, OrderStatus.SHIPPED, 'letzshop', at);
    const ours = !order.trackingNumber || s.trackingFromUs;
    if (ours && (order.trackingNumber !== s.tracking.code || order.carrier !== (s.tracking.provider || null))) {
      if (order.trackingNumber) changes.push(`tracking ${order.trackingNumber} → ${s.tracking.code}`);
      order.carrier = s.tracking.provider || null;
      order.trackingNumber = s.tracking.code;
      if (order.status === OrderStatus.SHIPPED && from === OrderStatus.SHIPPED)
        changes.push(`tracking ${s.tracking.code}`);
    }
  }
  const all = lines.flatMap((l) => Object.values(l.unitStates ?? {}));
  if (
    (order.status === OrderStatus.SHIPPED || order.status === OrderStatus.DELIVERED) &&
    summarizeUnits(all) === ItemState.RETURNED
  ) {
    await enterStatus(tx, order, OrderStatus.REFUNDED, 'letzshop', at);
  }
  if (order.status !== from) changes.push(`status ${from} → ${order.status}`);
  if (!changes.length) return false;
  const message = `${note ?? 'Letzshop'}: ${changes.join('; ')}`;
  recordOrderEvent(
    tx,
    order,
    order.status !== from ? 'status_changed' : 'letzshop_update',
    message,
    from,
    order.status,
  );
  await em.flush();
  await settleCustomerStats(tx, order, { from, totalChanged: quantitiesChanged });
  return true;
}
