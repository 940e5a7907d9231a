import type { TradeIdParser } from './catalogue.js';

export type ShipmentState = 'unconfirmed' | 'confirmed' | 'declined';
export type InventoryUnitState = 'unconfirmed' | 'confirmed_available' | 'confirmed_unavailable' | 'returned';
export type Locale = 'en' | 'fr' | 'de';

export const SHIPMENT_STATES: readonly ShipmentState[] = ['unconfirmed', 'confirmed', 'declined'];
export const INVENTORY_UNIT_STATES: readonly InventoryUnitState[] = [
  'unconfirmed',
  'confirmed_available',
  'confirmed_unavailable',
  'returned',
];

export interface CountryRecord {
  name: string;
  iso: string;
}

export interface AddressRecord {
  firstName: string;
  lastName: string;
  company: string | null;
  streetName: string;
  streetNumber: string | null;
  city: string;
  zipCode: string;
  phone: string | null;
  country: CountryRecord;
}

export type BrandRecord =
  | { __typename: 'Brand'; id: string; name: string }
  | { __typename: 'BrandUnknown'; name: string };

export interface VariantRecord {
  id: string;
  sku: string | null;
  mpn: string | null;
  /** EUR, VAT included, at most 2 decimals. */
  price: number;
  priceCents: number;
  tradeId: { number: string; parser: TradeIdParser } | null;
  product: {
    name: { en: string | null; fr: string | null; de: string | null };
    _brand: BrandRecord | null;
  };
}

export interface InventoryUnitRecord {
  id: string;
  state: InventoryUnitState;
  variant: VariantRecord;
  shipmentId: string;
}

export interface OrderRecord {
  id: string;
  number: string;
  email: string;
  /** EUR decimal = sum of unit prices (+ shippingFeeCents if configured). */
  total: number;
  totalCents: number;
  /** ISO 8601, UTC, e.g. 2026-10-03T09:12:44Z */
  completedAt: string;
  completedAtMs: number;
  locale: Locale;
  shipAddress: AddressRecord;
  billAddress: AddressRecord;
}

export interface TrackingRecord {
  code: string;
  provider: string;
}

export interface ShipmentRecord {
  /** Creation sequence (1-based); the stable pagination order. */
  seq: number;
  id: string;
  number: string;
  /** Derived from the units; kept up to date by the store. */
  state: ShipmentState;
  order: OrderRecord;
  inventoryUnits: InventoryUnitRecord[];
  tracking: TrackingRecord | null;
  /** [assumed] ISO 8601: last change (creation = order.completedAt). */
  updatedAt: string;
  updatedAtMs: number;
}

/** Derives a shipment state from its units (the contract's rule). */
export function deriveShipmentState(units: readonly { state: InventoryUnitState }[]): ShipmentState {
  let allUnavailable = units.length > 0;
  for (const unit of units) {
    if (unit.state === 'confirmed_available' || unit.state === 'returned') return 'confirmed';
    if (unit.state !== 'confirmed_unavailable') allUnavailable = false;
  }
  return allUnavailable ? 'declined' : 'unconfirmed';
}

/** ISO 8601 in UTC without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
