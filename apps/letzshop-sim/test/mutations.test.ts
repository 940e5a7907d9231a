import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShipmentRecord } from '../src/index.js';
import {
  CONFIRM_MUTATION,
  fetchAll,
  RETURN_MUTATION,
  SHIPMENTS_QUERY,
  startSim,
  TRACK_MUTATION,
  type TestSim,
} from './helpers.js';

const NOW = '2026-11-20T12:00:00.000Z';
const CLOCK = new Date('2026-11-21T08:00:00Z');

describe('mutations', () => {
  let t: TestSim;
  beforeEach(async () => {
    t = await startSim({ seed: 5, shipments: 60, now: NOW, clock: () => CLOCK });
  });
  afterEach(() => t.sim.close());

  /** A fresh unconfirmed shipment with `units` units (added so the test controls it). */
  function openShipment(units = 3): ShipmentRecord {
    const lines =
      units === 1 ? [{ sku: 'SOAP-LAV' }] : [{ sku: 'MUG-250-WHT', quantity: units - 1 }, { sku: 'SOAP-LAV' }];
    return t.sim.addShipment({ lines });
  }

  async function fetchShipment(id: string) {
    const { nodes } = await fetchAll(t, {}, 100);
    return nodes.find((n) => n.id === id);
  }

  it('confirming every unit → confirmed_available, shipment confirmed', async () => {
    const s = openShipment(3);
    const input = { inventoryUnits: s.inventoryUnits.map((u) => ({ inventoryUnitId: u.id, isAvailable: true })) };
    const res = await t.gql(CONFIRM_MUTATION, { input });
    expect(res.json.data.confirmInventoryUnits.errors).toEqual([]);
    expect(res.json.data.confirmInventoryUnits.inventoryUnits).toEqual(
      s.inventoryUnits.map((u) => ({ id: u.id, state: 'confirmed_available' })),
    );
    const after = await fetchShipment(s.id);
    expect(after.state).toBe('confirmed');
    expect(after.updatedAt).toBe('2026-11-21T08:00:00Z');
    expect(after.inventoryUnits.every((u: any) => u.state === 'confirmed_available')).toBe(true);
    const confirmed = await fetchAll(t, { state: 'confirmed' }, 100);
    expect(confirmed.nodes.map((n) => n.id)).toContain(s.id);
    // repeating the same confirmation is a no-op, not an error (safe retries)
    const again = await t.gql(CONFIRM_MUTATION, { input });
    expect(again.json.data.confirmInventoryUnits.errors).toEqual([]);
  });

  it('declining every unit → shipment declined', async () => {
    const s = openShipment(2);
    const res = await t.gql(CONFIRM_MUTATION, {
      input: { inventoryUnits: s.inventoryUnits.map((u) => ({ inventoryUnitId: u.id, isAvailable: false })) },
    });
    expect(res.json.data.confirmInventoryUnits.errors).toEqual([]);
    const after = await fetchShipment(s.id);
    expect(after.state).toBe('declined');
    expect(after.inventoryUnits.map((u: any) => u.state)).toEqual(['confirmed_unavailable', 'confirmed_unavailable']);
    const declined = await fetchAll(t, { state: 'declined' }, 100);
    expect(declined.nodes.map((n) => n.id)).toContain(s.id);
  });

  it('partial confirmation: one available, one unavailable, one open → confirmed', async () => {
    const s = openShipment(3);
    const [a, b, c] = s.inventoryUnits;
    await t.gql(CONFIRM_MUTATION, {
      input: {
        inventoryUnits: [
          { inventoryUnitId: b.id, isAvailable: false },
          { inventoryUnitId: c.id, isAvailable: false },
        ],
      },
    });
    // only unavailable + still-open unit: not declined yet
    let after = await fetchShipment(s.id);
    expect(after.state).toBe('unconfirmed');
    await t.gql(CONFIRM_MUTATION, { input: { inventoryUnits: [{ inventoryUnitId: a.id, isAvailable: true }] } });
    after = await fetchShipment(s.id);
    expect(after.state).toBe('confirmed');
    expect(after.inventoryUnits.map((u: any) => u.state)).toEqual([
      'confirmed_available',
      'confirmed_unavailable',
      'confirmed_unavailable',
    ]);
  });

  it('reports per-unit errors for unknown ids and illegal transitions, applying the valid ones', async () => {
    const s = openShipment(3);
    const [a, b] = s.inventoryUnits;
    await t.gql(CONFIRM_MUTATION, { input: { inventoryUnits: [{ inventoryUnitId: a.id, isAvailable: true }] } });
    await t.gql(RETURN_MUTATION, { input: { inventoryUnits: [{ inventoryUnitId: a.id }] } });
    const res = await t.gql(CONFIRM_MUTATION, {
      input: {
        inventoryUnits: [
          { inventoryUnitId: 'iu_does_not_exist', isAvailable: true },
          { inventoryUnitId: a.id, isAvailable: true }, // returned → illegal
          { inventoryUnitId: b.id, isAvailable: true },
        ],
      },
    });
    const payload = res.json.data.confirmInventoryUnits;
    expect(payload.inventoryUnits).toEqual([{ id: b.id, state: 'confirmed_available' }]);
    expect(payload.errors).toEqual([
      { id: 'iu_does_not_exist', code: 'NOT_FOUND', message: expect.any(String) },
      { id: a.id, code: 'INVALID_TRANSITION', message: expect.stringContaining('returned') },
    ]);
    // flipping a decided unit is illegal too
    const flip = await t.gql(CONFIRM_MUTATION, {
      input: { inventoryUnits: [{ inventoryUnitId: b.id, isAvailable: false }] },
    });
    expect(flip.json.data.confirmInventoryUnits.errors[0].code).toBe('INVALID_TRANSITION');
    expect(t.sim.state.getUnit(b.id)!.state).toBe('confirmed_available');
  });

  it('setShipmentTracking stores {code, provider}; later queries show it', async () => {
    const s = openShipment(1);
    const notConfirmed = await t.gql(TRACK_MUTATION, {
      input: { shipmentId: s.id, code: 'CC123456789LU', provider: 'post_lu' },
    });
    expect(notConfirmed.json.data.setShipmentTracking.errors[0].code).toBe('INVALID_STATE');

    await t.gql(CONFIRM_MUTATION, {
      input: { inventoryUnits: [{ inventoryUnitId: s.inventoryUnits[0].id, isAvailable: true }] },
    });
    const emptyProvider = await t.gql(TRACK_MUTATION, { input: { shipmentId: s.id, code: 'X1', provider: '  ' } });
    expect(emptyProvider.json.data.setShipmentTracking.errors).toEqual([
      { code: 'INVALID_INPUT', message: expect.any(String) },
    ]);
    expect((await fetchShipment(s.id)).tracking).toBeNull();

    const ok = await t.gql(TRACK_MUTATION, { input: { shipmentId: s.id, code: 'CC123456789LU', provider: 'post_lu' } });
    expect(ok.json.data.setShipmentTracking).toEqual({
      shipment: { id: s.id, state: 'confirmed', tracking: { code: 'CC123456789LU', provider: 'post_lu' } },
      errors: [],
    });
    expect((await fetchShipment(s.id)).tracking).toEqual({ code: 'CC123456789LU', provider: 'post_lu' });

    const unknown = await t.gql(TRACK_MUTATION, { input: { shipmentId: 'shp_nope', code: 'A', provider: 'dhl' } });
    expect(unknown.json.data.setShipmentTracking).toEqual({
      shipment: null,
      errors: [{ code: 'NOT_FOUND', message: expect.any(String) }],
    });
  });

  it('returnInventoryUnits only for confirmed_available units', async () => {
    const s = openShipment(3);
    const [a, b, c] = s.inventoryUnits;
    await t.gql(CONFIRM_MUTATION, {
      input: {
        inventoryUnits: [
          { inventoryUnitId: a.id, isAvailable: true },
          { inventoryUnitId: b.id, isAvailable: false },
        ],
      },
    });
    const res = await t.gql(RETURN_MUTATION, {
      input: {
        inventoryUnits: [
          { inventoryUnitId: a.id },
          { inventoryUnitId: b.id },
          { inventoryUnitId: c.id },
          { inventoryUnitId: 'iu_x' },
        ],
      },
    });
    const payload = res.json.data.returnInventoryUnits;
    expect(payload.inventoryUnits).toEqual([{ id: a.id, state: 'returned' }]);
    expect(payload.errors.map((e: any) => [e.id, e.code])).toEqual([
      [b.id, 'INVALID_TRANSITION'],
      [c.id, 'INVALID_TRANSITION'],
      ['iu_x', 'NOT_FOUND'],
    ]);
    const after = await fetchShipment(s.id);
    expect(after.inventoryUnits.map((u: any) => u.state)).toEqual(['returned', 'confirmed_unavailable', 'unconfirmed']);
    expect(after.state).toBe('confirmed'); // a returned unit had been confirmed
    // returning again is a no-op
    const again = await t.gql(RETURN_MUTATION, { input: { inventoryUnits: [{ inventoryUnitId: a.id }] } });
    expect(again.json.data.returnInventoryUnits).toEqual({
      inventoryUnits: [{ id: a.id, state: 'returned' }],
      errors: [],
    });
  });

  it('changes show up in updatedSince queries and in /admin/state', async () => {
    const s = openShipment(1);
    const before = (await t.admin('GET', '/admin/state')).json;
    await t.gql(CONFIRM_MUTATION, {
      input: { inventoryUnits: [{ inventoryUnitId: s.inventoryUnits[0].id, isAvailable: false }] },
    });
    const after = (await t.admin('GET', '/admin/state')).json;
    expect(after.byState.declined).toBe(before.byState.declined + 1);
    expect(after.byState.unconfirmed).toBe(before.byState.unconfirmed - 1);
    const res = await t.gql(SHIPMENTS_QUERY, { updatedSince: '2026-11-21T07:59:00Z' });
    expect(res.json.data.shipments.nodes.map((n: any) => n.id)).toContain(s.id);
  });
});
