import { FixtureGenerator, type GeneratorOptions, InputError, type NewShipmentInput } from './fixtures.js';
import {
  deriveShipmentState,
  INVENTORY_UNIT_STATES,
  type InventoryUnitRecord,
  type InventoryUnitState,
  isoSeconds,
  SHIPMENT_STATES,
  type ShipmentRecord,
  type ShipmentState,
} from './types.js';

/** Error codes in mutation payloads. [assumed] */
export type UserErrorCode = 'NOT_FOUND' | 'INVALID_TRANSITION' | 'INVALID_INPUT' | 'INVALID_STATE';

export interface UserError {
  id: string | null;
  code: UserErrorCode;
  message: string;
}

export interface PageArgs {
  state?: ShipmentState | null;
  first?: number | null;
  after?: string | null;
  completedSince?: string | null;
  updatedSince?: string | null;
}

export interface Page {
  nodes: ShipmentRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface StateSummary {
  shipments: number;
  byState: Record<ShipmentState, number>;
  inventoryUnits: number;
  unitsByState: Record<InventoryUnitState, number>;
  withTracking: number;
  seed: number;
  now: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** Thrown for bad query arguments (becomes a GraphQL error with code BAD_USER_INPUT). */
export class ArgumentError extends Error {
  override name = 'ArgumentError';
}

export function encodeCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const m = /^seq:(\d{1,15})$/.exec(text);
  if (!m) throw new ArgumentError(`Invalid cursor: ${JSON.stringify(cursor)}`);
  return Number(m[1]);
}

function parseDate(value: string, argument: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new ArgumentError(`${argument} must be an ISO 8601 date or date-time, got ${JSON.stringify(value)}`);
  return ms;
}

export interface StoreOptions extends GeneratorOptions {
  shipments: number;
  clock: () => Date;
}

/**
 * In-memory state of the simulated Letzshop shop: shipments in creation order (the pagination
 * order), indexes by id, and the state-changing operations of the contract.
 */
export class SimulatorState {
  private list: ShipmentRecord[] = [];
  private byId = new Map<string, ShipmentRecord>();
  private unitsById = new Map<string, InventoryUnitRecord>();
  private generator!: FixtureGenerator;
  private options: StoreOptions;

  constructor(options: StoreOptions) {
    this.options = { ...options };
    this.reset(options.seed, options.shipments);
  }

  get seed(): number {
    return this.options.seed;
  }

  get now(): Date {
    return this.options.now;
  }

  /** Replaces all data with `shipments` freshly generated shipments from `seed`. */
  reset(seed: number = this.options.seed, shipments: number = this.options.shipments): void {
    if (!Number.isInteger(seed)) throw new InputError(`seed must be an integer, got ${seed}`);
    if (!Number.isInteger(shipments) || shipments < 0 || shipments > 1_000_000) {
      throw new InputError(`shipments must be an integer between 0 and 1000000, got ${shipments}`);
    }
    this.options.seed = seed;
    this.options.shipments = shipments;
    this.generator = new FixtureGenerator(this.options);
    this.list = [];
    this.byId = new Map();
    this.unitsById = new Map();
    for (const s of this.generator.generate(shipments, 1)) this.insert(s);
  }

  private insert(s: ShipmentRecord): void {
    this.list.push(s);
    this.byId.set(s.id, s);
    for (const u of s.inventoryUnits) this.unitsById.set(u.id, u);
  }

  /** All shipments in creation order (do not mutate the array). */
  all(): readonly ShipmentRecord[] {
    return this.list;
  }

  get size(): number {
    return this.list.length;
  }

  get(shipmentId: string): ShipmentRecord | undefined {
    return this.byId.get(shipmentId);
  }

  getUnit(unitId: string): InventoryUnitRecord | undefined {
    return this.unitsById.get(unitId);
  }

  /** Adds one shipment (generated when `input` is omitted); it goes to the end of the order. */
  addShipment(input: NewShipmentInput = {}): ShipmentRecord {
    const seq = this.list.length + 1;
    const last = this.list[this.list.length - 1];
    let completedAtMs: number;
    if (input.completedAt !== undefined) {
      completedAtMs = Date.parse(input.completedAt);
      if (Number.isNaN(completedAtMs)) throw new InputError(`invalid completedAt: ${input.completedAt}`);
    } else {
      completedAtMs = Math.max(this.options.clock().getTime(), last ? last.order.completedAtMs + 1000 : 0);
    }
    const record = this.generator.fromInput(seq, input, Math.floor(completedAtMs / 1000) * 1000);
    for (const u of record.inventoryUnits) {
      if (this.unitsById.has(u.id)) throw new InputError(`inventory unit id already exists: ${u.id}`);
    }
    this.insert(record);
    return record;
  }

  addShipments(countOrInputs: number | readonly NewShipmentInput[]): ShipmentRecord[] {
    if (typeof countOrInputs === 'number') {
      if (!Number.isInteger(countOrInputs) || countOrInputs < 0 || countOrInputs > 100_000) {
        throw new InputError(`count must be an integer between 0 and 100000, got ${countOrInputs}`);
      }
      return Array.from({ length: countOrInputs }, () => this.addShipment());
    }
    return countOrInputs.map((input) => this.addShipment(input));
  }

  /**
   * One page of shipments in creation order. `repeatOverlap` > 0 (the repeatNodes fault) starts the
   * page that many matching nodes before the cursor, so they repeat the end of the previous page.
   */
  page(args: PageArgs, repeatOverlap = 0): Page {
    let first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0)
      throw new ArgumentError(`first must be a non-negative integer, got ${first}`);
    first = Math.min(first, MAX_PAGE_SIZE);
    const state = args.state ?? null;
    if (state !== null && !SHIPMENT_STATES.includes(state)) throw new ArgumentError(`unknown state: ${state}`);
    const completedSince = args.completedSince ? parseDate(args.completedSince, 'completedSince') : null;
    const updatedSince = args.updatedSince ? parseDate(args.updatedSince, 'updatedSince') : null;
    const matches = (s: ShipmentRecord): boolean =>
      (state === null || s.state === state) &&
      (completedSince === null || s.order.completedAtMs >= completedSince) &&
      (updatedSince === null || s.updatedAtMs >= updatedSince);

    const list = this.list;
    // seq n sits at index n − 1, so the first candidate after cursor seq n is index n.
    let start = args.after ? Math.min(decodeCursor(args.after), list.length) : 0;
    if (repeatOverlap > 0 && start > 0) {
      let back = 0;
      let i = start - 1;
      for (; i >= 0 && back < repeatOverlap; i--) if (matches(list[i])) back++;
      if (back > 0) start = i + 1;
    }
    const nodes: ShipmentRecord[] = [];
    let i = start;
    for (; i < list.length && nodes.length < first; i++) if (matches(list[i])) nodes.push(list[i]);
    let hasNextPage = false;
    for (; i < list.length; i++) {
      if (matches(list[i])) {
        hasNextPage = true;
        break;
      }
    }
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(last.seq) : null } };
  }

  private touch(s: ShipmentRecord): void {
    const ms = Math.max(this.options.clock().getTime(), s.updatedAtMs);
    s.updatedAtMs = ms;
    s.updatedAt = isoSeconds(ms);
    s.state = deriveShipmentState(s.inventoryUnits);
  }

  /** confirmInventoryUnits: isAvailable true → confirmed_available, false → confirmed_unavailable. */
  confirmInventoryUnits(items: readonly { inventoryUnitId: string; isAvailable: boolean }[]): {
    inventoryUnits: InventoryUnitRecord[];
    errors: UserError[];
  } {
    const inventoryUnits: InventoryUnitRecord[] = [];
    const errors: UserError[] = [];
    const changed = new Set<ShipmentRecord>();
    for (const { inventoryUnitId, isAvailable } of items) {
      const unit = this.unitsById.get(inventoryUnitId);
      if (!unit) {
        errors.push({ id: inventoryUnitId, code: 'NOT_FOUND', message: `Inventory unit ${inventoryUnitId} not found` });
        continue;
      }
      const target: InventoryUnitState = isAvailable ? 'confirmed_available' : 'confirmed_unavailable';
      if (unit.state === target) {
        inventoryUnits.push(unit); // idempotent repeat
        continue;
      }
      if (unit.state !== 'unconfirmed') {
        errors.push({
          id: inventoryUnitId,
          code: 'INVALID_TRANSITION',
          message: `Inventory unit ${inventoryUnitId} is ${unit.state} and cannot become ${target}`,
        });
        continue;
      }
      unit.state = target;
      inventoryUnits.push(unit);
      changed.add(this.byId.get(unit.shipmentId)!);
    }
    for (const s of changed) this.touch(s);
    return { inventoryUnits, errors };
  }

  /** setShipmentTracking: only for a `confirmed` shipment; code and provider must be non-empty. */
  setShipmentTracking(input: { shipmentId: string; code: string; provider: string }): {
    shipment: ShipmentRecord | null;
    errors: UserError[];
  } {
    const shipment = this.byId.get(input.shipmentId) ?? null;
    if (!shipment) {
      return {
        shipment: null,
        errors: [{ id: input.shipmentId, code: 'NOT_FOUND', message: `Shipment ${input.shipmentId} not found` }],
      };
    }
    const errors: UserError[] = [];
    const code = input.code.trim();
    const provider = input.provider.trim();
    if (code === '')
      errors.push({ id: input.shipmentId, code: 'INVALID_INPUT', message: 'Tracking code must not be empty' });
    if (provider === '') {
      errors.push({ id: input.shipmentId, code: 'INVALID_INPUT', message: 'Tracking provider must not be empty' });
    }
    if (errors.length === 0 && shipment.state !== 'confirmed') {
      errors.push({
        id: input.shipmentId,
        code: 'INVALID_STATE',
        message: `Shipment ${input.shipmentId} is ${shipment.state}: tracking needs a confirmed shipment`,
      });
    }
    if (errors.length > 0) return { shipment, errors };
    shipment.tracking = { code, provider };
    this.touch(shipment);
    return { shipment, errors };
  }

  /** returnInventoryUnits: confirmed_available → returned (returned again is a no-op). */
  returnInventoryUnits(items: readonly { inventoryUnitId: string }[]): {
    inventoryUnits: InventoryUnitRecord[];
    errors: UserError[];
  } {
    const inventoryUnits: InventoryUnitRecord[] = [];
    const errors: UserError[] = [];
    const changed = new Set<ShipmentRecord>();
    for (const { inventoryUnitId } of items) {
      const unit = this.unitsById.get(inventoryUnitId);
      if (!unit) {
        errors.push({ id: inventoryUnitId, code: 'NOT_FOUND', message: `Inventory unit ${inventoryUnitId} not found` });
        continue;
      }
      if (unit.state === 'returned') {
        inventoryUnits.push(unit);
        continue;
      }
      if (unit.state !== 'confirmed_available') {
        errors.push({
          id: inventoryUnitId,
          code: 'INVALID_TRANSITION',
          message: `Inventory unit ${inventoryUnitId} is ${unit.state}: only confirmed_available units can be returned`,
        });
        continue;
      }
      unit.state = 'returned';
      inventoryUnits.push(unit);
      changed.add(this.byId.get(unit.shipmentId)!);
    }
    for (const s of changed) this.touch(s);
    return { inventoryUnits, errors };
  }

  /**
   * Test hook: force a unit into any state (no transition rules), as if changed on Letzshop's side.
   */
  setUnitState(unitId: string, state: InventoryUnitState): ShipmentRecord {
    const unit = this.unitsById.get(unitId);
    if (!unit) throw new InputError(`inventory unit not found: ${unitId}`);
    if (!INVENTORY_UNIT_STATES.includes(state)) throw new InputError(`invalid unit state: ${state}`);
    unit.state = state;
    const shipment = this.byId.get(unit.shipmentId)!;
    this.touch(shipment);
    return shipment;
  }

  summary(): StateSummary {
    const byState: Record<ShipmentState, number> = { unconfirmed: 0, confirmed: 0, declined: 0 };
    const unitsByState: Record<InventoryUnitState, number> = {
      unconfirmed: 0,
      confirmed_available: 0,
      confirmed_unavailable: 0,
      returned: 0,
    };
    let units = 0;
    let withTracking = 0;
    for (const s of this.list) {
      byState[s.state]++;
      if (s.tracking) withTracking++;
      for (const u of s.inventoryUnits) {
        unitsByState[u.state]++;
        units++;
      }
    }
    return {
      shipments: this.list.length,
      byState,
      inventoryUnits: units,
      unitsByState,
      withTracking,
      seed: this.options.seed,
      now: this.options.now.toISOString(),
    };
  }
}
