import { InputError } from './fixtures.js';

export type FaultKind =
  | 'http500'
  | 'http429'
  | 'slow'
  | 'malformedJson'
  | 'graphqlErrors'
  | 'repeatNodes'
  | 'unauthorized';

export const FAULT_KINDS: readonly FaultKind[] = [
  'http500',
  'http429',
  'slow',
  'malformedJson',
  'graphqlErrors',
  'repeatNodes',
  'unauthorized',
];

/** Which GraphQL operations a fault applies to. `both` is an alias of `any`. */
export type FaultTarget = 'query' | 'mutation' | 'any' | 'both';

/** A fault to inject into upcoming /graphql requests (also the JSON body of POST /admin/faults). */
export interface FaultSpec {
  kind: FaultKind;
  /** How many matching requests get the fault (default 1). */
  count?: number;
  /** Let this many matching requests through untouched first (default 0). */
  afterRequests?: number;
  /** Default `any`. `repeatNodes` only ever applies to queries. */
  target?: FaultTarget;
  /** http429: value of the Retry-After header in seconds (default 1). */
  retryAfterSeconds?: number;
  /** slow: how long the response is held back (default 5000 ms). */
  delayMs?: number;
  /** repeatNodes: how many nodes of the previous page are repeated (default 2, at most first − 1). */
  overlap?: number;
  /** graphqlErrors / http500: custom error message. */
  message?: string;
}

/** A queued fault with its live counters. */
export interface QueuedFault {
  id: number;
  kind: FaultKind;
  target: 'query' | 'mutation' | 'any';
  /** Applications left. */
  remaining: number;
  /** Matching requests still to let through before the fault applies. */
  afterRequests: number;
  retryAfterSeconds: number;
  delayMs: number;
  overlap: number;
  message: string | null;
}

export type OperationType = 'query' | 'mutation';

const DEFAULT_MESSAGES: Record<FaultKind, string> = {
  http500: 'Internal Server Error (simulated)',
  http429: 'Too Many Requests (simulated)',
  slow: '',
  malformedJson: '',
  graphqlErrors: 'Internal server error (simulated GraphQL error)',
  repeatNodes: '',
  unauthorized: 'Unauthorized (simulated): the API key is invalid or expired',
};

export function defaultFaultMessage(kind: FaultKind): string {
  return DEFAULT_MESSAGES[kind];
}

function nonNegativeInt(value: unknown, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new InputError(`${name} must be an integer between 0 and ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Validates an untrusted fault description (e.g. from JSON) and fills in defaults. */
export function normalizeFault(input: unknown, id: number): QueuedFault {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new InputError('a fault must be an object');
  const spec = input as Record<string, unknown>;
  const kind = spec.kind;
  if (typeof kind !== 'string' || !FAULT_KINDS.includes(kind as FaultKind)) {
    throw new InputError(`kind must be one of ${FAULT_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  const rawTarget = spec.target ?? 'any';
  if (rawTarget !== 'query' && rawTarget !== 'mutation' && rawTarget !== 'any' && rawTarget !== 'both') {
    throw new InputError(`target must be query, mutation, any or both, got ${JSON.stringify(rawTarget)}`);
  }
  const target = rawTarget === 'both' ? 'any' : rawTarget;
  if (kind === 'repeatNodes' && target === 'mutation') throw new InputError('repeatNodes applies to queries only');
  const count = nonNegativeInt(spec.count, 'count', 1);
  if (count < 1) throw new InputError('count must be at least 1');
  if (spec.message !== undefined && typeof spec.message !== 'string') throw new InputError('message must be a string');
  return {
    id,
    kind: kind as FaultKind,
    target,
    remaining: count,
    afterRequests: nonNegativeInt(spec.afterRequests, 'afterRequests', 0),
    retryAfterSeconds: nonNegativeInt(spec.retryAfterSeconds, 'retryAfterSeconds', 1, 86_400),
    delayMs: nonNegativeInt(spec.delayMs, 'delayMs', 5000, 600_000),
    overlap: nonNegativeInt(spec.overlap, 'overlap', 2, 100),
    message: (spec.message as string | undefined) ?? null,
  };
}

/**
 * The fault queue. Faults apply in the order they were added; each request gets at most one.
 *
 * For every /graphql request (after authentication and parsing) the first queued fault that
 * matches the operation type and has no `afterRequests` left is applied (its `count` goes down;
 * at 0 it leaves the queue); every other matching fault still waiting counts the request
 * (`afterRequests` − 1). `repeatNodes` faults are different: they are only considered, and only
 * count requests, when a `shipments` query asks for a page with an `after` cursor.
 */
export class FaultQueue {
  private queue: QueuedFault[] = [];
  private nextId = 1;

  /** Queues one or more faults; returns them with defaults filled in. Throws on invalid input. */
  add(specs: FaultSpec | readonly FaultSpec[]): QueuedFault[] {
    const list = Array.isArray(specs) ? specs : [specs];
    const normalized = list.map((s, i) => normalizeFault(s, this.nextId + i));
    this.nextId += normalized.length;
    this.queue.push(...normalized);
    return normalized.map((f) => ({ ...f }));
  }

  clear(): void {
    this.queue = [];
  }

  /** Snapshot of the pending faults. */
  list(): QueuedFault[] {
    return this.queue.map((f) => ({ ...f }));
  }

  get size(): number {
    return this.queue.length;
  }

  /** Picks the fault (if any) for a /graphql request; repeatNodes faults are skipped. */
  takeForRequest(operation: OperationType): QueuedFault | undefined {
    return this.take((f) => f.kind !== 'repeatNodes' && (f.target === 'any' || f.target === operation));
  }

  /** Picks a repeatNodes fault for a paged (after ≠ null) shipments query. */
  takeForPage(): QueuedFault | undefined {
    return this.take((f) => f.kind === 'repeatNodes');
  }

  private take(matches: (f: QueuedFault) => boolean): QueuedFault | undefined {
    let chosen: QueuedFault | undefined;
    for (const f of this.queue) {
      if (!matches(f)) continue;
      if (!chosen && f.afterRequests === 0) chosen = f;
      else if (f.afterRequests > 0) f.afterRequests--;
    }
    if (!chosen) return undefined;
    chosen.remaining--;
    if (chosen.remaining <= 0) this.queue = this.queue.filter((f) => f !== chosen);
    return { ...chosen };
  }
}
