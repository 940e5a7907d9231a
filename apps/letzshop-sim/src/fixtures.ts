import {
  CATALOGUE,
  type CatalogueItem,
  type TradeIdParser,
  UNKNOWN_VARIANTS,
  type UnknownVariant,
} from './catalogue.js';
import { asciiSlug, COMPANY_NAMES, COUNTRIES, type CountryData, FIRST_NAMES, LAST_NAMES } from './places.js';
import { Prng } from './prng.js';
import {
  type AddressRecord,
  deriveShipmentState,
  INVENTORY_UNIT_STATES,
  type InventoryUnitRecord,
  type InventoryUnitState,
  isoSeconds,
  type Locale,
  type ShipmentRecord,
  type ShipmentState,
  type TrackingRecord,
  type VariantRecord,
} from './types.js';

const DAY_MS = 86_400_000;

/** Fixtures' `completedAt` dates are spread over this many days before `now`. */
export const FIXTURE_SPREAD_DAYS = 90;

/** Partial address accepted by {@link NewShipmentInput}. Missing fields are generated. */
export interface AddressInput {
  firstName?: string;
  lastName?: string;
  company?: string | null;
  streetName?: string;
  streetNumber?: string | null;
  city?: string;
  zipCode?: string;
  phone?: string | null;
  /** ISO 3166-1 alpha-2, e.g. "LU". */
  countryIso?: string;
  countryName?: string;
}

/** A variant not taken from the catalogue. */
export interface VariantInput {
  id?: string;
  sku?: string | null;
  mpn?: string | null;
  /** EUR decimal, VAT included. */
  price?: number;
  gtin?: string | null;
  parser?: TradeIdParser;
  name?: string | { en?: string | null; fr?: string | null; de?: string | null };
  brand?: string | null;
  brandKnown?: boolean;
}

export interface LineInput {
  /** Pick a known variant (catalogue or unknown list) by variant id, GTIN or SKU, in that order. */
  variantId?: string;
  gtin?: string;
  sku?: string;
  /** Or describe an ad-hoc variant. */
  variant?: VariantInput;
  /** Number of inventory units (pieces). Default 1. */
  quantity?: number;
  /** State of every unit of the line (default `unconfirmed`), or one state per unit. */
  state?: InventoryUnitState;
  states?: InventoryUnitState[];
}

/** Input to add a shipment. Everything is optional; missing parts are generated from the PRNG. */
export interface NewShipmentInput {
  id?: string;
  number?: string;
  orderId?: string;
  orderNumber?: string;
  email?: string;
  locale?: Locale;
  /** ISO date; default: the simulator clock (never before the last shipment's completedAt). */
  completedAt?: string;
  /** Lines; default: 1–4 generated lines, all units `unconfirmed`. */
  lines?: LineInput[];
  shipAddress?: AddressInput;
  /** Default: the ship address. */
  billAddress?: AddressInput;
  tracking?: TrackingRecord | null;
}

interface Customer {
  firstName: string;
  lastName: string;
  email: string;
  locale: Locale;
  country: CountryData;
  address: AddressRecord;
}

const SHIPMENT_STATE_WEIGHTS: readonly (readonly [ShipmentState, number])[] = [
  ['unconfirmed', 65],
  ['confirmed', 27],
  ['declined', 8],
];
const DISTINCT_VARIANT_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 55],
  [2, 28],
  [3, 12],
  [4, 5],
];
const QUANTITY_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 80],
  [2, 15],
  [3, 5],
];
const TRACKING_PROVIDERS = ['post_lu', 'dpd', 'dhl', 'ups'] as const;

function variantFromCatalogue(item: CatalogueItem): VariantRecord {
  return {
    id: item.variantId,
    sku: item.sku,
    mpn: item.mpn,
    price: item.price,
    priceCents: item.priceCents,
    tradeId: { number: item.gtin, parser: item.parser },
    product: {
      name: { ...item.names },
      _brand: item.brandKnown
        ? { __typename: 'Brand', id: `brd_${asciiSlug(item.brand)}`, name: item.brand }
        : { __typename: 'BrandUnknown', name: item.brand },
    },
  };
}

function variantFromUnknown(item: UnknownVariant): VariantRecord {
  let brand: VariantRecord['product']['_brand'] = null;
  if (item.brand !== null) {
    brand = item.brandKnown
      ? { __typename: 'Brand', id: `brd_${asciiSlug(item.brand)}`, name: item.brand }
      : { __typename: 'BrandUnknown', name: item.brand };
  }
  return {
    id: item.variantId,
    sku: item.sku,
    mpn: item.mpn,
    price: item.price,
    priceCents: item.priceCents,
    tradeId: item.tradeId ? { ...item.tradeId } : null,
    product: { name: { ...item.names }, _brand: brand },
  };
}

/** Shared variant records (one object per variant, reused by every unit). */
const CATALOGUE_VARIANTS: readonly VariantRecord[] = CATALOGUE.map(variantFromCatalogue);
const UNKNOWN_VARIANT_RECORDS: readonly VariantRecord[] = UNKNOWN_VARIANTS.map(variantFromUnknown);
const ALL_KNOWN_VARIANTS: readonly VariantRecord[] = [...CATALOGUE_VARIANTS, ...UNKNOWN_VARIANT_RECORDS];

export function findKnownVariant(line: { variantId?: string; gtin?: string; sku?: string }): VariantRecord | undefined {
  if (line.variantId) return ALL_KNOWN_VARIANTS.find((v) => v.id === line.variantId);
  if (line.gtin) return ALL_KNOWN_VARIANTS.find((v) => v.tradeId?.number === line.gtin);
  if (line.sku) return CATALOGUE_VARIANTS.find((v) => v.sku === line.sku);
  return undefined;
}

export function toCents(eur: number): number {
  if (!Number.isFinite(eur) || eur < 0) throw new Error(`invalid price: ${eur}`);
  return Math.round(eur * 100);
}

export interface GeneratorOptions {
  seed: number;
  /** Base date: fixtures' completedAt lie in [now − 90 days, now]. */
  now: Date;
  /** Flat shipping fee added to every order total (default 0: total = sum of unit prices). */
  shippingFeeCents: number;
}

/**
 * Deterministic fixture generator. The same seed and the same sequence of calls produce the same
 * shipments (ids, numbers, names, states).
 */
export class FixtureGenerator {
  readonly rng: Prng;
  private readonly usedIds = new Set<string>();
  private readonly usedNumbers = new Set<string>();
  private readonly usedEmails = new Set<string>();
  private readonly customers: Customer[] = [];

  constructor(private readonly options: GeneratorOptions) {
    this.rng = new Prng(options.seed);
  }

  /** Generates `count` shipments with completedAt spread over the 90 days before `now`, ascending. */
  generate(count: number, firstSeq = 1): ShipmentRecord[] {
    const nowMs = this.options.now.getTime();
    const spread = FIXTURE_SPREAD_DAYS * DAY_MS;
    const offsets = new Float64Array(count);
    for (let i = 0; i < count; i++) offsets[i] = Math.floor(this.rng.next() * spread);
    offsets.sort();
    // Exact proportions (65 % unconfirmed, 27 % confirmed, 8 % declined), in shuffled order.
    const targets: ShipmentState[] = [];
    const totalWeight = SHIPMENT_STATE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
    for (const [state, weight] of SHIPMENT_STATE_WEIGHTS.slice(1)) {
      const n = Math.round((count * weight) / totalWeight);
      for (let i = 0; i < n && targets.length < count; i++) targets.push(state);
    }
    while (targets.length < count) targets.push(SHIPMENT_STATE_WEIGHTS[0][0]);
    for (let i = targets.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i);
      [targets[i], targets[j]] = [targets[j], targets[i]];
    }
    const out: ShipmentRecord[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const completedAtMs = Math.floor((nowMs - spread + offsets[i]) / 1000) * 1000;
      out[i] = this.generateShipment(firstSeq + i, completedAtMs, targets[i]);
    }
    return out;
  }

  /** A generated shipment in the given target state. */
  generateShipment(seq: number, completedAtMs: number, target: ShipmentState): ShipmentRecord {
    const rng = this.rng;
    const customer = this.customer();
    const shipmentId = this.uniqueId('shp_');
    const units = this.generateUnits(shipmentId);
    let tracking: TrackingRecord | null = null;
    if (target === 'declined') {
      for (const u of units) u.state = 'confirmed_unavailable';
    } else if (target === 'confirmed') {
      for (const u of units) u.state = 'confirmed_available';
      if (units.length >= 2 && rng.bool(0.2)) units[rng.int(1, units.length - 1)].state = 'confirmed_unavailable';
      if (rng.bool(0.08)) {
        const available = units.filter((u) => u.state === 'confirmed_available');
        if (available.length > 0) rng.pick(available).state = 'returned';
      }
      if (rng.bool(0.6)) tracking = this.trackingCode();
    } else if (units.length >= 2 && rng.bool(0.05)) {
      // partially processed: one unit declined, the rest still open → still `unconfirmed`
      units[units.length - 1].state = 'confirmed_unavailable';
    }
    const shipAddress = customer.address;
    const billAddress = rng.bool(0.8)
      ? shipAddress
      : this.address(rng.bool(0.7) ? customer.country : COUNTRIES[0], customer, false);
    const updatedAtMs =
      target === 'unconfirmed'
        ? completedAtMs
        : Math.min(this.options.now.getTime(), completedAtMs + rng.int(600, 48 * 3600) * 1000);
    return this.assemble({
      seq,
      shipmentId,
      units,
      tracking,
      completedAtMs,
      updatedAtMs,
      email: customer.email,
      locale: customer.locale,
      shipAddress,
      billAddress,
    });
  }

  /** 1–4 distinct variants (90 % from the catalogue), 1–3 units each, all `unconfirmed`. */
  private generateUnits(shipmentId: string): InventoryUnitRecord[] {
    const rng = this.rng;
    const distinct = rng.weighted(DISTINCT_VARIANT_WEIGHTS);
    const variants: VariantRecord[] = [];
    while (variants.length < distinct) {
      const v = rng.bool(0.9) ? rng.pick(CATALOGUE_VARIANTS) : rng.pick(UNKNOWN_VARIANT_RECORDS);
      if (!variants.includes(v)) variants.push(v);
    }
    const units: InventoryUnitRecord[] = [];
    for (const variant of variants) {
      const quantity = rng.weighted(QUANTITY_WEIGHTS);
      for (let q = 0; q < quantity; q++) {
        units.push({ id: this.uniqueId('iu_'), state: 'unconfirmed', variant, shipmentId });
      }
    }
    return units;
  }

  /** Builds a shipment from a (partial) input; missing parts are generated. */
  fromInput(seq: number, input: NewShipmentInput, completedAtMs: number): ShipmentRecord {
    if (input.id !== undefined && !this.claimId(input.id)) {
      throw new InputError(`shipment id already exists: ${input.id}`);
    }
    const customer = this.customer();
    const shipmentId = input.id ?? this.uniqueId('shp_');
    const units: InventoryUnitRecord[] = [];
    if (input.lines && input.lines.length > 0) {
      for (const line of input.lines) {
        const variant = this.variantForLine(line);
        const quantity = line.quantity ?? line.states?.length ?? 1;
        if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1000) {
          throw new InputError(`invalid quantity: ${line.quantity}`);
        }
        if (line.states && line.states.length !== quantity) throw new InputError('states must have one entry per unit');
        for (let q = 0; q < quantity; q++) {
          const state = line.states?.[q] ?? line.state ?? 'unconfirmed';
          if (!INVENTORY_UNIT_STATES.includes(state)) throw new InputError(`invalid unit state: ${state}`);
          units.push({ id: this.uniqueId('iu_'), state, variant, shipmentId });
        }
      }
    } else {
      units.push(...this.generateUnits(shipmentId));
    }
    const shipAddress = this.addressFromInput(input.shipAddress, customer);
    const billAddress = input.billAddress ? this.addressFromInput(input.billAddress, customer) : shipAddress;
    if (input.locale !== undefined && !['en', 'fr', 'de'].includes(input.locale)) {
      throw new InputError(`invalid locale: ${input.locale}`);
    }
    const record = this.assemble({
      seq,
      shipmentId,
      units,
      tracking: input.tracking ? { code: input.tracking.code, provider: input.tracking.provider } : null,
      completedAtMs,
      updatedAtMs: completedAtMs,
      email: input.email ?? customer.email,
      locale: input.locale ?? customer.locale,
      shipAddress,
      billAddress,
      number: input.number,
      orderId: input.orderId,
      orderNumber: input.orderNumber,
    });
    return record;
  }

  private assemble(p: {
    seq: number;
    shipmentId: string;
    units: InventoryUnitRecord[];
    tracking: TrackingRecord | null;
    completedAtMs: number;
    updatedAtMs: number;
    email: string;
    locale: Locale;
    shipAddress: AddressRecord;
    billAddress: AddressRecord;
    number?: string;
    orderId?: string;
    orderNumber?: string;
  }): ShipmentRecord {
    let totalCents = this.options.shippingFeeCents;
    for (const u of p.units) totalCents += u.variant.priceCents;
    return {
      seq: p.seq,
      id: p.shipmentId,
      number: p.number ?? this.uniqueNumber('H'),
      state: deriveShipmentState(p.units),
      order: {
        id: p.orderId ?? this.uniqueId('ord_'),
        number: p.orderNumber ?? this.uniqueNumber('R'),
        email: p.email,
        total: totalCents / 100,
        totalCents,
        completedAt: isoSeconds(p.completedAtMs),
        completedAtMs: p.completedAtMs,
        locale: p.locale,
        shipAddress: p.shipAddress,
        billAddress: p.billAddress,
      },
      inventoryUnits: p.units,
      tracking: p.tracking,
      updatedAt: isoSeconds(p.updatedAtMs),
      updatedAtMs: p.updatedAtMs,
    };
  }

  private variantForLine(line: LineInput): VariantRecord {
    if (line.variant) {
      const v = line.variant;
      const priceCents = toCents(v.price ?? 10);
      const names =
        typeof v.name === 'string' || v.name === undefined
          ? { en: v.name ?? 'Ad-hoc product', fr: v.name ?? null, de: v.name ?? null }
          : { en: v.name.en ?? null, fr: v.name.fr ?? null, de: v.name.de ?? null };
      const gtin = v.gtin ?? null;
      return {
        id: v.id ?? this.uniqueId('var_'),
        sku: v.sku ?? null,
        mpn: v.mpn ?? null,
        price: priceCents / 100,
        priceCents,
        tradeId: gtin ? { number: gtin, parser: v.parser ?? guessParser(gtin) } : null,
        product: {
          name: names,
          _brand:
            v.brand === undefined || v.brand === null
              ? null
              : v.brandKnown === false
                ? { __typename: 'BrandUnknown', name: v.brand }
                : { __typename: 'Brand', id: `brd_${asciiSlug(v.brand)}`, name: v.brand },
        },
      };
    }
    const known = findKnownVariant(line);
    if (known) return known;
    if (line.gtin) {
      // an unknown GTIN: invent a variant for it
      return {
        id: this.uniqueId('var_'),
        sku: line.sku ?? null,
        mpn: null,
        price: 10,
        priceCents: 1000,
        tradeId: { number: line.gtin, parser: guessParser(line.gtin) },
        product: { name: { en: `Unknown product ${line.gtin}`, fr: null, de: null }, _brand: null },
      };
    }
    if (line.variantId || line.sku) throw new InputError(`unknown variant: ${line.variantId ?? line.sku}`);
    return this.rng.bool(0.9) ? this.rng.pick(CATALOGUE_VARIANTS) : this.rng.pick(UNKNOWN_VARIANT_RECORDS);
  }

  private customer(): Customer {
    const rng = this.rng;
    if (this.customers.length > 0 && rng.bool(0.3)) return rng.pick(this.customers);
    const country = rng.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const locale = rng.pick(country.locales);
    let local = `${asciiSlug(firstName)}.${asciiSlug(lastName)}`;
    let email = `${local}@${rng.pick(country.emailDomains)}`;
    while (this.usedEmails.has(email)) {
      local = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${rng.int(1, 9999)}`;
      email = `${local}@${rng.pick(country.emailDomains)}`;
    }
    this.usedEmails.add(email);
    const partial = { firstName, lastName, email, locale, country };
    const customer: Customer = { ...partial, address: this.address(country, partial) };
    this.customers.push(customer);
    return customer;
  }

  /** An address; `samePerson` false → 50 % chance of another recipient name (e.g. a gift or an employer). */
  private address(
    country: CountryData,
    person: { firstName: string; lastName: string },
    samePerson = true,
  ): AddressRecord {
    const rng = this.rng;
    const [city, zipPattern] = rng.pick(country.cities);
    let zipCode = fillPattern(zipPattern, rng);
    if (country.iso === 'LU' && rng.bool(0.1)) zipCode = `L-${zipCode}`;
    if (!samePerson) samePerson = rng.bool(0.5);
    const r = rng.next();
    const streetNumber =
      r < 0.04 ? null : r < 0.15 ? `${rng.int(1, 80)}${rng.pick(['a', 'b', 'A', ' bis'])}` : String(rng.int(1, 220));
    return {
      firstName: samePerson ? person.firstName : rng.pick(FIRST_NAMES),
      lastName: samePerson ? person.lastName : rng.pick(LAST_NAMES),
      company: rng.bool(0.12) ? rng.pick(COMPANY_NAMES) : null,
      streetName: rng.pick(country.streets),
      streetNumber,
      city,
      zipCode,
      phone: rng.bool(0.85) ? fillPattern(country.phone, rng) : null,
      country: { name: country.name, iso: country.iso },
    };
  }

  private addressFromInput(input: AddressInput | undefined, customer: Customer): AddressRecord {
    if (!input) return customer.address;
    let country: { name: string; iso: string } = customer.address.country;
    if (input.countryIso) {
      const iso = input.countryIso.toUpperCase();
      const known = COUNTRIES.find((c) => c.iso === iso);
      country = { iso, name: input.countryName ?? known?.name ?? iso };
    }
    const base = customer.address;
    return {
      firstName: input.firstName ?? base.firstName,
      lastName: input.lastName ?? base.lastName,
      company: input.company !== undefined ? input.company : base.company,
      streetName: input.streetName ?? base.streetName,
      streetNumber: input.streetNumber !== undefined ? input.streetNumber : base.streetNumber,
      city: input.city ?? base.city,
      zipCode: input.zipCode ?? base.zipCode,
      phone: input.phone !== undefined ? input.phone : base.phone,
      country,
    };
  }

  private trackingCode(): TrackingRecord {
    const rng = this.rng;
    const provider = rng.pick(TRACKING_PROVIDERS);
    switch (provider) {
      case 'post_lu':
        return { provider, code: `CC${rng.digits(9)}LU` };
      case 'dpd':
        return { provider, code: rng.digits(14) };
      case 'dhl':
        return { provider, code: rng.digits(10) };
      default:
        return { provider, code: `1Z${rng.chars(16, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}` };
    }
  }

  /** A fresh opaque id with the given prefix, never used before by this generator. */
  uniqueId(prefix: string): string {
    let id: string;
    do
      id =
        prefix +
        this.rng.nextUint32().toString(36).padStart(7, '0').slice(-6) +
        this.rng.nextUint32().toString(36).padStart(7, '0').slice(-6);
    while (this.usedIds.has(id));
    this.usedIds.add(id);
    return id;
  }

  /** Registers an id chosen by the caller; false when it already exists. */
  claimId(id: string): boolean {
    if (this.usedIds.has(id)) return false;
    this.usedIds.add(id);
    return true;
  }

  private uniqueNumber(prefix: string): string {
    let n: string;
    do n = prefix + String(this.rng.int(100_000_000, 999_999_999));
    while (this.usedNumbers.has(n));
    this.usedNumbers.add(n);
    return n;
  }
}

export class InputError extends Error {
  override name = 'InputError';
}

function fillPattern(pattern: string, rng: Prng): string {
  let out = '';
  for (const ch of pattern) out += ch === '#' ? String(rng.int(0, 9)) : ch;
  return out;
}

function guessParser(code: string): TradeIdParser {
  if (/^97[89]\d{10}$/.test(code)) return 'isbn13';
  if (/^\d{9}[\dX]$/.test(code)) return 'isbn10';
  if (code.length === 14) return 'gtin14';
  if (code.length === 12) return 'gtin12';
  if (code.length === 8) return 'gtin8';
  return 'gtin13';
}
