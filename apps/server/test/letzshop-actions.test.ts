import type { Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import {
  connectLetzshop,
  FAST_LETZSHOP,
  seedSimCatalogue,
  startSim,
  syncAndWait,
} from './helpers/letzshop-fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let sim: Simulator;
let tenant: Tenant;
let staff: GqlClient;

const ORDER = `query($id: ID!) { order(id: $id) { id status carrier trackingNumber totalCents externalState
  lines { id sku quantity lineTotalCents itemState letzshopUnits { id state } } } }`;
const DECIDE = `mutation($i: DecideLetzshopItemsInput!) { decideLetzshopItems(input: $i) {
  order { id status totalCents lines { id quantity itemState } } refused { unitId code message } } }`;
const TRACK = `mutation($i: SetLetzshopTrackingInput!) { setLetzshopTracking(input: $i) { order { id status carrier trackingNumber } } }`;
const RETURN = `mutation($i: ReturnLetzshopItemsInput!) { returnLetzshopItems(input: $i) { order { id status lines { id itemState letzshopUnits { state } } } } }`;

async function orderFor(shipmentId: string) {
  const r = await staff.ok(
    `query { orders(first: 100, filter: { channel: LETZSHOP }) { nodes { id externalShipmentId } } }`,
  );
  const o = r.orders.nodes.find((n: any) => n.externalShipmentId === shipmentId);
  return (await staff.ok(ORDER, { id: o.id })).order;
}

async function stockOf(sku: string) {
  const [row] = await t.orm.em
    .fork()
    .execute<{ quantity: number; reserved: number }[]>(
      'select sum(s.quantity)::int as quantity, sum(s.reserved)::int as reserved from stock_level s join product p on p.id = s.product_id where p.store_id = ? and p.sku = ?',
      [tenant.storeId, sku],
    );
  return row!;
}

/** A fresh unconfirmed shipment on the simulator, imported by a sync. */
async function newOrder(lines: { sku: string; quantity: number }[]) {
  const s = sim.addShipment({ lines });
  await syncAndWait(staff);
  return { shipment: s, order: await orderFor(s.id) };
}

beforeAll(async () => {
  sim = await startSim({ seed: 3, shipments: 0 });
  t = await startTestApp(FAST_LETZSHOP);
  tenant = await createTenant(t.orm, 'lsa');
  await seedSimCatalogue(t.orm, tenant.storeId, 20);
  const owner = t.client().useStore(tenant.storeId);
  await owner.login(tenant.users.owner.email, PASSWORD);
  await connectLetzshop(owner, sim);
  staff = t.client().useStore(tenant.storeId);
  await staff.login(tenant.users.staff.email, PASSWORD);
});

afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('confirm and decline', () => {
  it('partial: one line confirmed, one declined → processing; the declined line frees its stock and leaves the total', async () => {
    const before = await stockOf('MUG-250-WHT');
    const { shipment, order } = await newOrder([
      { sku: 'SOAP-LAV', quantity: 2 },
      { sku: 'MUG-250-WHT', quantity: 1 },
    ]);
    expect((await stockOf('MUG-250-WHT')).reserved).toBe(before.reserved + 1);
    const soap = order.lines.find((l: any) => l.sku === 'SOAP-LAV');
    const candle = order.lines.find((l: any) => l.sku === 'MUG-250-WHT');
    const r = await staff.ok(DECIDE, {
      i: {
        orderId: order.id,
        lines: [
          { lineId: soap.id, available: true },
          { lineId: candle.id, available: false },
        ],
      },
    });
    expect(r.decideLetzshopItems.refused).toEqual([]);
    const after = (await staff.ok(ORDER, { id: order.id })).order;
    expect(after.status).toBe('PROCESSING');
    expect(after.externalState).toBe('confirmed');
    expect(after.lines.find((l: any) => l.sku === 'MUG-250-WHT')).toMatchObject({
      quantity: 0,
      itemState: 'CONFIRMED_UNAVAILABLE',
    });
    expect(after.totalCents).toBe(soap.lineTotalCents);
    expect((await stockOf('MUG-250-WHT')).reserved).toBe(before.reserved);
    // Letzshop has the same facts; the next sync changes nothing.
    expect(sim.state.get(shipment.id)!.state).toBe('confirmed');
    const again = await syncAndWait(staff);
    expect(again).toMatchObject({ status: 'SUCCEEDED', updated: 0, failed: 0 });
  });

  it('decline all → cancelled, every reservation released', async () => {
    const before = await stockOf('SOAP-LAV');
    const { shipment, order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 3 }]);
    expect((await stockOf('SOAP-LAV')).reserved).toBe(before.reserved + 3);
    const r = await staff.ok(DECIDE, { i: { orderId: order.id, all: false } });
    expect(r.decideLetzshopItems.order.status).toBe('CANCELLED');
    expect(sim.state.get(shipment.id)!.state).toBe('declined');
    expect(await stockOf('SOAP-LAV')).toEqual(before);
  });

  it('tracking → shipped: stock leaves, Letzshop has the tracking, and ours stays the source of truth', async () => {
    const before = await stockOf('SOAP-LAV');
    const { shipment, order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 2 }]);
    await staff.ok(DECIDE, { i: { orderId: order.id, all: true } });
    const r = await staff.ok(TRACK, { i: { orderId: order.id, carrier: 'post_lu', trackingNumber: 'LU123456789' } });
    expect(r.setLetzshopTracking.order).toMatchObject({
      status: 'SHIPPED',
      carrier: 'post_lu',
      trackingNumber: 'LU123456789',
    });
    expect(sim.state.get(shipment.id)!.tracking).toMatchObject({ code: 'LU123456789' });
    expect(await stockOf('SOAP-LAV')).toEqual({ quantity: before.quantity - 2, reserved: before.reserved });
    // Letzshop's known bug: tracking lost on its side. A sync does not wipe ours.
    sim.state.get(shipment.id)!.tracking = null;
    await syncAndWait(staff);
    expect((await staff.ok(ORDER, { id: order.id })).order).toMatchObject({
      status: 'SHIPPED',
      trackingNumber: 'LU123456789',
    });
  });

  it('return: units go back on the shelf; all returned → refunded', async () => {
    const { order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 2 }]);
    await staff.ok(DECIDE, { i: { orderId: order.id, all: true } });
    await staff.ok(TRACK, { i: { orderId: order.id, carrier: 'dpd', trackingNumber: 'DPD1' } });
    const shipped = await stockOf('SOAP-LAV');
    const line = order.lines[0];
    const one = await staff.ok(RETURN, { i: { orderId: order.id, lines: [{ lineId: line.id, quantity: 1 }] } });
    expect(one.returnLetzshopItems.order.status).toBe('SHIPPED');
    expect((await stockOf('SOAP-LAV')).quantity).toBe(shipped.quantity + 1);
    const tooMany = await staff.fails(RETURN, { i: { orderId: order.id, lines: [{ lineId: line.id, quantity: 2 }] } });
    expect(tooMany.extensions?.fields).toMatchObject({ quantity: expect.stringMatching(/between 1 and 1/) });
    const two = await staff.ok(RETURN, { i: { orderId: order.id, lines: [{ lineId: line.id, quantity: 1 }] } });
    expect(two.returnLetzshopItems.order.status).toBe('REFUNDED');
    expect((await stockOf('SOAP-LAV')).quantity).toBe(shipped.quantity + 2);
  });
});

describe('one set of rules for every writer', () => {
  const REFUND = 'mutation($i: OrderIdInput!) { refundOrder(input: $i) { order { id status } } }';
  const STATE = `query($id: ID!) { order(id: $id) { status nextStatuses customer { totalOrders totalSpentCents }
    lines { sku itemState letzshopUnits { state } } timeline { kind } } }`;

  it('the generic refund is refused on a Letzshop order: a refund there is a return through Letzshop', async () => {
    const { order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 1 }]);
    await staff.ok(DECIDE, { i: { orderId: order.id, all: true } });
    await staff.ok(TRACK, { i: { orderId: order.id, carrier: 'dpd', trackingNumber: 'R-1' } });
    const before = (await staff.ok(STATE, { id: order.id })).order;
    expect(before.nextStatuses).toEqual(['DELIVERED']);
    const e = await staff.fails(REFUND, { i: { id: order.id } });
    expect(e.extensions?.reason).toBe('REFUND_THROUGH_LETZSHOP');
    expect(e.message).toMatch(/return/i);
    expect((await staff.ok(STATE, { id: order.id })).order).toEqual(before);
  });

  it('tracking with an item still undecided is refused, naming it; nothing reaches Letzshop', async () => {
    const { shipment, order } = await newOrder([
      { sku: 'SOAP-LAV', quantity: 1 },
      { sku: 'MUG-250-WHT', quantity: 1 },
      { sku: 'CANDLE-VAN', quantity: 1 },
    ]);
    const line = (sku: string) => order.lines.find((l: any) => l.sku === sku).id;
    await staff.ok(DECIDE, {
      i: {
        orderId: order.id,
        lines: [
          { lineId: line('SOAP-LAV'), available: true },
          { lineId: line('MUG-250-WHT'), available: false },
        ],
      },
    });
    const before = (await staff.ok(STATE, { id: order.id })).order;
    const e = await staff.fails(TRACK, { i: { orderId: order.id, carrier: 'dpd', trackingNumber: 'U-1' } });
    expect(e.extensions?.reason).toBe('UNITS_UNDECIDED');
    expect(e.message).toMatch(/1 × CANDLE-VAN/);
    expect(e.message).not.toMatch(/SOAP-LAV|MUG-250-WHT/);
    expect((await staff.ok(STATE, { id: order.id })).order).toEqual(before);
    expect(sim.state.get(shipment.id)!.tracking).toBeNull();
  });

  it('declineRemaining: the undecided items are declined on Letzshop first, then the order ships', async () => {
    const candle = await stockOf('CANDLE-VAN');
    const { shipment, order } = await newOrder([
      { sku: 'SOAP-LAV', quantity: 1 },
      { sku: 'CANDLE-VAN', quantity: 2 },
    ]);
    const soap = order.lines.find((l: any) => l.sku === 'SOAP-LAV').id;
    await staff.ok(DECIDE, { i: { orderId: order.id, lines: [{ lineId: soap, available: true }] } });
    const r = await staff.ok(TRACK, {
      i: { orderId: order.id, carrier: 'dpd', trackingNumber: 'U-2', declineRemaining: true },
    });
    expect(r.setLetzshopTracking.order).toMatchObject({ status: 'SHIPPED', trackingNumber: 'U-2' });
    const after = (await staff.ok(STATE, { id: order.id })).order;
    expect(after.lines.find((l: any) => l.sku === 'CANDLE-VAN')).toMatchObject({
      itemState: 'CONFIRMED_UNAVAILABLE',
      letzshopUnits: [{ state: 'CONFIRMED_UNAVAILABLE' }, { state: 'CONFIRMED_UNAVAILABLE' }],
    });
    const onLetzshop = sim.state.get(shipment.id)!;
    expect(onLetzshop.tracking).toMatchObject({ code: 'U-2' });
    expect(
      onLetzshop.inventoryUnits.filter((u) => u.state === 'unconfirmed'),
      'no unit left open on Letzshop',
    ).toEqual([]);
    expect(await stockOf('CANDLE-VAN')).toEqual(candle);
  });

  it('a return of more than the line has is refused, naming the line and the range; nothing changes', async () => {
    const { shipment, order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 2 }]);
    await staff.ok(DECIDE, { i: { orderId: order.id, all: true } });
    await staff.ok(TRACK, { i: { orderId: order.id, carrier: 'dpd', trackingNumber: 'Q-1' } });
    const stock = await stockOf('SOAP-LAV');
    const before = (await staff.ok(STATE, { id: order.id })).order;
    const line = order.lines[0].id;
    const five = await staff.fails(RETURN, { i: { orderId: order.id, lines: [{ lineId: line, quantity: 5 }] } });
    expect(five.extensions?.fields).toEqual({ quantity: expect.stringMatching(/^SOAP-LAV: between 1 and 2/) });
    // The same line twice (2 + 2 on a line of 2) is not quietly read as 2 either.
    const twice = await staff.fails(RETURN, {
      i: {
        orderId: order.id,
        lines: [
          { lineId: line, quantity: 2 },
          { lineId: line, quantity: 2 },
        ],
      },
    });
    expect(twice.extensions?.fields).toEqual({ lines: expect.stringMatching(/SOAP-LAV is listed more than once/) });
    const decidedTwice = await staff.fails(DECIDE, {
      i: {
        orderId: order.id,
        lines: [
          { lineId: line, available: true },
          { lineId: line, available: false },
        ],
      },
    });
    expect(decidedTwice.extensions?.fields).toEqual({
      lines: expect.stringMatching(/SOAP-LAV is listed more than once/),
    });
    expect((await staff.ok(STATE, { id: order.id })).order).toEqual(before);
    expect(await stockOf('SOAP-LAV')).toEqual(stock);
    expect(sim.state.get(shipment.id)!.inventoryUnits.map((u) => u.state)).toEqual([
      'confirmed_available',
      'confirmed_available',
    ]);
  });
});

describe('when Letzshop says no, nothing changes here', () => {
  it('a refusal comes back with its reason and leaves the order as it was', async () => {
    const { shipment, order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 1 }]);
    const stock = await stockOf('SOAP-LAV');
    // Decided on Letzshop's side meanwhile (e.g. in its own back office).
    sim.state.setUnitState(shipment.inventoryUnits[0]!.id, 'confirmed_unavailable');
    const e = await staff.fails(DECIDE, { i: { orderId: order.id, all: true } });
    expect(e.extensions?.reason).toBe('LETZSHOP_REFUSED');
    expect(e.message).toMatch(/Letzshop refused/);
    expect((await staff.ok(ORDER, { id: order.id })).order.status).toBe('PENDING');
    expect(await stockOf('SOAP-LAV')).toEqual(stock);
    // The next sync brings Letzshop's decision in.
    await syncAndWait(staff);
    expect((await staff.ok(ORDER, { id: order.id })).order.status).toBe('CANCELLED');
  });

  it('Letzshop down: the user is told, nothing changes, a later try works (the retry is safe)', async () => {
    const { order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 1 }]);
    sim.faults.add({ kind: 'http500', count: 10, target: 'mutation' });
    const e = await staff.fails(DECIDE, { i: { orderId: order.id, all: true } });
    expect(e.extensions?.reason).toBe('LETZSHOP_UNAVAILABLE');
    expect((await staff.ok(ORDER, { id: order.id })).order.status).toBe('PENDING');
    sim.faults.clear();
    // A confirmation that reached Letzshop but whose answer was lost (slow past our timeout):
    // the retry sends the same decision again, which Letzshop treats as a no-op.
    sim.faults.add({ kind: 'slow', delayMs: 1500, target: 'mutation' });
    const r = await staff.ok(DECIDE, { i: { orderId: order.id, all: true } });
    expect(r.decideLetzshopItems.order.status).toBe('PROCESSING');
  });

  it('tracking before any confirmation is refused with a clear message', async () => {
    const { order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 1 }]);
    const e = await staff.fails(TRACK, { i: { orderId: order.id, carrier: 'dpd', trackingNumber: 'X1' } });
    expect(e.extensions?.reason).toBe('ORDER_NOT_CONFIRMED');
    const blank = await staff.fails(TRACK, { i: { orderId: order.id, carrier: ' ', trackingNumber: '' } });
    expect(blank.extensions?.fields).toMatchObject({ carrier: 'is required', trackingNumber: 'is required' });
  });

  it('the generic confirm/ship/cancel are refused on a Letzshop order (they would bypass Letzshop)', async () => {
    const { order } = await newOrder([{ sku: 'SOAP-LAV', quantity: 1 }]);
    const e = await staff.fails('mutation($i: OrderIdInput!) { confirmOrder(input: $i) { order { id } } }', {
      i: { id: order.id },
    });
    expect(e.extensions?.reason).toBe('USE_LETZSHOP_ACTIONS');
    const next = await staff.ok('query($id: ID!) { order(id: $id) { nextStatuses } }', { id: order.id });
    expect(next.order.nextStatuses).toEqual([]);
  });

  it('a direct order is not a Letzshop order', async () => {
    const r = await t.orm.em
      .fork()
      .execute<{ id: string }[]>('select id from customer_order where store_id = ? limit 1', [tenant.storeId]);
    await t.orm.em.fork().execute(`update customer_order set channel = 'direct' where id = ?`, [r[0]!.id]);
    const e = await staff.fails(DECIDE, { i: { orderId: r[0]!.id, all: true } });
    expect(e.extensions?.reason).toBe('NOT_A_LETZSHOP_ORDER');
  });
});

describe('permissions', () => {
  it('the accountant reads but cannot act or sync', async () => {
    const acc = t.client().useStore(tenant.storeId);
    await acc.login(tenant.users.accountant.email, PASSWORD);
    const r = await staff.ok(`query { orders(first: 1, filter: { channel: LETZSHOP }) { nodes { id } } }`);
    const e = await acc.fails(DECIDE, { i: { orderId: r.orders.nodes[0].id, all: true } });
    expect(e.extensions?.code).toBe('FORBIDDEN');
    expect((await acc.fails('mutation { startLetzshopSync { id } }')).extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await staff.fails('mutation($i: UpdateLetzshopSettingsInput!) { updateLetzshopSettings(input: $i) { id } }', {
          i: { autoSync: true },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
