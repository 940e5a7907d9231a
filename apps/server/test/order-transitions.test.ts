import { CATALOGUE, type Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS } from './helpers/catalog-fixtures.js';
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

/**
 * Every status change from every writer — the order mutations, the Letzshop actions, a sync
 * importing a shipment changed on Letzshop — checked for the same outcome: the status, the stock
 * and the order's open reservations, the timeline entry, and the customer's statistics.
 */

const STOCK = 50;
let t: TestApp;
let sim: Simulator;
let tenant: Tenant;
let staff: GqlClient;
let productIds: Map<string, string>;
let nextSku = 0;

const ORDER = `query($id: ID!) { order(id: $id) { id status totalCents
  customer { totalOrders totalSpentCents }
  lines { id sku quantity letzshopUnits { id state } }
  timeline { kind fromStatus toStatus message } } }`;
const DECIDE = `mutation($i: DecideLetzshopItemsInput!) { decideLetzshopItems(input: $i) { order { id } } }`;
const TRACK = `mutation($i: SetLetzshopTrackingInput!) { setLetzshopTracking(input: $i) { order { id } } }`;
const RETURN = `mutation($i: ReturnLetzshopItemsInput!) { returnLetzshopItems(input: $i) { order { id } } }`;
const move = (mutation: string, input: string) => `mutation($i: ${input}!) { ${mutation}(input: $i) { order { id } } }`;

/** A catalogue product no other case touches (its stock starts at STOCK, nothing reserved). */
function freshSku(): string {
  const c = CATALOGUE[nextSku++];
  if (!c) throw new Error('the simulator catalogue has too few products for these cases');
  return c.sku;
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

async function openReservations(orderId: string) {
  const [row] = await t.orm.em.fork().execute<{ n: number }[]>(
    `select coalesce(sum(r.quantity), 0)::int as n from stock_reservation r join order_line l on l.id = r.order_line_id
        where l.order_id = ? and r.status = 'open'`,
    [orderId],
  );
  return row!.n;
}

async function read(id: string) {
  return (await staff.ok(ORDER, { id })).order;
}

interface Expected {
  status: string;
  /** Per SKU: stock on the shelf and reserved. */
  stock: Record<string, { quantity: number; reserved: number }>;
  reservedByOrder: number;
  /** The newest timeline entry. */
  event: { kind: string; fromStatus: string | null; toStatus: string | null };
  /** Counted as an order (cancelled ones are not); spent = the order's total unless refunded. */
  counts: boolean;
  spends: boolean;
}

/** Checks an order's state after a step; the customer has only this order. */
async function expectOrder(id: string, e: Expected) {
  const o = await read(id);
  expect(o.status).toBe(e.status);
  for (const [sku, s] of Object.entries(e.stock)) expect(await stockOf(sku), sku).toEqual(s);
  expect(await openReservations(id)).toBe(e.reservedByOrder);
  expect(o.timeline.at(-1)).toMatchObject(e.event);
  expect(o.customer).toEqual({
    totalOrders: e.counts ? 1 : 0,
    totalSpentCents: e.counts && e.spends ? o.totalCents : 0,
  });
  return o;
}

let buyer = 0;
async function directOrder(sku: string, quantity: number) {
  buyer += 1;
  const r = await staff.ok(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }`, {
    i: {
      newCustomer: { email: `direct-${buyer}@transitions.test`, firstName: 'Dana', lastName: `Direct ${buyer}` },
      shippingAddress: ADDRESS,
      lines: [{ productId: productIds.get(sku), quantity }],
    },
  });
  return r.createOrder.order.id as string;
}

async function letzshopOrder(lines: { sku: string; quantity: number }[]) {
  buyer += 1;
  const s = sim.addShipment({ lines, email: `ls-${buyer}@transitions.test` });
  await syncAndWait(staff);
  const r = await staff.ok(
    `query { orders(first: 100, filter: { channel: LETZSHOP }) { nodes { id externalShipmentId } } }`,
  );
  const id = r.orders.nodes.find((n: any) => n.externalShipmentId === s.id).id as string;
  return { shipment: s, id, order: await read(id) };
}

const unitsOf = (o: any, sku: string): string[] =>
  o.lines.find((l: any) => l.sku === sku).letzshopUnits.map((u: any) => u.id);

beforeAll(async () => {
  sim = await startSim({ seed: 11, shipments: 0 });
  t = await startTestApp(FAST_LETZSHOP);
  tenant = await createTenant(t.orm, 'otr');
  productIds = await seedSimCatalogue(t.orm, tenant.storeId, STOCK);
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

describe('direct order mutations', () => {
  it('created → processing → shipped → delivered → refunded', async () => {
    const sku = freshSku();
    const id = await directOrder(sku, 2);
    const open = { quantity: STOCK, reserved: 2 };
    const gone = { quantity: STOCK - 2, reserved: 0 };
    const step = (kind: string, fromStatus: string | null, toStatus: string) => ({ kind, fromStatus, toStatus });
    await expectOrder(id, {
      status: 'PENDING',
      stock: { [sku]: open },
      reservedByOrder: 2,
      event: step('created', null, 'PENDING'),
      counts: true,
      spends: true,
    });
    await staff.ok(move('confirmOrder', 'OrderIdInput'), { i: { id } });
    await expectOrder(id, {
      status: 'PROCESSING',
      stock: { [sku]: open },
      reservedByOrder: 2,
      event: step('status_changed', 'PENDING', 'PROCESSING'),
      counts: true,
      spends: true,
    });
    await staff.ok(move('shipOrder', 'ShipOrderInput'), { i: { id, carrier: 'post_lu', trackingNumber: 'LU1' } });
    await expectOrder(id, {
      status: 'SHIPPED',
      stock: { [sku]: gone },
      reservedByOrder: 0,
      event: step('status_changed', 'PROCESSING', 'SHIPPED'),
      counts: true,
      spends: true,
    });
    await staff.ok(move('markOrderDelivered', 'OrderIdInput'), { i: { id } });
    await expectOrder(id, {
      status: 'DELIVERED',
      stock: { [sku]: gone },
      reservedByOrder: 0,
      event: step('status_changed', 'SHIPPED', 'DELIVERED'),
      counts: true,
      spends: true,
    });
    await staff.ok(move('refundOrder', 'OrderIdInput'), { i: { id } });
    await expectOrder(id, {
      status: 'REFUNDED',
      stock: { [sku]: gone },
      reservedByOrder: 0,
      event: step('status_changed', 'DELIVERED', 'REFUNDED'),
      counts: true,
      spends: false,
    });
  });

  it('shipped → refunded', async () => {
    const sku = freshSku();
    const id = await directOrder(sku, 1);
    await staff.ok(move('confirmOrder', 'OrderIdInput'), { i: { id } });
    await staff.ok(move('shipOrder', 'ShipOrderInput'), { i: { id, carrier: 'dpd', trackingNumber: null } });
    await staff.ok(move('refundOrder', 'OrderIdInput'), { i: { id } });
    await expectOrder(id, {
      status: 'REFUNDED',
      stock: { [sku]: { quantity: STOCK - 1, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'SHIPPED', toStatus: 'REFUNDED' },
      counts: true,
      spends: false,
    });
  });

  it.each([
    ['pending', false],
    ['processing', true],
  ])('%s → cancelled: the reservation is released, the order no longer counts', async (_, confirmFirst) => {
    const sku = freshSku();
    const id = await directOrder(sku, 3);
    if (confirmFirst) await staff.ok(move('confirmOrder', 'OrderIdInput'), { i: { id } });
    await staff.ok(move('cancelOrder', 'CancelOrderInput'), { i: { id, reason: 'asked' } });
    await expectOrder(id, {
      status: 'CANCELLED',
      stock: { [sku]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: confirmFirst ? 'PROCESSING' : 'PENDING', toStatus: 'CANCELLED' },
      counts: false,
      spends: false,
    });
  });
});

describe('Letzshop actions', () => {
  it('imported → partly declined (processing) → tracking (shipped) → delivered → returned bit by bit → refunded', async () => {
    const kept = freshSku();
    const declined = freshSku();
    const { id } = await letzshopOrder([
      { sku: kept, quantity: 2 },
      { sku: declined, quantity: 1 },
    ]);
    const o = await expectOrder(id, {
      status: 'PENDING',
      stock: { [kept]: { quantity: STOCK, reserved: 2 }, [declined]: { quantity: STOCK, reserved: 1 } },
      reservedByOrder: 3,
      event: { kind: 'imported', fromStatus: null, toStatus: 'PENDING' },
      counts: true,
      spends: true,
    });
    const lineOf = (sku: string) => o.lines.find((l: any) => l.sku === sku).id;
    await staff.ok(DECIDE, {
      i: {
        orderId: id,
        lines: [
          { lineId: lineOf(kept), available: true },
          { lineId: lineOf(declined), available: false },
        ],
      },
    });
    const confirmed = await expectOrder(id, {
      status: 'PROCESSING',
      stock: { [kept]: { quantity: STOCK, reserved: 2 }, [declined]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 2,
      event: { kind: 'status_changed', fromStatus: 'PENDING', toStatus: 'PROCESSING' },
      counts: true,
      spends: true,
    });
    expect(confirmed.totalCents).toBeLessThan(o.totalCents);
    await staff.ok(TRACK, { i: { orderId: id, carrier: 'post_lu', trackingNumber: 'LU-A1' } });
    const shipped = { [kept]: { quantity: STOCK - 2, reserved: 0 }, [declined]: { quantity: STOCK, reserved: 0 } };
    await expectOrder(id, {
      status: 'SHIPPED',
      stock: shipped,
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'PROCESSING', toStatus: 'SHIPPED' },
      counts: true,
      spends: true,
    });
    // Delivered is ours to record, also on a marketplace order.
    await staff.ok(move('markOrderDelivered', 'OrderIdInput'), { i: { id } });
    await expectOrder(id, {
      status: 'DELIVERED',
      stock: shipped,
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'SHIPPED', toStatus: 'DELIVERED' },
      counts: true,
      spends: true,
    });
    await staff.ok(RETURN, { i: { orderId: id, lines: [{ lineId: lineOf(kept), quantity: 1 }] } });
    await expectOrder(id, {
      status: 'DELIVERED',
      stock: { ...shipped, [kept]: { quantity: STOCK - 1, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'letzshop_update', fromStatus: 'DELIVERED', toStatus: 'DELIVERED' },
      counts: true,
      spends: true,
    });
    await staff.ok(RETURN, { i: { orderId: id, lines: [{ lineId: lineOf(kept), quantity: 1 }] } });
    await expectOrder(id, {
      status: 'REFUNDED',
      stock: { ...shipped, [kept]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'DELIVERED', toStatus: 'REFUNDED' },
      counts: true,
      spends: false,
    });
  });

  it('declined in full → cancelled: every reservation released, the order no longer counts', async () => {
    const sku = freshSku();
    const { id } = await letzshopOrder([{ sku, quantity: 2 }]);
    await staff.ok(DECIDE, { i: { orderId: id, all: false } });
    await expectOrder(id, {
      status: 'CANCELLED',
      stock: { [sku]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'PENDING', toStatus: 'CANCELLED' },
      counts: false,
      spends: false,
    });
  });
});

describe('Letzshop import of a shipment changed on Letzshop', () => {
  it('confirmed and partly declined → tracking → returned bit by bit → refunded, each by a sync', async () => {
    const kept = freshSku();
    const declined = freshSku();
    const { shipment, id, order } = await letzshopOrder([
      { sku: kept, quantity: 2 },
      { sku: declined, quantity: 1 },
    ]);
    const [a, b] = unitsOf(order, kept);
    for (const u of [a!, b!]) sim.state.setUnitState(u, 'confirmed_available');
    sim.state.setUnitState(unitsOf(order, declined)[0]!, 'confirmed_unavailable');
    await syncAndWait(staff);
    await expectOrder(id, {
      status: 'PROCESSING',
      stock: { [kept]: { quantity: STOCK, reserved: 2 }, [declined]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 2,
      event: { kind: 'status_changed', fromStatus: 'PENDING', toStatus: 'PROCESSING' },
      counts: true,
      spends: true,
    });
    sim.state.setShipmentTracking({ shipmentId: shipment.id, code: 'LS-T1', provider: 'dpd' });
    await syncAndWait(staff);
    const shipped = { [kept]: { quantity: STOCK - 2, reserved: 0 }, [declined]: { quantity: STOCK, reserved: 0 } };
    await expectOrder(id, {
      status: 'SHIPPED',
      stock: shipped,
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'PROCESSING', toStatus: 'SHIPPED' },
      counts: true,
      spends: true,
    });
    sim.state.setUnitState(a!, 'returned');
    await syncAndWait(staff);
    await expectOrder(id, {
      status: 'SHIPPED',
      stock: { ...shipped, [kept]: { quantity: STOCK - 1, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'letzshop_update', fromStatus: 'SHIPPED', toStatus: 'SHIPPED' },
      counts: true,
      spends: true,
    });
    sim.state.setUnitState(b!, 'returned');
    await syncAndWait(staff);
    await expectOrder(id, {
      status: 'REFUNDED',
      stock: { ...shipped, [kept]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'SHIPPED', toStatus: 'REFUNDED' },
      counts: true,
      spends: false,
    });
  });

  it('declined on Letzshop → cancelled by the sync', async () => {
    const sku = freshSku();
    const { id, order } = await letzshopOrder([{ sku, quantity: 2 }]);
    for (const u of unitsOf(order, sku)) sim.state.setUnitState(u, 'confirmed_unavailable');
    await syncAndWait(staff);
    await expectOrder(id, {
      status: 'CANCELLED',
      stock: { [sku]: { quantity: STOCK, reserved: 0 } },
      reservedByOrder: 0,
      event: { kind: 'status_changed', fromStatus: 'PENDING', toStatus: 'CANCELLED' },
      counts: false,
      spends: false,
    });
  });
});
