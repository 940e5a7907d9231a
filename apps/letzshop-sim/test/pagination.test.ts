import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/index.js';
import { fetchAll, SHIPMENTS_QUERY, startSim, type TestSim } from './helpers.js';

const NOW = '2026-11-20T12:00:00.000Z';

describe('shipments pagination', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startSim({ seed: 11, shipments: 237, now: NOW });
  });
  afterAll(() => t.sim.close());

  it.each([1, 7, 50, 100])('covers every shipment exactly once with first=%i', async (first) => {
    const { nodes, pages } = await fetchAll(t, {}, first);
    const ids = nodes.map((n) => n.id);
    expect(ids.length).toBe(237);
    expect(new Set(ids).size).toBe(237);
    expect(ids).toEqual(t.sim.state.all().map((s) => s.id));
    expect(pages).toBe(Math.ceil(237 / first));
  });

  it('defaults to 50 per page and clamps first to 100', async () => {
    const dflt = await t.gql(SHIPMENTS_QUERY, {});
    expect(dflt.json.data.shipments.nodes).toHaveLength(50);
    expect(dflt.json.data.shipments.pageInfo.hasNextPage).toBe(true);
    const big = await t.gql(SHIPMENTS_QUERY, { first: 500 });
    expect(big.json.data.shipments.nodes).toHaveLength(100);
  });

  it('returns the full contract shape', async () => {
    const res = await t.gql(SHIPMENTS_QUERY, { first: 100 });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    const node = res.json.data.shipments.nodes[0];
    expect(node).toMatchObject({
      id: expect.any(String),
      number: expect.any(String),
      state: expect.stringMatching(/^(unconfirmed|confirmed|declined)$/),
      order: {
        id: expect.any(String),
        number: expect.any(String),
        email: expect.stringContaining('@'),
        total: expect.any(Number),
        completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        locale: expect.stringMatching(/^(en|fr|de)$/),
        shipAddress: { country: { iso: expect.stringMatching(/^[A-Z]{2}$/), name: expect.any(String) } },
      },
    });
    const brands = res.json.data.shipments.nodes.flatMap((n: any) =>
      n.inventoryUnits.map((u: any) => u.variant.product._brand?.__typename),
    );
    expect(brands).toContain('Brand');
    expect(brands).toContain('BrandUnknown');
  });

  it('filters by state', async () => {
    const summary = t.sim.state.summary();
    for (const state of ['unconfirmed', 'confirmed', 'declined'] as const) {
      const { nodes } = await fetchAll(t, { state }, 20);
      expect(nodes.length).toBe(summary.byState[state]);
      expect(nodes.every((n) => n.state === state)).toBe(true);
      expect(nodes.map((n) => n.id)).toEqual(
        t.sim.state
          .all()
          .filter((s) => s.state === state)
          .map((s) => s.id),
      );
    }
  });

  it('filters by completedSince and updatedSince [assumed args]', async () => {
    const since = '2026-11-01T00:00:00Z';
    const { nodes } = await fetchAll(t, { completedSince: since }, 30);
    const expected = t.sim.state.all().filter((s) => s.order.completedAtMs >= Date.parse(since));
    expect(nodes.map((n) => n.id)).toEqual(expected.map((s) => s.id));
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThan(237);

    const upd = await fetchAll(t, { updatedSince: since }, 30);
    expect(upd.nodes.map((n) => n.id)).toEqual(
      t.sim.state
        .all()
        .filter((s) => s.updatedAtMs >= Date.parse(since))
        .map((s) => s.id),
    );

    const bad = await t.gql(SHIPMENTS_QUERY, { completedSince: 'yesterday-ish' });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an invalid cursor and answers an empty page past the end', async () => {
    const bad = await t.gql(SHIPMENTS_QUERY, { after: 'not-a-cursor' });
    expect(bad.status).toBe(200);
    expect(bad.json.errors[0].message).toMatch(/Invalid cursor/);
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const past = await t.gql(SHIPMENTS_QUERY, { after: encodeCursor(10_000) });
    expect(past.json.data.shipments).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('a shipment added during a sync appears in a later page', async () => {
    const first = await t.gql(SHIPMENTS_QUERY, { first: 100 });
    const cursor = first.json.data.shipments.pageInfo.endCursor;
    const added = t.sim.addShipment();
    const viaAdmin = await t.admin('POST', '/admin/shipments', { count: 2 });
    expect(viaAdmin.status).toBe(201);
    const rest: any[] = [];
    let after = cursor;
    for (;;) {
      const page = await t.gql(SHIPMENTS_QUERY, { first: 100, after });
      rest.push(...page.json.data.shipments.nodes);
      if (!page.json.data.shipments.pageInfo.hasNextPage) break;
      after = page.json.data.shipments.pageInfo.endCursor;
    }
    const ids = rest.map((n) => n.id);
    expect(ids).toContain(added.id);
    for (const s of viaAdmin.json.shipments) expect(ids).toContain(s.id);
    expect(ids.slice(-3)).toEqual([added.id, ...viaAdmin.json.shipments.map((s: any) => s.id)]);
    expect(rest.find((n) => n.id === added.id).state).toBe('unconfirmed');
  });
});

describe('performance', () => {
  it('serves 10,000 shipments through pagination quickly', async () => {
    const t = await startSim({ seed: 99, shipments: 10_000, now: NOW });
    try {
      const started = performance.now();
      const { nodes, pages } = await fetchAll(t, {}, 100);
      const elapsed = performance.now() - started;
      expect(nodes.length).toBe(10_000);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(10_000);
      expect(pages).toBe(100);
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      await t.sim.close();
    }
  }, 60_000);
});
