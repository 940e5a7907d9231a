import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, DEFAULT_API_KEY, LETZSHOP_SDL } from '../src/index.js';
import { SHIPMENTS_QUERY, startSim, type TestSim } from './helpers.js';

const NOW = '2026-11-20T12:00:00.000Z';

describe('auth', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startSim({ shipments: 3, apiKeys: [DEFAULT_API_KEY, 'second-key'] });
  });
  afterAll(() => t.sim.close());

  it('401 with a JSON body when the key is missing or wrong', async () => {
    for (const key of [null, 'wrong-key', '']) {
      const res = await t.gql(SHIPMENTS_QUERY, {}, { key });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.json).toMatchObject({ error: 'unauthorized', errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const basic = await fetch(t.sim.url, {
      method: 'POST',
      headers: { authorization: `Basic ${DEFAULT_API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: SHIPMENTS_QUERY }),
    });
    expect(basic.status).toBe(401);
  });

  it('accepts every configured key; a removed key stops working', async () => {
    expect((await t.gql(SHIPMENTS_QUERY, {}, { key: 'second-key' })).status).toBe(200);
    t.sim.apiKeys.delete('second-key');
    expect((await t.gql(SHIPMENTS_QUERY, {}, { key: 'second-key' })).status).toBe(401);
    expect((await t.gql(SHIPMENTS_QUERY)).status).toBe(200);
  });

  it('answers 400 for bad requests and validation errors, 405 for GET', async () => {
    const res = await fetch(t.sim.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEFAULT_API_KEY}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    const invalid = await t.gql('{ shipments { nodes { nope } } }');
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors[0].message).toMatch(/nope/);
    expect((await fetch(t.sim.url)).status).toBe(405);
  });
});

describe('admin endpoints', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startSim({ seed: 42, shipments: 40, now: NOW });
  });
  afterAll(() => t.sim.close());

  it('GET /healthz', async () => {
    const res = await fetch(`${t.sim.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('GET /admin/state counts per state', async () => {
    const res = await t.admin('GET', '/admin/state');
    expect(res.status).toBe(200);
    const { byState, shipments, inventoryUnits, unitsByState } = res.json;
    expect(shipments).toBe(40);
    expect(byState.unconfirmed + byState.confirmed + byState.declined).toBe(40);
    expect(byState.unconfirmed).toBeGreaterThan(20);
    expect(Object.values(unitsByState).reduce((a: number, b) => a + (b as number), 0)).toBe(inventoryUnits);
  });

  it('POST /admin/reset regenerates from a seed', async () => {
    const res = await t.admin('POST', '/admin/reset', { seed: 9, shipments: 12 });
    expect(res.status).toBe(200);
    expect(res.json.shipments).toBe(12);
    const fresh = createSimulator({ seed: 9, shipments: 12, now: NOW });
    expect(t.sim.state.all().map((s) => s.id)).toEqual(fresh.state.all().map((s) => s.id));
    const page = await t.gql(SHIPMENTS_QUERY, { first: 100 });
    expect(page.json.data.shipments.nodes).toHaveLength(12);
    expect((await t.admin('POST', '/admin/reset', { seed: 'x' })).status).toBe(400);
  });

  it('POST /admin/shipments adds generated or given shipments', async () => {
    const before = t.sim.state.size;
    const generated = await t.admin('POST', '/admin/shipments', { count: 3 });
    expect(generated.status).toBe(201);
    expect(generated.json.shipments).toHaveLength(3);
    expect(generated.json.total).toBe(before + 3);

    const given = await t.admin('POST', '/admin/shipments', {
      shipments: [
        {
          id: 'shp_given_1',
          email: 'zoe.muller@example.lu',
          locale: 'fr',
          completedAt: '2026-11-22T10:00:00Z',
          lines: [
            { sku: 'TEE-M', quantity: 2 },
            { gtin: '0000000000017', quantity: 1 },
          ],
          shipAddress: {
            firstName: 'Zoë',
            lastName: 'Müller',
            streetName: 'Rue de l’Alzette',
            city: 'Esch-sur-Alzette',
            zipCode: '4011',
            countryIso: 'LU',
          },
        },
      ],
    });
    expect(given.status).toBe(201);
    const s = t.sim.state.get('shp_given_1')!;
    expect(s.inventoryUnits).toHaveLength(3);
    expect(s.inventoryUnits[0].variant.sku).toBe('TEE-M');
    expect(s.inventoryUnits[2].variant.tradeId).toEqual({ number: '0000000000017', parser: 'gtin13' });
    expect(s.order.totalCents).toBe(2 * 2490 + 1000);
    expect(s.order.shipAddress).toMatchObject({ firstName: 'Zoë', country: { iso: 'LU', name: 'Luxembourg' } });
    expect(s.state).toBe('unconfirmed');

    expect((await t.admin('POST', '/admin/shipments', { shipments: [{ id: 'shp_given_1' }] })).status).toBe(400);
    expect((await t.admin('POST', '/admin/shipments', { shipments: [{ lines: [{ sku: 'NOPE' }] }] })).status).toBe(400);
    expect((await t.admin('GET', '/admin/nothing')).status).toBe(404);
  });
});

describe('SDL', () => {
  it('letzshop.graphql is the exported SDL', () => {
    const file = readFileSync(new URL('../letzshop.graphql', import.meta.url), 'utf8');
    expect(file).toBe(LETZSHOP_SDL);
  });
});
