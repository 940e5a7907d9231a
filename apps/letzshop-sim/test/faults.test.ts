import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MALFORMED_JSON_BODY } from '../src/index.js';
import { CONFIRM_MUTATION, fetchAll, SHIPMENTS_QUERY, startSim, type TestSim } from './helpers.js';

const NOW = '2026-11-20T12:00:00.000Z';
const SMALL_QUERY =
  'query Small($first: Int, $after: String) { shipments(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';

describe('fault injection', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startSim({ seed: 21, shipments: 30, now: NOW });
  });
  afterEach(() => t.sim.close());

  const ok = async () => {
    const res = await t.gql(SMALL_QUERY, { first: 5 });
    expect(res.status).toBe(200);
    expect(res.json.data.shipments.nodes).toHaveLength(5);
  };

  it('http500: the next `count` requests get HTTP 500, then normal service', async () => {
    t.sim.faults.add({ kind: 'http500', count: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await t.gql(SMALL_QUERY);
      expect(res.status).toBe(500);
      expect(res.json.errors[0].message).toMatch(/simulated/);
    }
    await ok();
    expect(t.sim.faults.size).toBe(0);
  });

  it('http429 carries Retry-After', async () => {
    t.sim.faults.add({ kind: 'http429', retryAfterSeconds: 3 });
    const res = await t.gql(SMALL_QUERY);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    await ok();
  });

  it('slow: the answer comes after delayMs (past a shorter client timeout)', async () => {
    t.sim.faults.add({ kind: 'slow', delayMs: 400 });
    await expect(t.gql(SMALL_QUERY, {}, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    t.sim.faults.add({ kind: 'slow', delayMs: 300 });
    const started = performance.now();
    const res = await t.gql(SMALL_QUERY, { first: 5 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(res.status).toBe(200);
    expect(res.json.data.shipments.nodes).toHaveLength(5);
    await ok();
  });

  it('slow on a mutation: applied at once, only the answer is late', async () => {
    const unit = t.sim.state.all().find((s) => s.state === 'unconfirmed')!.inventoryUnits[0];
    t.sim.faults.add({ kind: 'slow', delayMs: 2000, target: 'mutation' });
    const pending = t.gql(
      CONFIRM_MUTATION,
      { input: { inventoryUnits: [{ inventoryUnitId: unit.id, isAvailable: true }] } },
      { signal: AbortSignal.timeout(150) },
    );
    await expect(pending).rejects.toThrow();
    expect(t.sim.state.getUnit(unit.id)!.state).toBe('confirmed_available');
  });

  it('malformedJson: status 200 with a truncated JSON body', async () => {
    t.sim.faults.add({ kind: 'malformedJson' });
    const res = await t.gql(SMALL_QUERY);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.text).toBe(MALFORMED_JSON_BODY);
    expect(() => JSON.parse(res.text)).toThrow();
    await ok();
  });

  it('graphqlErrors: status 200 with an errors array and no data', async () => {
    t.sim.faults.add({ kind: 'graphqlErrors', message: 'Something broke' });
    const res = await t.gql(SMALL_QUERY);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      data: null,
      errors: [{ message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    await ok();
  });

  it('unauthorized: 401 even with a valid key', async () => {
    t.sim.faults.add({ kind: 'unauthorized' });
    const res = await t.gql(SMALL_QUERY);
    expect(res.status).toBe(401);
    expect(res.json.error).toBe('unauthorized');
    await ok();
  });

  it('repeatNodes: the first k nodes of page n+1 are the last k of page n', async () => {
    const p1 = await t.gql(SMALL_QUERY, { first: 10 });
    t.sim.faults.add({ kind: 'repeatNodes', overlap: 3 });
    const p2 = await t.gql(SMALL_QUERY, { first: 10, after: p1.json.data.shipments.pageInfo.endCursor });
    const ids1 = p1.json.data.shipments.nodes.map((n: any) => n.id);
    const ids2 = p2.json.data.shipments.nodes.map((n: any) => n.id);
    expect(ids2).toHaveLength(10);
    expect(ids2.slice(0, 3)).toEqual(ids1.slice(-3));
    const all = t.sim.state.all().map((s) => s.id);
    expect(ids2.slice(3)).toEqual(all.slice(10, 17));
    expect(p2.json.data.shipments.pageInfo.endCursor).toBeTruthy();
    // a client that de-duplicates by id still sees every shipment exactly once
    t.sim.faults.add({ kind: 'repeatNodes', overlap: 2, count: 100 });
    const { nodes } = await fetchAll(t, {}, 7);
    const unique = [...new Set(nodes.map((n) => n.id))];
    expect(nodes.length).toBeGreaterThan(30);
    expect(unique).toEqual(all);
    expect(t.sim.requests.some((r) => r.fault === 'repeatNodes')).toBe(true);
  });

  it('repeatNodes waits for a paged request (first page has nothing to repeat)', async () => {
    t.sim.faults.add({ kind: 'repeatNodes', overlap: 2 });
    const p1 = await t.gql(SMALL_QUERY, { first: 5 });
    expect(t.sim.faults.size).toBe(1);
    const p2 = await t.gql(SMALL_QUERY, { first: 5, after: p1.json.data.shipments.pageInfo.endCursor });
    expect(p2.json.data.shipments.nodes[0].id).toBe(p1.json.data.shipments.nodes[3].id);
    expect(t.sim.faults.size).toBe(0);
  });

  it('target: query-only faults spare mutations and mutation-only faults spare queries', async () => {
    const unit = t.sim.state.all().find((s) => s.state === 'unconfirmed')!.inventoryUnits[0];
    const confirm = { input: { inventoryUnits: [{ inventoryUnitId: unit.id, isAvailable: true }] } };
    t.sim.faults.add({ kind: 'http500', target: 'query' });
    const m = await t.gql(CONFIRM_MUTATION, confirm);
    expect(m.status).toBe(200);
    expect((await t.gql(SMALL_QUERY)).status).toBe(500);

    t.sim.faults.add({ kind: 'http500', target: 'mutation' });
    await ok();
    const unit2 = t.sim.state.all().find((s) => s.state === 'unconfirmed')!.inventoryUnits[0];
    const failed = await t.gql(CONFIRM_MUTATION, {
      input: { inventoryUnits: [{ inventoryUnitId: unit2.id, isAvailable: true }] },
    });
    expect(failed.status).toBe(500);
    // a faulted mutation is not applied
    expect(t.sim.state.getUnit(unit2.id)!.state).toBe('unconfirmed');

    t.sim.faults.add({ kind: 'http429', target: 'both', count: 2 });
    expect((await t.gql(SMALL_QUERY)).status).toBe(429);
    expect((await t.gql(CONFIRM_MUTATION, confirm)).status).toBe(429);
  });

  it('afterRequests lets matching requests through first', async () => {
    t.sim.faults.add({ kind: 'http500', afterRequests: 2 });
    await ok();
    await ok();
    expect((await t.gql(SMALL_QUERY)).status).toBe(500);
    await ok();
  });

  it('faults queue in order, one per request', async () => {
    t.sim.faults.add([{ kind: 'http429' }, { kind: 'http500' }, { kind: 'graphqlErrors' }]);
    expect((await t.gql(SMALL_QUERY)).status).toBe(429);
    expect((await t.gql(SMALL_QUERY)).status).toBe(500);
    expect((await t.gql(SMALL_QUERY)).json.errors).toBeDefined();
    await ok();
    expect(t.sim.requests.slice(-4).map((r) => r.fault)).toEqual(['http429', 'http500', 'graphqlErrors', null]);
  });

  it('admin endpoints queue, list and clear faults', async () => {
    const added = await t.admin('POST', '/admin/faults', { kind: 'http429', count: 2, retryAfterSeconds: 1 });
    expect(added.status).toBe(201);
    expect(added.json.queued[0]).toMatchObject({ kind: 'http429', remaining: 2, target: 'any' });
    const many = await t.admin('POST', '/admin/faults', [{ kind: 'slow', delayMs: 5000 }, { kind: 'repeatNodes' }]);
    expect(many.json.faults).toHaveLength(3);
    expect((await t.admin('GET', '/admin/faults')).json.faults).toHaveLength(3);
    expect((await t.gql(SMALL_QUERY)).status).toBe(429);
    expect((await t.admin('GET', '/admin/state')).json.faults[0].remaining).toBe(1);
    const cleared = await t.admin('DELETE', '/admin/faults');
    expect(cleared.json.faults).toEqual([]);
    await ok();

    const bad = await t.admin('POST', '/admin/faults', { kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/kind must be one of/);
    expect((await t.admin('POST', '/admin/faults', { kind: 'repeatNodes', target: 'mutation' })).status).toBe(400);
    expect((await t.admin('POST', '/admin/faults', { kind: 'http500', count: 0 })).status).toBe(400);
  });
});

describe('faults by configuration', () => {
  it('createSimulator({ faults }) queues them from the start', async () => {
    const t = await startSim({ shipments: 5, faults: [{ kind: 'http500', afterRequests: 1 }] });
    try {
      expect((await t.gql(SHIPMENTS_QUERY)).status).toBe(200);
      expect((await t.gql(SHIPMENTS_QUERY)).status).toBe(500);
      expect((await t.gql(SHIPMENTS_QUERY)).status).toBe(200);
    } finally {
      await t.sim.close();
    }
  });
});
