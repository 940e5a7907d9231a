import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultQueue, type FaultSpec } from './faults.js';
import type { NewShipmentInput } from './fixtures.js';
import { createHandler, type RequestLogEntry } from './http.js';
import { buildLetzshopSchema } from './schema.js';
import { SimulatorState } from './store.js';
import type { ShipmentRecord } from './types.js';

export type { CatalogueItem, TradeIdParser, TranslatedName, UnknownVariant, VatCategoryHint } from './catalogue.js';
export { CATALOGUE, UNKNOWN_VARIANTS } from './catalogue.js';
export type { FaultKind, FaultSpec, FaultTarget, OperationType, QueuedFault } from './faults.js';
export { FAULT_KINDS, FaultQueue } from './faults.js';
export type { AddressInput, LineInput, NewShipmentInput, VariantInput } from './fixtures.js';
export { FIXTURE_SPREAD_DAYS, InputError } from './fixtures.js';
export { gs1CheckDigit, isValidGtin } from './gtin.js';
export type { RequestLogEntry } from './http.js';
export { MALFORMED_JSON_BODY } from './http.js';
export { LETZSHOP_SDL } from './schema.js';
export type { Page, PageArgs, StateSummary, UserError, UserErrorCode } from './store.js';
export { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, MAX_PAGE_SIZE, SimulatorState } from './store.js';
export type {
  AddressRecord,
  BrandRecord,
  InventoryUnitRecord,
  InventoryUnitState,
  Locale,
  OrderRecord,
  ShipmentRecord,
  ShipmentState,
  TrackingRecord,
  VariantRecord,
} from './types.js';
export { deriveShipmentState } from './types.js';

export const DEFAULT_API_KEY = 'demo-letzshop-key';
export const DEFAULT_PORT = 4010;
export const DEFAULT_SEED = 42;
export const DEFAULT_SHIPMENTS = 40;
/** Default base date of the fixtures (their completedAt lie in the 90 days before it). */
export const DEFAULT_NOW = '2026-11-20T12:00:00.000Z';

export interface SimulatorOptions {
  /** PRNG seed (default 42). */
  seed?: number;
  /** Number of generated shipments (default 40). */
  shipments?: number;
  /** Accepted bearer keys (default ['demo-letzshop-key']). */
  apiKeys?: readonly string[];
  /** Base date of the fixtures (default DEFAULT_NOW = 2026-11-20T12:00:00Z). */
  now?: Date | string | number;
  /**
   * Clock for changes (updatedAt of mutated shipments, completedAt of added shipments);
   * default: the real time.
   */
  clock?: () => Date;
  /** Faults queued from the start. */
  faults?: readonly FaultSpec[];
  /** Flat shipping fee added to every order total, in cents (default 0: total = sum of unit prices). */
  shippingFeeCents?: number;
}

export interface ListenResult {
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port> (admin endpoints live under it) */
  baseUrl: string;
  port: number;
}

export interface Simulator {
  /** GraphQL endpoint, http://127.0.0.1:<port>/graphql. Throws before listen(). */
  readonly url: string;
  /** http://127.0.0.1:<port>. Throws before listen(). */
  readonly baseUrl: string;
  /** The bound port; 0 before listen(). */
  readonly port: number;
  /** Binds 127.0.0.1 (port 0 or omitted = a random free port). */
  listen(port?: number): Promise<ListenResult>;
  /** Stops listening, drops open connections and pending slow responses. */
  close(): Promise<void>;
  /** The in-memory data and its operations. */
  readonly state: SimulatorState;
  /** The fault queue (programmatic equivalent of /admin/faults). */
  readonly faults: FaultQueue;
  /** Accepted API keys (mutable: delete one to simulate a revoked key). */
  readonly apiKeys: Set<string>;
  /** The last /graphql requests (at most 5000), oldest first. */
  readonly requests: readonly RequestLogEntry[];
  /** Adds one shipment at the end of the order (generated when input is omitted). */
  addShipment(input?: NewShipmentInput): ShipmentRecord;
  /** Adds `count` generated shipments, or one per input. */
  addShipments(countOrInputs: number | readonly NewShipmentInput[]): ShipmentRecord[];
  /** Regenerates all data (defaults: the current seed and shipment count). Faults are kept. */
  reset(seed?: number, shipments?: number): void;
  /** The request handler, to mount the simulator in another node:http server. */
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
}

function toDate(value: Date | string | number | undefined): Date {
  const d = value === undefined ? new Date(DEFAULT_NOW) : new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid now: ${String(value)}`);
  return d;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const shippingFeeCents = options.shippingFeeCents ?? 0;
  if (!Number.isInteger(shippingFeeCents) || shippingFeeCents < 0)
    throw new Error('shippingFeeCents must be an integer ≥ 0');
  const state = new SimulatorState({
    seed: options.seed ?? DEFAULT_SEED,
    shipments: options.shipments ?? DEFAULT_SHIPMENTS,
    now: toDate(options.now),
    clock: options.clock ?? (() => new Date()),
    shippingFeeCents,
  });
  const faults = new FaultQueue();
  if (options.faults) faults.add(options.faults);
  const apiKeys = new Set(options.apiKeys ?? [DEFAULT_API_KEY]);
  const requests: RequestLogEntry[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const schema = buildLetzshopSchema();

  const addShipments = (countOrInputs: number | readonly NewShipmentInput[]) => state.addShipments(countOrInputs);
  const reset = (seed?: number, shipments?: number) => state.reset(seed, shipments);

  const handler = createHandler({
    schema,
    state,
    faults,
    apiKeys,
    log: requests,
    counters: { graphqlRequests: 0 },
    timers,
    reset,
    addShipments: (x) => addShipments(x),
  });

  let server: Server | null = null;
  let boundPort = 0;

  const requireListening = (): number => {
    if (!server || boundPort === 0) throw new Error('letzshop-sim is not listening: call listen() first');
    return boundPort;
  };

  return {
    get url() {
      return `http://127.0.0.1:${requireListening()}/graphql`;
    },
    get baseUrl() {
      return `http://127.0.0.1:${requireListening()}`;
    },
    get port() {
      return boundPort;
    },
    state,
    faults,
    apiKeys,
    requests,
    handler,
    addShipment: (input?: NewShipmentInput) => state.addShipment(input),
    addShipments,
    reset,
    listen(port = 0) {
      if (server) return Promise.reject(new Error('letzshop-sim is already listening'));
      const s = createServer({ keepAliveTimeout: 5000 }, handler);
      server = s;
      return new Promise<ListenResult>((resolve, reject) => {
        s.once('error', (err) => {
          server = null;
          reject(err);
        });
        s.listen(port, '127.0.0.1', () => {
          boundPort = (s.address() as AddressInfo).port;
          resolve({
            url: `http://127.0.0.1:${boundPort}/graphql`,
            baseUrl: `http://127.0.0.1:${boundPort}`,
            port: boundPort,
          });
        });
      });
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const s = server;
      server = null;
      boundPort = 0;
      if (!s) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        s.close((err) => (err ? reject(err) : resolve()));
        s.closeAllConnections();
      });
    },
  };
}
