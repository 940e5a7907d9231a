import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type DocumentNode,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { defaultFaultMessage, type FaultKind, type FaultQueue, type QueuedFault } from './faults.js';
import { InputError, type NewShipmentInput } from './fixtures.js';
import { type ResolverContext, rootValue } from './schema.js';
import type { SimulatorState } from './store.js';

export interface RequestLogEntry {
  /** 1-based number of the /graphql request since the simulator was created. */
  n: number;
  operationType: 'query' | 'mutation' | null;
  operationName: string | null;
  status: number;
  /** The fault applied to this request, if any. */
  fault: FaultKind | null;
}

export interface HandlerDeps {
  schema: GraphQLSchema;
  state: SimulatorState;
  faults: FaultQueue;
  apiKeys: Set<string>;
  log: RequestLogEntry[];
  counters: { graphqlRequests: number };
  /** Pending slow responses (cleared on close). */
  timers: Set<NodeJS.Timeout>;
  reset(seed?: number, shipments?: number): void;
  addShipments(countOrInputs: number | NewShipmentInput[]): unknown[];
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const LOG_LIMIT = 5000;
/** A truncated JSON document, served with status 200 by the malformedJson fault. */
export const MALFORMED_JSON_BODY = '{"data":{"shipments":{"nodes":[{"id":"shp_trunc';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function unauthorizedBody(message: string) {
  return { error: 'unauthorized', message, errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] };
}

/** Small cache of parsed + validated documents keyed by query text. */
class DocumentCache {
  private map = new Map<string, { document: DocumentNode } | { errors: readonly GraphQLError[] }>();
  constructor(private readonly schema: GraphQLSchema) {}

  get(query: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
    const hit = this.map.get(query);
    if (hit) return hit;
    let entry: { document: DocumentNode } | { errors: readonly GraphQLError[] };
    try {
      const document = parse(query);
      const errors = validate(this.schema, document);
      entry = errors.length > 0 ? { errors } : { document };
    } catch (err) {
      entry = { errors: [err as GraphQLError] };
    }
    if (this.map.size >= 200) this.map.delete(this.map.keys().next().value!);
    this.map.set(query, entry);
    return entry;
  }
}

export function createHandler(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const documents = new DocumentCache(deps.schema);

  function record(entry: RequestLogEntry): void {
    deps.log.push(entry);
    if (deps.log.length > LOG_LIMIT) deps.log.splice(0, deps.log.length - LOG_LIMIT);
  }

  async function handleGraphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const n = ++deps.counters.graphqlRequests;
    const entry: RequestLogEntry = { n, operationType: null, operationName: null, status: 0, fault: null };
    const finish = (status: number) => {
      entry.status = status;
      record(entry);
    };

    const auth = req.headers.authorization;
    const match = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
    if (!match || !deps.apiKeys.has(match[1])) {
      await readBody(req).catch(() => '');
      finish(401);
      sendJson(
        res,
        401,
        unauthorizedBody(match ? 'Invalid API key' : 'Missing Authorization: Bearer <API key> header'),
        {
          'www-authenticate': 'Bearer realm="letzshop-sim"',
        },
      );
      return;
    }

    const body = await readJson(req);
    if (typeof body !== 'object' || body === null || typeof (body as { query?: unknown }).query !== 'string') {
      finish(400);
      sendJson(res, 400, { errors: [{ message: 'Body must be JSON with a "query" string' }] });
      return;
    }
    const { query, variables, operationName } = body as {
      query: string;
      variables?: Record<string, unknown> | null;
      operationName?: string | null;
    };
    const parsed = documents.get(query);
    if ('errors' in parsed) {
      finish(400);
      sendJson(res, 400, { errors: parsed.errors.map((e) => e.toJSON?.() ?? { message: e.message }) });
      return;
    }
    const operation = getOperationAST(parsed.document, operationName ?? undefined);
    if (!operation || operation.operation === 'subscription') {
      finish(400);
      sendJson(res, 400, {
        errors: [
          { message: operation ? 'Subscriptions are not supported' : 'Could not determine the operation to run' },
        ],
      });
      return;
    }
    entry.operationType = operation.operation;
    entry.operationName = operation.name?.value ?? null;

    const fault: QueuedFault | undefined = deps.faults.takeForRequest(operation.operation);
    if (fault) entry.fault = fault.kind;
    const message = fault?.message ?? (fault ? defaultFaultMessage(fault.kind) : '');

    switch (fault?.kind) {
      case 'http500':
        finish(500);
        sendJson(res, 500, { errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      case 'http429':
        finish(429);
        sendJson(
          res,
          429,
          { errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] },
          {
            'retry-after': String(fault.retryAfterSeconds),
          },
        );
        return;
      case 'unauthorized':
        finish(401);
        sendJson(res, 401, unauthorizedBody(message), {
          'www-authenticate': 'Bearer realm="letzshop-sim", error="invalid_token"',
        });
        return;
      case 'malformedJson':
        finish(200);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(MALFORMED_JSON_BODY);
        return;
      case 'graphqlErrors':
        finish(200);
        sendJson(res, 200, { data: null, errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      default:
        break;
    }

    const context: ResolverContext = {
      state: deps.state,
      faults: deps.faults,
      onFault: (kind) => {
        entry.fault = kind;
      },
    };
    const result = await execute({
      schema: deps.schema,
      document: parsed.document,
      rootValue,
      contextValue: context,
      variableValues: variables ?? undefined,
      operationName: operationName ?? undefined,
    });
    const text = JSON.stringify(result);
    finish(200);
    const send = () => {
      if (res.destroyed || res.writableEnded) return;
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      });
      res.end(text);
    };
    if (fault?.kind === 'slow') {
      // The operation has already run (a mutation is applied); only the answer is late.
      const timer = setTimeout(() => {
        deps.timers.delete(timer);
        send();
      }, fault.delayMs);
      deps.timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        deps.timers.delete(timer);
      });
      return;
    }
    send();
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress)) throw new HttpError(403, 'admin endpoints are loopback-only');
    const method = req.method ?? 'GET';
    if (path === '/admin/faults') {
      if (method === 'GET') return sendJson(res, 200, { faults: deps.faults.list() });
      if (method === 'DELETE') {
        deps.faults.clear();
        return sendJson(res, 200, { faults: [] });
      }
      if (method === 'POST') {
        const body = await readJson(req);
        const specs = Array.isArray(body)
          ? body
          : typeof body === 'object' && body !== null && Array.isArray((body as { faults?: unknown }).faults)
            ? (body as { faults: unknown[] }).faults
            : [body];
        const queued = deps.faults.add(specs as never);
        return sendJson(res, 201, { queued, faults: deps.faults.list() });
      }
    }
    if (path === '/admin/shipments' && method === 'POST') {
      const body = (await readJson(req)) as { count?: unknown; shipments?: unknown } | unknown[];
      let created: unknown[];
      if (Array.isArray(body)) created = deps.addShipments(body as NewShipmentInput[]);
      else if (body && typeof body === 'object' && Array.isArray((body as { shipments?: unknown }).shipments)) {
        created = deps.addShipments((body as { shipments: NewShipmentInput[] }).shipments);
      } else {
        const count = (body as { count?: unknown })?.count ?? 1;
        if (typeof count !== 'number') throw new InputError('count must be a number');
        created = deps.addShipments(count);
      }
      return sendJson(res, 201, { shipments: created, total: deps.state.size });
    }
    if (path === '/admin/reset' && method === 'POST') {
      const body = (await readJson(req)) as { seed?: unknown; shipments?: unknown; clearFaults?: unknown };
      if (body.seed !== undefined && typeof body.seed !== 'number') throw new InputError('seed must be a number');
      if (body.shipments !== undefined && typeof body.shipments !== 'number') {
        throw new InputError('shipments must be a number');
      }
      deps.reset(body.seed as number | undefined, body.shipments as number | undefined);
      if (body.clearFaults === true) deps.faults.clear();
      return sendJson(res, 200, deps.state.summary());
    }
    if (path === '/admin/state' && method === 'GET') {
      return sendJson(res, 200, {
        ...deps.state.summary(),
        faults: deps.faults.list(),
        graphqlRequests: deps.counters.graphqlRequests,
      });
    }
    throw new HttpError(404, `no such admin endpoint: ${method} ${path}`);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const run = async () => {
      if (path === '/graphql') {
        if (req.method !== 'POST') {
          res.setHeader('allow', 'POST');
          throw new HttpError(405, 'use POST /graphql');
        }
        return handleGraphql(req, res);
      }
      if (path === '/healthz' && req.method === 'GET') return sendJson(res, 200, { ok: true });
      if (path.startsWith('/admin/')) return handleAdmin(req, res, path);
      throw new HttpError(404, `not found: ${req.method} ${path}`);
    };
    run().catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) return sendJson(res, err.status, { error: err.message });
      if (err instanceof InputError) return sendJson(res, 400, { error: err.message });
      const message = err instanceof Error ? err.message : String(err);
      sendJson(res, 500, { error: `internal error: ${message}` });
    });
  };
}
