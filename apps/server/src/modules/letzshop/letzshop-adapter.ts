import crypto from 'node:crypto';
import { toCountryCode } from '../common/country.js';
import { parseEuros } from '../common/money.js';
import { ItemState } from '../orders/order-enums.js';

/**
 * Everything that depends on the shape of Letzshop's seller API lives here: the GraphQL
 * documents we send and the mapping of answers to our own types. Where the contract marks a
 * shape [assumed] (pagination arguments, tracking, returns, money as JSON numbers), a change on
 * Letzshop's side is a change in this file only.
 */

export type ShipmentState = 'unconfirmed' | 'confirmed' | 'declined';

export interface LsAddress {
  firstName: string;
  lastName: string;
  company: string | null;
  street: string;
  streetNumber: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone: string | null;
}

export interface LsUnit {
  id: string;
  state: ItemState;
  variantId: string;
  sku: string | null;
  gtin: string | null;
  priceCents: number;
  name: string;
}

export interface LsShipment {
  id: string;
  number: string;
  state: ShipmentState;
  orderId: string;
  orderNumber: string;
  email: string | null;
  totalCents: number;
  completedAt: Date | null;
  locale: string | null;
  shipAddress: LsAddress;
  billAddress: LsAddress;
  units: LsUnit[];
  tracking: { code: string; provider: string } | null;
  /** A digest of the answer: equal digests mean nothing changed since the last sync. */
  fingerprint: string;
  raw: Record<string, unknown>;
  /** Why this shipment cannot be imported (e.g. an unknown country): it fails alone, the page goes on. */
  problem: string | null;
}

export interface ShipmentPage {
  shipments: LsShipment[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ShipmentQuery {
  state?: ShipmentState;
  completedSince?: string;
  updatedSince?: string;
}

const ADDRESS = 'firstName lastName company streetName streetNumber city zipCode phone country { name iso }';

export const SHIPMENTS_QUERY = `query OrionShipments($state: ShipmentStateEnum, $first: Int, $after: String, $completedSince: String, $updatedSince: String) {
  shipments(state: $state, first: $first, after: $after, completedSince: $completedSince, updatedSince: $updatedSince) {
    nodes {
      id number state updatedAt
      order { id number email total completedAt locale shipAddress { ${ADDRESS} } billAddress { ${ADDRESS} } }
      inventoryUnits {
        id state
        variant {
          id sku mpn price
          tradeId { number parser }
          product { name { en fr de } _brand { ... on Brand { name } ... on BrandUnknown { name } } }
        }
      }
      tracking { code provider }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const CONFIRM_MUTATION = `mutation OrionConfirm($input: ConfirmInventoryUnitsInput!) {
  confirmInventoryUnits(input: $input) { inventoryUnits { id state } errors { id code message } }
}`;

export const TRACKING_MUTATION = `mutation OrionTrack($input: SetShipmentTrackingInput!) {
  setShipmentTracking(input: $input) { shipment { id tracking { code provider } } errors { code message } }
}`;

export const RETURN_MUTATION = `mutation OrionReturn($input: ReturnInventoryUnitsInput!) {
  returnInventoryUnits(input: $input) { inventoryUnits { id state } errors { id code message } }
}`;

/** An answer that does not have the shape the contract promises. */
export class UnexpectedAnswerError extends Error {}

type Json = Record<string, unknown>;
const obj = (v: unknown, what: string): Json => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UnexpectedAnswerError(`${what} is missing`);
  return v as Json;
};
const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || !v) throw new UnexpectedAnswerError(`${what} is missing`);
  return v;
};
const optStr = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Decimal EUR (a JSON number or string) → integer cents, half-up, once, at the boundary. */
export function eurosToCents(v: unknown, what: string): number {
  if (typeof v !== 'number' && typeof v !== 'string') throw new UnexpectedAnswerError(`${what} is not an amount`);
  const s = typeof v === 'number' ? v.toFixed(3) : v.trim();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new UnexpectedAnswerError(`${what} is not an amount: ${String(v)}`);
  const exact = parseEuros(`${m[1]}.${(m[2] ?? '').slice(0, 2)}`);
  if (exact === null) throw new UnexpectedAnswerError(`${what} is too large: ${String(v)}`);
  return exact + ((m[2] ?? '')[2] !== undefined && Number((m[2] ?? '')[2]) >= 5 ? 1 : 0);
}

const UNIT_STATES = new Set<string>(Object.values(ItemState));
const SHIPMENT_STATES = new Set<string>(['unconfirmed', 'confirmed', 'declined']);

/** An address, and the country code Letzshop gave when it is not an ISO 3166-1 one. */
function toAddress(v: unknown, what: string): LsAddress & { unknownCountry?: string } {
  const a = obj(v, what);
  const country = a.country && typeof a.country === 'object' ? (a.country as Json) : {};
  const iso = optStr(country.iso);
  const code = iso === null ? '' : toCountryCode(iso);
  return {
    firstName: optStr(a.firstName) ?? '',
    lastName: optStr(a.lastName) ?? '',
    company: optStr(a.company),
    street: optStr(a.streetName) ?? '',
    streetNumber: optStr(a.streetNumber),
    postalCode: optStr(a.zipCode) ?? '',
    city: optStr(a.city) ?? '',
    country: code ?? '',
    phone: optStr(a.phone),
    ...(code === null ? { unknownCountry: iso! } : {}),
  };
}

function toUnit(v: unknown, i: number, shipmentId: string): LsUnit {
  const u = obj(v, `shipment ${shipmentId} unit ${i}`);
  const id = str(u.id, `shipment ${shipmentId} unit ${i} id`);
  const state = str(u.state, `unit ${id} state`);
  if (!UNIT_STATES.has(state)) throw new UnexpectedAnswerError(`unit ${id} has an unknown state "${state}"`);
  const variant = obj(u.variant, `unit ${id} variant`);
  const tradeId = variant.tradeId && typeof variant.tradeId === 'object' ? (variant.tradeId as Json) : null;
  const product = variant.product && typeof variant.product === 'object' ? (variant.product as Json) : {};
  const names = product.name && typeof product.name === 'object' ? (product.name as Json) : {};
  const brand = product._brand && typeof product._brand === 'object' ? optStr((product._brand as Json).name) : null;
  const sku = optStr(variant.sku);
  const name = optStr(names.en) ?? optStr(names.fr) ?? optStr(names.de) ?? sku ?? `Letzshop variant ${variant.id}`;
  return {
    id,
    state: state as ItemState,
    variantId: str(variant.id, `unit ${id} variant id`),
    sku,
    gtin: tradeId ? optStr(tradeId.number) : null,
    priceCents: eurosToCents(variant.price, `unit ${id} price`),
    name: brand && !name.includes(brand) ? `${brand} – ${name}` : name,
  };
}

export function toShipment(v: unknown): LsShipment {
  const s = obj(v, 'shipment');
  const id = str(s.id, 'shipment id');
  const state = str(s.state, `shipment ${id} state`);
  if (!SHIPMENT_STATES.has(state)) throw new UnexpectedAnswerError(`shipment ${id} has an unknown state "${state}"`);
  const order = obj(s.order, `shipment ${id} order`);
  const units = s.inventoryUnits;
  if (!Array.isArray(units) || units.length === 0) throw new UnexpectedAnswerError(`shipment ${id} has no units`);
  const tracking = s.tracking && typeof s.tracking === 'object' ? (s.tracking as Json) : null;
  const completedAt = optStr(order.completedAt);
  const when = completedAt ? new Date(completedAt) : null;
  if (when && Number.isNaN(when.getTime())) throw new UnexpectedAnswerError(`shipment ${id} has a bad date`);
  const { unknownCountry: shipCountry, ...ship } = toAddress(order.shipAddress, `shipment ${id} ship address`);
  const { unknownCountry: billCountry, ...bill } = order.billAddress
    ? toAddress(order.billAddress, `shipment ${id} bill address`)
    : { ...ship, unknownCountry: undefined };
  const unknown = shipCountry ?? billCountry;
  return {
    id,
    number: optStr(s.number) ?? id,
    state: state as ShipmentState,
    orderId: str(order.id, `shipment ${id} order id`),
    orderNumber: optStr(order.number) ?? id,
    email: optStr(order.email),
    totalCents: eurosToCents(order.total, `shipment ${id} total`),
    completedAt: when,
    locale: optStr(order.locale),
    shipAddress: ship,
    billAddress: bill,
    units: units.map((u, i) => toUnit(u, i, id)),
    tracking:
      tracking && optStr(tracking.code)
        ? { code: optStr(tracking.code)!, provider: optStr(tracking.provider) ?? '' }
        : null,
    fingerprint: crypto.createHash('sha256').update(JSON.stringify(s)).digest('base64url'),
    raw: s,
    problem:
      unknown === undefined
        ? null
        : `the ${shipCountry !== undefined ? 'shipping' : 'billing'} address has an unknown country code ${JSON.stringify(unknown)} (ISO 3166-1 alpha-2 expected)`,
  };
}

export function toShipmentPage(data: unknown): ShipmentPage {
  const conn = obj(obj(data, 'data').shipments, 'shipments');
  if (!Array.isArray(conn.nodes)) throw new UnexpectedAnswerError('shipments.nodes is missing');
  const pageInfo = obj(conn.pageInfo, 'shipments.pageInfo');
  return {
    shipments: conn.nodes.map(toShipment),
    hasNextPage: pageInfo.hasNextPage === true,
    endCursor: optStr(pageInfo.endCursor),
  };
}

export interface UnitError {
  unitId: string | null;
  code: string;
  message: string;
}

export interface UnitsResult {
  units: { id: string; state: ItemState }[];
  errors: UnitError[];
}

export function toUnitsResult(data: unknown, field: 'confirmInventoryUnits' | 'returnInventoryUnits'): UnitsResult {
  const p = obj(obj(data, 'data')[field], field);
  const units = Array.isArray(p.inventoryUnits) ? p.inventoryUnits : [];
  const errors = Array.isArray(p.errors) ? p.errors : [];
  return {
    units: units.map((u) => {
      const x = obj(u, 'unit');
      return { id: str(x.id, 'unit id'), state: str(x.state, 'unit state') as ItemState };
    }),
    errors: errors.map((e) => {
      const x = obj(e, 'error');
      return { unitId: optStr(x.id), code: optStr(x.code) ?? 'ERROR', message: optStr(x.message) ?? 'refused' };
    }),
  };
}

export function toTrackingResult(data: unknown): { ok: boolean; errors: UnitError[] } {
  const p = obj(obj(data, 'data').setShipmentTracking, 'setShipmentTracking');
  const errors = (Array.isArray(p.errors) ? p.errors : []).map((e) => {
    const x = obj(e, 'error');
    return { unitId: null, code: optStr(x.code) ?? 'ERROR', message: optStr(x.message) ?? 'refused' };
  });
  return { ok: !errors.length && !!p.shipment, errors };
}
