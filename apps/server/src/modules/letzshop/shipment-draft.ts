import { VatCategory } from '../catalog/vat-category.js';
import type { Address } from '../customers/address.js';
import { CustomerLanguage } from '../customers/customer.entity.js';
import { ItemState, OrderStatus } from '../orders/order-enums.js';
import { computeOrderTotals } from '../orders/order-totals.js';
import { holdsStock } from '../orders/order-status.js';
import { domesticRateBp } from '../orders/order-vat.js';
import type { LsAddress, LsShipment, LsUnit } from './letzshop-adapter.js';

/**
 * Pure: what a Letzshop shipment means for an order — status, money, addresses, lines, the
 * stock it should hold — with no database. The import (shipment-import.ts, page-import.ts)
 * writes what this drafts.
 */

export interface MatchedProduct {
  id: string;
  sku: string;
  gtin: string | null;
  vatCategory: VatCategory;
  digital: boolean;
}

/** Finds the catalogue product of a Letzshop unit (see ProductMatcher). */
export interface UnitMatcher {
  match(u: LsUnit): MatchedProduct | null;
}

/** A line's state in one word: open while any unit is open. */
export function summarizeUnits(states: ItemState[]): ItemState {
  if (states.includes(ItemState.UNCONFIRMED)) return ItemState.UNCONFIRMED;
  const live = states.filter((s) => s !== ItemState.CONFIRMED_UNAVAILABLE);
  if (!live.length) return ItemState.CONFIRMED_UNAVAILABLE;
  return live.every((s) => s === ItemState.RETURNED) ? ItemState.RETURNED : ItemState.CONFIRMED_AVAILABLE;
}

/** What Letzshop says about a shipment now (from a sync, or after it accepted one of our changes). */
export interface ShipmentFacts {
  state: LsShipment['state'];
  units: LsUnit[] | { id: string; state: ItemState }[];
  tracking: LsShipment['tracking'];
  /** Tracking we sent ourselves replaces ours; tracking read in a sync never does. */
  trackingFromUs?: boolean;
}

/** The contract's mapping: unconfirmed → pending, confirmed → processing, declined → cancelled, tracking → shipped. */
export function statusFor(s: Pick<ShipmentFacts, 'state' | 'tracking'>): OrderStatus {
  if (s.state === 'declined') return OrderStatus.CANCELLED;
  if (s.state === 'confirmed') return s.tracking ? OrderStatus.SHIPPED : OrderStatus.PROCESSING;
  return OrderStatus.PENDING;
}

/** The contract's derived shipment state, from unit states. */
export function deriveShipmentState(states: ItemState[]): LsShipment['state'] {
  if (states.some((s) => s === ItemState.CONFIRMED_AVAILABLE || s === ItemState.RETURNED)) return 'confirmed';
  if (states.length && states.every((s) => s === ItemState.CONFIRMED_UNAVAILABLE)) return 'declined';
  return 'unconfirmed';
}

/** Units that count on the order (declined ones do not). */
export const liveQuantity = (states: ItemState[]) => states.filter((s) => s !== ItemState.CONFIRMED_UNAVAILABLE).length;

const toAddress = (a: LsAddress): Address => ({ ...a, country: a.country || 'LU' });
const LANGUAGES = new Set<string>(Object.values(CustomerLanguage));

export interface LineDraft {
  units: LsUnit[];
  product: MatchedProduct | null;
}

/** Units of one variant at one price make one line. */
export function groupLines(s: LsShipment, products: UnitMatcher): LineDraft[] {
  const groups = new Map<string, LineDraft>();
  for (const u of s.units) {
    const key = `${u.variantId}|${u.priceCents}`;
    const g = groups.get(key) ?? { units: [], product: products.match(u) };
    g.units.push(u);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function totalsFor(
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
  /** Whether the order holds stock (open orders only); per line, `unitsToReserve`. */
  holdsStock: boolean;
}

/** Everything about a new order that needs no database: status, money, addresses, lines. */
export function draftOrder(
  scope: { storeCountry: string; now: Date },
  s: LsShipment,
  products: UnitMatcher,
): OrderDraft {
  const drafts = groupLines(s, products);
  const orderedAt = s.completedAt ?? scope.now;
  const changedAt = typeof s.raw.updatedAt === 'string' ? new Date(s.raw.updatedAt) : scope.now;
  let status = statusFor(s);
  if (status === OrderStatus.SHIPPED && summarizeUnits(s.units.map((u) => u.state)) === ItemState.RETURNED) {
    status = OrderStatus.REFUNDED;
  }
  // Letzshop's own arithmetic (its total against its unit prices), not user input.
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
    scope.storeCountry,
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
    holdsStock: holdsStock(status),
  };
}

/** Open units of a draft line that hold stock (none for unmatched or digital products). */
export const unitsToReserve = (d: OrderDraft, i: number): number => {
  const l = d.lines[i]!;
  if (!d.holdsStock || !l.draft.product || l.draft.product.digital) return 0;
  return l.draft.units.filter((u) => u.state === ItemState.UNCONFIRMED || u.state === ItemState.CONFIRMED_AVAILABLE)
    .length;
};

/** The first timeline entry of an imported order. */
export function importedMessage(
  d: OrderDraft,
  lines: { sku: string; unmatchedProduct: boolean }[],
  shortages: string[],
): string {
  const unmatched = lines.filter((l) => l.unmatchedProduct).map((l) => l.sku);
  return [
    `Imported from Letzshop (shipment ${d.s.number}, order ${d.s.orderNumber})`,
    unmatched.length ? `no product in the catalogue for ${unmatched.join(', ')}` : '',
    shortages.join('; '),
  ]
    .filter(Boolean)
    .join(' — ');
}
