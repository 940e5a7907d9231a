import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkVatNumberFormat } from '@orion/vat';

/**
 * What the simulator answers for a number: `valid`/`invalid`, a VIES error code (answered as the
 * contract's CommonResponse with HTTP 500), `userError:<CODE>` (the live service's 200 answer
 * `{ valid: false, userError }`), or `hang` (no answer until the client gives up).
 */
export type ViesOutcome =
  | 'valid'
  | 'invalid'
  | 'hang'
  | 'MS_UNAVAILABLE'
  | 'TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'MS_MAX_CONCURRENT_REQ'
  | 'GLOBAL_MAX_CONCURRENT_REQ'
  | 'INVALID_INPUT'
  | 'INVALID_REQUESTER_INFO'
  | `userError:${string}`;

export interface ViesSimulatorOptions {
  /** Outcome per full number (prefix + national part, e.g. BE0123456749). */
  numbers?: Record<string, ViesOutcome>;
  /** Member states (VIES prefixes) whose service is down: MS_UNAVAILABLE for all their numbers. */
  unavailable?: string[];
}

export interface ViesSimulator {
  url: string;
  /** Every request received, newest last. */
  requests: Record<string, unknown>[];
  set(vatNumber: string, outcome: ViesOutcome | null): void;
  setUnavailable(countries: string[]): void;
  close(): Promise<void>;
}

/**
 * A small VIES REST simulator for tests and the demo (`VIES_URL=simulator`). Default: a number that
 * passes the offline format check is VALID, any other INVALID. Admin: `POST /__sim/outcomes`
 * `{ "vatNumber": "BE…", "outcome": "MS_UNAVAILABLE" }` (outcome null resets), `POST /__sim/unavailable`
 * `{ "countries": ["BE"] }`, `GET /__sim/requests`.
 */
export async function startViesSimulator(
  opts: ViesSimulatorOptions & { port?: number; host?: string; unref?: boolean } = {},
): Promise<ViesSimulator> {
  const numbers = new Map(Object.entries(opts.numbers ?? {}).map(([k, v]) => [k.toUpperCase(), v]));
  let unavailable = new Set((opts.unavailable ?? []).map((c) => c.toUpperCase()));
  const requests: Record<string, unknown>[] = [];
  const hanging = new Set<http.ServerResponse>();

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sim');
    const path = url.pathname.replace(/^\/taxation_customs\/vies\/rest-api/, '');
    if (req.method === 'GET' && path === '/check-status') {
      return send(res, 200, {
        vow: { available: true },
        countries: [
          'AT',
          'BE',
          'BG',
          'CY',
          'CZ',
          'DE',
          'DK',
          'EE',
          'EL',
          'ES',
          'FI',
          'FR',
          'HR',
          'HU',
          'IE',
          'IT',
          'LT',
          'LU',
          'LV',
          'MT',
          'NL',
          'PL',
          'PT',
          'RO',
          'SE',
          'SI',
          'SK',
        ].map((countryCode) => ({
          countryCode,
          availability: unavailable.has(countryCode) ? 'Unavailable' : 'Available',
        })),
      });
    }
    if (req.method === 'GET' && path === '/__sim/requests') return send(res, 200, requests);
    if (req.method === 'POST' && path === '/__sim/outcomes') {
      const b = await readJson(req);
      sim.set(String(b.vatNumber ?? ''), (b.outcome as ViesOutcome | null) ?? null);
      return send(res, 200, { ok: true });
    }
    if (req.method === 'POST' && path === '/__sim/unavailable') {
      const b = await readJson(req);
      sim.setUnavailable(Array.isArray(b.countries) ? b.countries.map(String) : []);
      return send(res, 200, { ok: true });
    }
    if (req.method !== 'POST' || (path !== '/check-vat-number' && path !== '/check-vat-test-service')) {
      return send(res, 404, { actionSucceed: false, errorWrappers: [{ error: 'NOT_FOUND', message: 'Not found' }] });
    }
    const body = await readJson(req);
    requests.push(body);
    const countryCode = String(body.countryCode ?? '').toUpperCase();
    const national = String(body.vatNumber ?? '')
      .toUpperCase()
      .replace(/[\s.-]/g, '');
    if (!/^[A-Z]{2}$/.test(countryCode) || !national) {
      return send(res, 400, { actionSucceed: false, errorWrappers: [{ error: 'INVALID_INPUT' }] });
    }
    const full = `${countryCode}${national}`;
    const outcome: ViesOutcome =
      numbers.get(full) ??
      (unavailable.has(countryCode) ? 'MS_UNAVAILABLE' : checkVatNumberFormat(full).valid ? 'valid' : 'invalid');
    if (outcome === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (outcome.startsWith('userError:')) {
      return send(res, 200, {
        countryCode,
        vatNumber: national,
        requestDate: new Date().toISOString(),
        valid: false,
        userError: outcome.slice('userError:'.length),
        name: '---',
        address: '---',
      });
    }
    if (outcome !== 'valid' && outcome !== 'invalid') {
      return send(res, outcome === 'INVALID_INPUT' ? 400 : 500, {
        actionSucceed: false,
        errorWrappers: [{ error: outcome, message: `Simulated ${outcome}` }],
      });
    }
    const requester = typeof body.requesterNumber === 'string' && body.requesterNumber ? body.requesterNumber : null;
    return send(res, 200, {
      countryCode,
      vatNumber: national,
      requestDate: new Date().toISOString(),
      valid: outcome === 'valid',
      ...(requester ? { requestIdentifier: `WAPI${crypto.randomBytes(6).toString('hex').toUpperCase()}` } : {}),
      name: outcome === 'valid' ? `Simulated trader ${full}` : '---',
      address: outcome === 'valid' ? '1 Simulation Street, 1000 Testville' : '---',
    });
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  // A simulator started on demand must not keep a one-off process (the CLI) alive.
  if (opts.unref) server.unref();
  const { port } = server.address() as AddressInfo;
  const sim: ViesSimulator = {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    requests,
    set(vatNumber, outcome) {
      const key = vatNumber.toUpperCase().replace(/[\s.-]/g, '');
      if (outcome) numbers.set(key, outcome);
      else numbers.delete(key);
    },
    setUnavailable(countries) {
      unavailable = new Set(countries.map((c) => c.toUpperCase()));
    },
    async close() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sim;
}
