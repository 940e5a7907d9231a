import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const LEVELS = `query($p: ID) { stockLevels(productId: $p, first: 100) { totalCount nodes { quantity reserved available location { warehouse bin } } } }`;

describe('inventory', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let staff: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'inv');
    b = await createTenant(t.orm, 'invb');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('normalises locations to upper case and refuses duplicates', async () => {
    const r = await staff.ok(
      'mutation { createLocation(input: { warehouse: " strassen ", bin: "sa-10-02" }) { warehouse bin } }',
    );
    expect(r.createLocation).toEqual({ warehouse: 'STRASSEN', bin: 'SA-10-02' });
    const err = await staff.fails(
      'mutation { createLocation(input: { warehouse: "Strassen", bin: "SA-10-02" }) { id } }',
    );
    expect(err.extensions?.reason).toBe('LOCATION_EXISTS');
  });

  it('adjusts with reasons, counts, transfers, and writes the audit trail', async () => {
    const p = await seedProduct(t.orm, a.storeId, { sku: 'INV-1' });
    const l1 = await createLocation(staff, 'MAIN', 'A-1');
    const l2 = await createLocation(staff, 'MAIN', 'B-2');
    await receive(staff, p.id, l1, 20);
    await staff.ok('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: p.id, locationId: l1, reason: 'DAMAGED', quantity: -2, note: 'dropped' },
    });
    const counted = await staff.ok('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: p.id, locationId: l1, reason: 'COUNTED', quantity: 15 },
    });
    expect(counted.adjustStock.quantity).toBe(15);
    const moved = await staff.ok(
      'mutation($i: TransferStockInput!) { transferStock(input: $i) { from { quantity } to { quantity } } }',
      { i: { productId: p.id, fromLocationId: l1, toLocationId: l2, quantity: 5 } },
    );
    expect(moved.transferStock).toEqual({ from: { quantity: 10 }, to: { quantity: 5 } });
    const trail = await staff.ok(
      `query($p: ID!) { inventoryTransactions(productId: $p, first: 10) { nodes { reason quantityBefore quantityAfter note userName location { bin } } } }`,
      { p: p.id },
    );
    expect(
      trail.inventoryTransactions.nodes.map((n: any) => [n.reason, n.quantityBefore, n.quantityAfter, n.location.bin]),
    ).toEqual([
      ['TRANSFER_IN', 0, 5, 'B-2'],
      ['TRANSFER_OUT', 15, 10, 'A-1'],
      ['COUNTED', 18, 15, 'A-1'],
      ['DAMAGED', 20, 18, 'A-1'],
      ['RECEIVED', 0, 20, 'A-1'],
    ]);
    expect(trail.inventoryTransactions.nodes[3].note).toBe('dropped');
    expect(trail.inventoryTransactions.nodes[0].userName).toBe('staff inv');
  });

  it('lets the reason decide the direction: "damaged" 1000 is refused and writes nothing', async () => {
    const p = await seedProduct(t.orm, a.storeId);
    const l = await createLocation(staff, 'DIR', '1');
    await receive(staff, p.id, l, 10);
    const ADJUST = 'mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }';
    const adjust = (reason: string, quantity: number) =>
      staff.raw(ADJUST, { i: { productId: p.id, locationId: l, reason, quantity } });
    for (const [reason, quantity, direction] of [
      ['DAMAGED', 1000, 'decrease'],
      ['LOST', 1, 'decrease'],
      ['THEFT', 2, 'decrease'],
      ['SAMPLE', 1, 'decrease'],
      ['RECEIVED', -1, 'increase'],
      ['RETURNED', -3, 'increase'],
    ] as const) {
      const err = (await adjust(reason, quantity)).errors?.[0];
      expect(err?.extensions?.code, reason).toBe('BAD_USER_INPUT');
      expect(err?.extensions?.reason, reason).toBe('ADJUSTMENT_DIRECTION_MISMATCH');
      expect(err?.extensions?.direction, reason).toBe(direction);
      expect(err?.message, reason).toContain(`"${reason.toLowerCase()}"`);
      expect(Object.keys((err?.extensions?.fields as object) ?? {}), reason).toEqual(['quantity']);
    }
    expect((await adjust('CORRECTION', 0)).errors?.[0]?.extensions?.fields).toEqual({
      quantity: 'must be from -1000000 to 1000000, not 0',
    });
    expect((await adjust('DAMAGED', -1)).data?.adjustStock.quantity).toBe(9);
    expect((await adjust('LOST', -2)).data?.adjustStock.quantity).toBe(7);
    expect((await adjust('FOUND', 3)).data?.adjustStock.quantity).toBe(10);
    expect((await adjust('FOUND', -1)).data?.adjustStock.quantity).toBe(9);
    expect((await adjust('CORRECTION', -4)).data?.adjustStock.quantity).toBe(5);
    const trail = await staff.ok(
      'query($p: ID!) { inventoryTransactions(productId: $p, first: 20) { nodes { reason quantityBefore quantityAfter } } }',
      { p: p.id },
    );
    expect(
      trail.inventoryTransactions.nodes.map((n: any) => `${n.reason} ${n.quantityBefore}→${n.quantityAfter}`),
    ).toEqual(['CORRECTION 9→5', 'FOUND 10→9', 'FOUND 7→10', 'LOST 9→7', 'DAMAGED 10→9', 'RECEIVED 0→10']);
  });

  it('never goes below zero: a too large removal or transfer is refused and changes nothing', async () => {
    const p = await seedProduct(t.orm, a.storeId);
    const l = await createLocation(staff, 'NEG', '1');
    const l2 = await createLocation(staff, 'NEG', '2');
    await receive(staff, p.id, l, 3);
    const err = await staff.fails('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: p.id, locationId: l, reason: 'DAMAGED', quantity: -4 },
    });
    expect(err.extensions?.reason).toBe('INSUFFICIENT_STOCK');
    const err2 = await staff.fails(
      'mutation($i: TransferStockInput!) { transferStock(input: $i) { from { quantity } } }',
      {
        i: { productId: p.id, fromLocationId: l, toLocationId: l2, quantity: 4 },
      },
    );
    expect(err2.extensions?.reason).toBe('INSUFFICIENT_STOCK');
    const levels = await staff.ok(LEVELS, { p: p.id });
    expect(levels.stockLevels.nodes.map((n: any) => n.quantity)).toEqual([3]);
  });

  it('loses no update under concurrent adjustments', async () => {
    const p = await seedProduct(t.orm, a.storeId);
    const l = await createLocation(staff, 'CONC', '1');
    await Promise.all(Array.from({ length: 40 }, () => receive(staff, p.id, l, 1)));
    const levels = await staff.ok(LEVELS, { p: p.id });
    expect(levels.stockLevels.nodes[0].quantity).toBe(40);
    const trail = await staff.ok(`query($p: ID!) { inventoryTransactions(productId: $p, first: 100) { totalCount } }`, {
      p: p.id,
    });
    expect(trail.inventoryTransactions.totalCount).toBe(40);
  });

  it('lists low stock (available ≤ threshold), not digital or archived products', async () => {
    const low = await seedProduct(t.orm, a.storeId, { sku: 'LOW-1', lowStockThreshold: 5 });
    const fine = await seedProduct(t.orm, a.storeId, { sku: 'FINE-1', lowStockThreshold: 5 });
    await seedProduct(t.orm, a.storeId, { sku: 'DIGI-1', lowStockThreshold: 5, digital: true });
    const l = await createLocation(staff, 'LOW', '1');
    await receive(staff, low.id, l, 5);
    await receive(staff, fine.id, l, 6);
    const r = await staff.ok('{ lowStock { product { sku } available threshold } }');
    const skus = r.lowStock.map((x: any) => x.product.sku);
    expect(skus).toContain('LOW-1');
    expect(skus).not.toContain('FINE-1');
    expect(skus).not.toContain('DIGI-1');
    expect((await staff.ok('{ lowStock(limit: 1) { product { sku } } }')).lowStock).toHaveLength(1);
  });

  it('refuses a low-stock limit outside 1–100 instead of changing it', async () => {
    for (const limit of [0, -5, 101]) {
      const e = await staff.fails(`{ lowStock(limit: ${limit}) { product { sku } } }`);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fields).toEqual({ limit: 'must be between 1 and 100' });
    }
  });

  it("isolates tenants: store B's products and locations are not found from store A", async () => {
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const pb = await seedProduct(t.orm, b.storeId);
    const lb = await createLocation(ownerB, 'B', '1');
    await receive(ownerB, pb.id, lb, 9);
    const la = await createLocation(staff, 'ISO', '1');
    const err = await staff.fails('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: pb.id, locationId: la, reason: 'RECEIVED', quantity: 1 },
    });
    expect(err.extensions?.code).toBe('NOT_FOUND');
    const pa = await seedProduct(t.orm, a.storeId);
    const err2 = await staff.fails('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: pa.id, locationId: lb, reason: 'RECEIVED', quantity: 1 },
    });
    expect(err2.extensions?.code).toBe('NOT_FOUND');
    const seen = await staff.ok(LEVELS, { p: pb.id });
    expect(seen.stockLevels.totalCount).toBe(0);
    const trail = await staff.ok(`query($p: ID!) { inventoryTransactions(productId: $p) { totalCount } }`, {
      p: pb.id,
    });
    expect(trail.inventoryTransactions.totalCount).toBe(0);
    const locs = await staff.ok('{ locations { id } }');
    expect(locs.locations.map((x: any) => x.id)).not.toContain(lb);
  });

  it('an accountant cannot adjust stock', async () => {
    const acc = t.client().useStore(a.storeId);
    await acc.login(a.users.accountant.email, PASSWORD);
    const err = await acc.fails('{ locations { id } }');
    expect(err.extensions?.code).toBe('FORBIDDEN');
  });

  void ADDRESS;
});
