import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { VatCategory } from '../catalog/vat-category.js';
import { nextInSequence } from '../common/sequence.js';
import type { Address } from '../customers/address.js';
import { CustomerLanguage } from '../customers/customer.entity.js';
import {
  applyOrderToCustomerStats,
  findOrCreateCustomer,
  recomputeCustomerStats,
} from '../customers/customer-stats.js';
import { settleReservations } from '../inventory/stock-movements.js';
import { ItemState, OrderChannel, OrderStatus } from '../orders/order-enums.js';
import { OrderEvent } from '../orders/order-event.entity.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { computeOrderTotals } from '../orders/order-totals.js';
import { domesticRateBp } from '../orders/order-vat.js';
import { Order } from '../orders/order.entity.js';
import { TierLimitError } from '../subscriptions/subscription.errors.js';
import { consumeOrderAllowance } from '../subscriptions/subscription.service.js';
import type { LsAddress, LsShipment, LsUnit } from './letzshop-adapter.js';
import { releaseLineUnits, reserveForLine, restockReturnedUnits } from './unit-stock.js';

export interface ImportDeps {
  /** A fork bound to the store (tenant filter); each shipment runs in its own transaction on it. */
  em: EntityManager;
  storeId: string;
  storeCountry: string;
  now: () => Date;
  userId: string | null;
  log: Logger;
}

export type Outcome = 'created' | 'updated' | 'unchanged' | 'waiting';

interface MatchedProduct {
  id: string;
  sku: string;
  gtin: string | null;
  vatCategory: VatCategory;
  digital: boolean;
}

/** Products of the store matched by GTIN (any zero-padding), then by SKU (any case). */
export class ProductMatcher {
  private constructor(
    private readonly byGtin: Map<string, MatchedProduct>,
    private readonly bySku: Map<string, MatchedProduct>,
  ) {}

  static async forShipments(em: EntityManager, storeId: string, shipments: LsShipment[]): Promise<ProductMatcher> {
    const gtins = new Set<string>();
    const skus = new Set<string>();
    for (const u of shipments.flatMap((s) => s.units)) {
      if (u.gtin && /^\d{8,14}$/.test(u.gtin))
        for (const n of [8, 12, 13, 14]) gtins.add(normGtin(u.gtin).padStart(n, '0'));
      if (u.sku) skus.add(u.sku.toUpperCase());
    }
    const rows =
      gtins.size || skus.size
        ? await em.execute<
            { id: string; sku: string; gtin: string | null; vat_category: VatCategory; digital: boolean }[]
          >(
            `select id, sku, gtin, vat_category, digital from product
              where store_id = ? and (gtin in (?) or upper(sku) in (?))`,
            [storeId, gtins.size ? [...gtins] : [''], skus.size ? [...skus] : ['']],
          )
        : [];
    const byGtin = new Map<string, MatchedProduct>();
    const bySku = new Map<string, MatchedProduct>();
    for (const r of rows) {
      const p = { id: r.id, sku: r.sku, gtin: r.gtin, vatCategory: r.vat_category, digital: r.digital };
      if (r.gtin) byGtin.set(normGtin(r.gtin), p);
      bySku.set(r.sku.toUpperCase(), p);
    }
    return new ProductMatcher(byGtin, bySku);
  }

  match(u: LsUnit): MatchedProduct | null {
    return (u.gtin && this.byGtin.get(normGtin(u.gtin))) || (u.sku && this.bySku.get(u.sku.toUpperCase())) || null;
  }
}

const normGtin = (g: string) => g.replace(/^0+/, '');

/** A line's state in one word: open while any unit is open. */
export function summarizeUnits(states: ItemState[]): ItemState {
  if (states.includes(ItemState.UNCONFIRMED)) return ItemState.UNCONFIRMED;
  const live = states.filter((s) => s !== ItemState.CONFIRMED_UNAVAILABLE);
  if (!live.length) return ItemState.CONFIRMED_UNAVAILABLE;
  return live.every((s) => s === ItemState.RETURNED) ? ItemState.RETURNED : ItemState.CONFIRMED_AVAILABLE;
}

/** The contract's mapping: unconfirmed → pending, confirmed → processing, declined → cancelled, tracking → shipped. */
export function statusFor(s: Pick<ShipmentFacts, 'state' | 'tracking'>): OrderStatus {
  if (s.state === 'declined') return OrderStatus.CANCELLED;
  if (s.state === 'confirmed') return s.tracking ? OrderStatus.SHIPPED : OrderStatus.PROCESSING;
  return OrderStatus.PENDING;
}

const liveQuantity = (states: ItemState[]) => states.filter((s) => s !== ItemState.CONFIRMED_UNAVAILABLE).length;
const toAddress = (a: LsAddress): Address => ({ ...a, country: a.country || 'LU' });
const LANGUAGES = new Set<string>(Object.values(CustomerLanguage));

/**
 * Turns one Letzshop shipment into an order, or brings the existing order up to date, in one
 * transaction. Keyed by the shipment id (unique per store) and each unit id: a re-run, a repeated
 * node or a resumed run never makes a second order or line.
 */
export async function importShipment(
  deps: ImportDeps,
  s: LsShipment,
  products: ProductMatcher,
  known: { id: string; fingerprint: string | null } | undefined,
): Promise<Outcome> {
  if (known?.fingerprint === s.fingerprint) return 'unchanged';
  try {
    return await deps.em.transactional((em) =>
      known ? updateOrder(deps, em, known.id, s, products) : createOrder(deps, em, s, products),
    );
  } catch (err) {
    if (err instanceof TierLimitError) return 'waiting';
    // Two runs raced to create the same shipment: the other one won; bring it up to date.
    if ((err as { code?: string }).code === '23505' && !known) {
      const [row] = await deps.em.execute<{ id: string }[]>(
        'select id from customer_order where store_id = ? and external_shipment_id = ?',
        [deps.storeId, s.id],
      );
      if (row) return deps.em.transactional((em) => updateOrder(deps, em, row.id, s, products));
    }
    throw err;
  } finally {
    deps.em.clear();
  }
}

export interface LineDraft {
  units: LsUnit[];
  product: MatchedProduct | null;
}

function groupLines(s: LsShipment, products: ProductMatcher): LineDraft[] {
  const groups = new Map<string, LineDraft>();
  for (const u of s.units) {
    const key = `${u.variantId}|${u.priceCents}`;
    const g = groups.get(key) ?? { units: [], product: products.match(u) };
    g.units.push(u);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function totalsFor(
  lines: { unitPriceCents: number; quantity: number; vatCategory: VatCategory }[],
  country: string,
  at: Date,
  shippingCents: number,
  discountCents: number,
) {
  return computeOrderTotals(
    lines
      .filter((l) => l.quantity > 0)
      .map((l) => ({
        unitPriceCents: l.unitPriceCents,
        quantity: l.quantity,
        rateBp: domesticRateBp(country, l.vatCategory, at),
      })),
    shippingCents,
    discountCents,
  );
}

export interface OrderDraft {
  s: LsShipment;
  status: OrderStatus;
  orderedAt: Date;
  changedAt: Date;
  ship: Address;
  bill: Address;
  email: string;
  name: string;
  locale: CustomerLanguage;
  totals: ReturnType<typeof totalsFor>;
  lines: { draft: LineDraft; quantity: number; vatCategory: VatCategory }[];
  /** Stock this order holds (open orders only): per line index, the units to reserve. */
  holdsStock: boolean;
}

/** Everything about a new order that needs no database: status, money, addresses, lines. */
export function draftOrder(
  deps: Pick<ImportDeps, 'storeCountry' | 'now'>,
  s: LsShipment,
  products: ProductMatcher,
): OrderDraft {
  const drafts = groupLines(s, products);
  const orderedAt = s.completedAt ?? deps.now();
  const changedAt = typeof s.raw.updatedAt === 'string' ? new Date(s.raw.updatedAt) : deps.now();
  let status = statusFor(s);
  if (status === OrderStatus.SHIPPED && summarizeUnits(s.units.map((u) => u.state)) === ItemState.RETURNED) {
    status = OrderStatus.REFUNDED;
  }
  const unitsSum = s.units.reduce((sum, u) => sum + u.priceCents, 0);
  const shippingCents = Math.max(0, s.totalCents - unitsSum);
  const discountCents = Math.max(0, unitsSum - s.totalCents);
  const lines = drafts.map((d) => ({
    draft: d,
    quantity: liveQuantity(d.units.map((u) => u.state)),
    vatCategory: d.product?.vatCategory ?? VatCategory.STANDARD,
  }));
  const totals = totalsFor(
    lines.map((l) => ({
      unitPriceCents: l.draft.units[0]!.priceCents,
      quantity: l.quantity,
      vatCategory: l.vatCategory,
    })),
    deps.storeCountry,
    orderedAt,
    shippingCents,
    Math.min(discountCents, unitsSum),
  );
  const ship = toAddress(s.shipAddress);
  const bill = toAddress(s.billAddress);
  const email = s.email ?? `${s.orderNumber.toLowerCase()}@letzshop.invalid`;
  return {
    s,
    status,
    orderedAt,
    changedAt,
    ship,
    bill,
    email,
    name: `${bill.firstName} ${bill.lastName}`.trim() || `${ship.firstName} ${ship.lastName}`.trim() || email,
    locale: s.locale && LANGUAGES.has(s.locale) ? (s.locale as CustomerLanguage) : CustomerLanguage.fr,
    totals,
    lines,
    holdsStock: status === OrderStatus.PENDING || status === OrderStatus.PROCESSING,
  };
}

/** Open units of a draft line that hold stock (none for unmatched or digital products). */
export const unitsToReserve = (d: OrderDraft, i: number): number => {
  const l = d.lines[i]!;
  if (!d.holdsStock || !l.draft.product || l.draft.product.digital) return 0;
  return l.draft.units.filter((u) => u.state === ItemState.UNCONFIRMED || u.state === ItemState.CONFIRMED_AVAILABLE)
    .length;
};

/** The order and line rows of a draft (not flushed). */
export function materialize(
  em: EntityManager,
  deps: Pick<ImportDeps, 'storeCountry' | 'storeId'>,
  d: OrderDraft,
  customerId: string,
  orderNumber: number,
) {
  const { s, status } = d;
  const order = em.create(Order, {
    store: deps.storeId,
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
    vatRegime: d.ship.country === deps.storeCountry ? 'domestic' : null,
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
      store: deps.storeId,
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

export function importedMessage(d: OrderDraft, lines: OrderLine[], shortages: string[]): string {
  const unmatched = lines.filter((l) => l.unmatchedProduct).map((l) => l.sku);
  return [
    `Imported from Letzshop (shipment ${d.s.number}, order ${d.s.orderNumber})`,
    unmatched.length ? `no product in the catalogue for ${unmatched.join(', ')}` : '',
    shortages.join('; '),
  ]
    .filter(Boolean)
    .join(' — ');
}

/** One new order in its own transaction: the careful path (and the fallback of the page path). */
async function createOrder(deps: ImportDeps, em: EntityManager, s: LsShipment, products: ProductMatcher) {
  const d = draftOrder(deps, s, products);
  const customer = await findOrCreateCustomer(em, deps.storeId, {
    email: d.email,
    firstName: d.bill.firstName || d.ship.firstName,
    lastName: d.bill.lastName || d.ship.lastName,
    phone: d.ship.phone ?? d.bill.phone,
    locale: d.locale,
    isGuest: true,
    address: d.ship,
  });
  const { order, lines } = materialize(em, deps, d, customer.id, 0);
  // Stock: an open order holds its units; one imported already shipped or closed left the
  // shelf before Orion knew about it, so it does not move stock. Lines in product order, as
  // every reservation locks stock rows in that order.
  const shortages: string[] = [];
  const stockCtx = { storeId: deps.storeId, userId: deps.userId, orderId: order.id };
  const byProduct = d.lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => (a.l.draft.product?.id ?? '').localeCompare(b.l.draft.product?.id ?? ''));
  for (const { l, i } of byProduct) {
    const want = unitsToReserve(d, i);
    if (!want) continue;
    const r = await reserveForLine(em, stockCtx, {
      orderLineId: lines[i]!.id,
      productId: l.draft.product!.id,
      sku: l.draft.product!.sku,
      quantity: want,
    });
    if (r.short) shortages.push(`only ${r.reserved} of ${want} × ${l.draft.product!.sku} in stock`);
  }
  // New work counts against the month's allowance; history already handled on Letzshop does not.
  if (s.state === 'unconfirmed') await consumeOrderAllowance(em, deps.storeId, deps.now());
  order.orderNumber = await nextInSequence(em, deps.storeId, 'order');
  event(em, deps, order, 'imported', importedMessage(d, lines, shortages), null, d.status);
  await em.flush();
  if (d.status !== OrderStatus.CANCELLED) {
    await applyOrderToCustomerStats(em, customer.id, {
      deltaOrders: 1,
      deltaSpentCents: d.status === OrderStatus.REFUNDED ? 0 : order.totalCents,
      orderedAt: d.orderedAt,
    });
  }
  return 'created' as const;
}

/** What Letzshop says about a shipment now (from a sync, or after it accepted one of our changes). */
export interface ShipmentFacts {
  state: LsShipment['state'];
  units: LsUnit[] | { id: string; state: ItemState }[];
  tracking: LsShipment['tracking'];
  /** Tracking we sent ourselves replaces ours; tracking read in a sync never does. */
  trackingFromUs?: boolean;
}

/** The contract's derived shipment state, from unit states. */
export function deriveShipmentState(states: ItemState[]): LsShipment['state'] {
  if (states.some((s) => s === ItemState.CONFIRMED_AVAILABLE || s === ItemState.RETURNED)) return 'confirmed';
  if (states.length && states.every((s) => s === ItemState.CONFIRMED_UNAVAILABLE)) return 'declined';
  return 'unconfirmed';
}

async function updateOrder(
  deps: ImportDeps,
  em: EntityManager,
  orderId: string,
  s: LsShipment,
  products: ProductMatcher,
) {
  const order = await em.findOneOrFail(
    Order,
    { id: orderId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['lines'] },
  );
  const changed = await applyShipmentFacts(deps, em, order, s, products);
  order.externalState = s.state;
  order.externalFingerprint = s.fingerprint;
  order.externalData = s.raw;
  await em.flush();
  return changed ? ('updated' as const) : ('unchanged' as const);
}

/**
 * Brings a locked order (lines loaded) in line with Letzshop: unit states with their stock
 * effects, quantities and totals, and the status, forward only. Writes one timeline entry.
 * Returns whether anything changed.
 */
export async function applyShipmentFacts(
  deps: ImportDeps,
  em: EntityManager,
  order: Order,
  s: ShipmentFacts,
  products: ProductMatcher | null,
  note?: string,
): Promise<boolean> {
  const stockCtx = { storeId: deps.storeId, userId: deps.userId, orderId: order.id };
  const holdsStock = () => order.status === OrderStatus.PENDING || order.status === OrderStatus.PROCESSING;
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
        store: deps.storeId,
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
    const productId = line.product?.id;
    if (!productId) continue;
    if (u.state === ItemState.CONFIRMED_UNAVAILABLE) {
      if (holdsStock()) await releaseLineUnits(em, stockCtx, line.id, 1);
    } else if (u.state === ItemState.RETURNED) {
      if (holdsStock()) await releaseLineUnits(em, stockCtx, line.id, 1);
      else if (order.status === OrderStatus.SHIPPED || order.status === OrderStatus.DELIVERED) {
        await restockReturnedUnits(em, stockCtx, line.id, 1);
      }
    } else if (before === ItemState.CONFIRMED_UNAVAILABLE && holdsStock()) {
      await reserveForLine(em, stockCtx, { orderLineId: line.id, productId, sku: line.sku, quantity: 1 });
    }
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
    const totals = totalsFor(lines, deps.storeCountry, order.orderedAt, order.shippingCents, order.discountCents);
    order.subtotalCents = totals.subtotalCents;
    order.taxCents = totals.taxCents;
    order.totalCents = Math.max(0, totals.totalCents);
  }

  const target = statusFor(s);
  const from = order.status;
  const at = deps.now();
  if (target === OrderStatus.CANCELLED && holdsStock()) {
    await settleReservations(em, stockCtx, 'release');
    order.status = OrderStatus.CANCELLED;
    order.cancelledAt = at;
  } else if (from === OrderStatus.PENDING && (target === OrderStatus.PROCESSING || target === OrderStatus.SHIPPED)) {
    order.status = OrderStatus.PROCESSING;
    order.confirmedAt = at;
  }
  if (target === OrderStatus.SHIPPED && s.tracking) {
    if (order.status === OrderStatus.PROCESSING) {
      await settleReservations(em, stockCtx, 'fulfil');
      order.status = OrderStatus.SHIPPED;
      order.shippedAt = at;
    }
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
    order.status = OrderStatus.REFUNDED;
  }
  if (order.status !== from) changes.push(`status ${from} → ${order.status}`);
  if (!changes.length) return false;
  const message = `${note ?? 'Letzshop'}: ${changes.join('; ')}`;
  event(em, deps, order, order.status !== from ? 'status_changed' : 'letzshop_update', message, from, order.status);
  await em.flush();
  if (quantitiesChanged || order.status !== from) await recomputeCustomerStats(em, order.customer.id);
  return true;
}

export function event(
  em: EntityManager,
  deps: ImportDeps,
  order: Order,
  kind: string,
  message: string,
  from: OrderStatus | null,
  to: OrderStatus | null,
) {
  em.create(OrderEvent, {
    store: deps.storeId,
    order,
    user: deps.userId,
    kind,
    message,
    fromStatus: from,
    toStatus: to,
  });
}
