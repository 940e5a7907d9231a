import type { Logger } from '../../logger.js';
import {
  CONFIRM_MUTATION,
  RETURN_MUTATION,
  SHIPMENTS_QUERY,
  type ShipmentPage,
  type ShipmentQuery,
  TRACKING_MUTATION,
  toShipmentPage,
  toTrackingResult,
  toUnitsResult,
  UnexpectedAnswerError,
  type UnitError,
  type UnitsResult,
} from './letzshop-adapter.js';

/**
 * Why a call to Letzshop failed, in words a seller understands, without the remote answer or the
 * network error (they could show internal services); those go to `detail`, which is logged.
 */
export class LetzshopError extends Error {
  constructor(
    readonly code:
      | 'UNAUTHORIZED'
      | 'UNREACHABLE'
      | 'TIMEOUT'
      | 'SERVER_ERROR'
      | 'RATE_LIMITED'
      | 'MALFORMED_ANSWER'
      | 'REJECTED'
      | 'GRAPHQL_ERROR',
    message: string,
    /** What Letzshop (or the network) said: for the server log only, never for the user. */
    readonly detail: string | null = null,
  ) {
    super(message);
    this.name = 'LetzshopError';
  }
}

export interface LetzshopClientOptions {
  endpoint: string;
  apiKey: string;
  log?: Logger;
  /** Per attempt. */
  timeoutMs?: number;
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Base of the exponential backoff (full jitter). */
  backoffMs?: number;
  /** Longest wait between attempts, also for a Retry-After. */
  maxDelayMs?: number;
  pageSize?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The transport to Letzshop's GraphQL endpoint: bearer key, a timeout per attempt, retries with
 * exponential backoff and full jitter for what may pass (network, timeout, 5xx, 429 honouring
 * Retry-After, a transient GraphQL error). A refused key and a malformed answer are not retried.
 * Mutations are retried too: each one we send is idempotent on Letzshop's side (the same decision
 * again is a no-op, tracking replaces tracking).
 */
export class LetzshopClient {
  private readonly o: Required<Omit<LetzshopClientOptions, 'log'>> & { log?: Logger };

  constructor(options: LetzshopClientOptions) {
    this.o = {
      timeoutMs: 15_000,
      attempts: 5,
      backoffMs: 500,
      maxDelayMs: 30_000,
      pageSize: 100,
      sleep: wait,
      ...options,
    };
  }

  async shipments(query: ShipmentQuery, after: string | null): Promise<ShipmentPage> {
    const data = await this.call(SHIPMENTS_QUERY, { ...query, first: this.o.pageSize, after });
    return parsed(() => toShipmentPage(data));
  }

  /** isAvailable true = confirm, false = decline. */
  async confirmUnits(decisions: { unitId: string; isAvailable: boolean }[]): Promise<UnitsResult> {
    const data = await this.call(CONFIRM_MUTATION, {
      input: { inventoryUnits: decisions.map((d) => ({ inventoryUnitId: d.unitId, isAvailable: d.isAvailable })) },
    });
    return parsed(() => toUnitsResult(data, 'confirmInventoryUnits'));
  }

  async returnUnits(unitIds: string[]): Promise<UnitsResult> {
    const data = await this.call(RETURN_MUTATION, {
      input: { inventoryUnits: unitIds.map((id) => ({ inventoryUnitId: id })) },
    });
    return parsed(() => toUnitsResult(data, 'returnInventoryUnits'));
  }

  async setTracking(shipmentId: string, code: string, provider: string): Promise<{ ok: boolean; errors: UnitError[] }> {
    const data = await this.call(TRACKING_MUTATION, { input: { shipmentId, code, provider } });
    return parsed(() => toTrackingResult(data));
  }

  private async call(query: string, variables: Record<string, unknown>): Promise<unknown> {
    let last: LetzshopError | null = null;
    for (let attempt = 1; attempt <= this.o.attempts; attempt++) {
      const { body, error: outcome, retryAfterMs } = await this.once(query, variables);
      if (!outcome) return body;
      last = outcome;
      const retryable = !['UNAUTHORIZED', 'MALFORMED_ANSWER', 'REJECTED'].includes(outcome.code);
      if (!retryable || attempt === this.o.attempts) break;
      const backoff = Math.random() * Math.min(this.o.maxDelayMs, this.o.backoffMs * 2 ** (attempt - 1));
      const delay = Math.min(this.o.maxDelayMs, Math.max(backoff, retryAfterMs ?? 0));
      this.o.log?.warn(
        { attempt, code: outcome.code, detail: outcome.detail, delayMs: Math.round(delay) },
        'letzshop call failed; retrying',
      );
      await this.o.sleep(delay);
    }
    this.o.log?.warn({ code: last!.code, detail: last!.detail }, 'letzshop call failed');
    throw last!;
  }

  /** One attempt: the answer's body, or the fault (and how long Letzshop asked us to wait). */
  private async once(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ body?: unknown; error?: LetzshopError; retryAfterMs?: number | null }> {
    const fail = (error: LetzshopError, retryAfterMs: number | null = null) => ({ error, retryAfterMs });
    let res: Response;
    try {
      res = await fetch(this.o.endpoint, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.o.apiKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ query, variables }),
        // A redirect would take the key elsewhere than the endpoint it was saved for.
        redirect: 'error',
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
    } catch (err) {
      const name = (err as Error).name;
      return fail(
        name === 'TimeoutError' || name === 'AbortError'
          ? new LetzshopError('TIMEOUT', `Letzshop did not answer within ${this.o.timeoutMs / 1000} s.`)
          : new LetzshopError('UNREACHABLE', 'Could not reach Letzshop.', causeOf(err)),
      );
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      const name = (err as Error).name;
      return fail(
        name === 'TimeoutError' || name === 'AbortError'
          ? new LetzshopError('TIMEOUT', `Letzshop did not answer within ${this.o.timeoutMs / 1000} s.`)
          : new LetzshopError('UNREACHABLE', 'Could not reach Letzshop: the connection broke.', causeOf(err)),
      );
    }
    if (res.status === 401 || res.status === 403) {
      return fail(new LetzshopError('UNAUTHORIZED', 'Letzshop refused the API key (expired, revoked or wrong).'));
    }
    if (res.status === 429) {
      return fail(
        new LetzshopError('RATE_LIMITED', 'Letzshop asked us to slow down (HTTP 429).'),
        parseRetryAfter(res.headers.get('retry-after')),
      );
    }
    if (res.status >= 500)
      return fail(new LetzshopError('SERVER_ERROR', 'Letzshop answered with an error.', `HTTP ${res.status}`));
    let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      return fail(
        new LetzshopError(
          'MALFORMED_ANSWER',
          'Letzshop sent an answer that is not valid JSON.',
          `HTTP ${res.status}: ${text.slice(0, 200)}`,
        ),
      );
    }
    if (body.errors?.length && !body.data) {
      const message = body.errors.map((e) => e.message ?? 'unknown error').join('; ');
      const codes = body.errors.map((e) => e.extensions?.code);
      const permanent =
        res.status === 400 || codes.includes('BAD_USER_INPUT') || codes.includes('GRAPHQL_VALIDATION_FAILED');
      return fail(
        new LetzshopError(
          permanent ? 'REJECTED' : 'GRAPHQL_ERROR',
          permanent ? 'Letzshop rejected the request.' : 'Letzshop reported an error.',
          message,
        ),
      );
    }
    if (res.status !== 200) {
      return fail(new LetzshopError('SERVER_ERROR', 'Letzshop answered with an error.', `HTTP ${res.status}`));
    }
    return { body: body.data };
  }
}

/** An answer of the wrong shape fails like malformed JSON: with the reason, not retried. */
function parsed<T>(map: () => T): T {
  try {
    return map();
  } catch (err) {
    if (err instanceof UnexpectedAnswerError) {
      throw new LetzshopError('MALFORMED_ANSWER', 'Letzshop sent an unexpected answer.', err.message);
    }
    throw err;
  }
}

const causeOf = (err: unknown) => {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  return [e.message, e.cause?.code, e.cause?.message].filter(Boolean).join(' — ');
};

/** Retry-After: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
