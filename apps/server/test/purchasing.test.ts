import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const PO_FIELDS = `id number status supplierName expectedDate totalCents remaining
  lines { id quantityOrdered quantityReceived quantityRejected quantityShortClosed remaining unitCostCents supplierSku product { sku } }
  events { kind message userName } receipts { number deliveryNote lines { accepted rejected location { bin } } }`;
const CREATE_PO = `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { ${PO_FIELDS} } } }`;
const SEND = `mutation($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { ${PO_FIELDS} } } }`;
const RECEIVE = `mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) {
  replayed receipt { number } purchaseOrder { ${PO_FIELDS} } } }`;
const INCOMING = 'query($p: [ID!]!) { incomingStock(productIds: $p) { productId onOrder nextExpectedDate } }';
const CREATE_SUPPLIER =
  'mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { supplier { id name vatNumber } } }';

let keyN = 0;
const key = () => `test-key-${Date.now()}-${++keyN}`;

describe('purchasing', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let staff: GqlClient;
  let staffB: GqlClient;
  let accountant: GqlClient;
  let loc: string;
  let loc2: string;
  let supplierId: string;

  const login = async (tenant: Tenant, role: 'owner' | 'staff' | 'accountant') => {
    const c = t.client().useStore(tenant.storeId);
    await c.login(tenant.users[role].email, PASSWORD);
    return c;
  };
  const professional = async (tenant: Tenant) =>
    (await login(tenant, 'owner')).ok('mutation { changeTier(input: { tier: PROFESSIONAL }) { status } }');

  const onOrder = async (productId: string) =>
    (await staff.ok(INCOMING, { p: [productId] })).incomingStock[0].onOrder as number;
  const stock = async (c: GqlClient, productId: string) =>
    (
      await c.ok('query($p: ID) { stockLevels(productId: $p) { nodes { quantity location { id } } } }', {
        p: productId,
      })
    ).stockLevels.nodes as { quantity: number; location: { id: string } }[];

  /** A sent order of `quantity` pieces of a new product. */
  const sentOrder = async (quantity: number, extra: Record<string, unknown> = {}) => {
    const p = await seedProduct(t.orm, a.storeId);
    const created = await staff.ok(CREATE_PO, {
      i: {
        supplierId,
        deliveryLocationId: loc,
        expectedDate: '2026-12-20',
        lines: [{ productId: p.id, quantity, unitCostCents: 250 }],
        ...extra,
      },
    });
    const po = (await staff.ok(SEND, { id: created.createPurchaseOrder.purchaseOrder.id })).sendPurchaseOrder
      .purchaseOrder;
    return { p, po, lineId: po.lines[0].id as string };
  };
  const receiveLine = (
    c: GqlClient,
    po: { id: string },
    lineId: string,
    accepted: number,
    more: Record<string, unknown> = {},
  ) => c.raw(RECEIVE, { i: { purchaseOrderId: po.id, idempotencyKey: key(), lines: [{ lineId, accepted, ...more }] } });

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'po');
    b = await createTenant(t.orm, 'pob');
    await professional(a);
    await professional(b);
    staff = await login(a, 'staff');
    staffB = await login(b, 'staff');
    accountant = await login(a, 'accountant');
    loc = await createLocation(staff, 'MAIN', 'R-1');
    loc2 = await createLocation(staff, 'MAIN', 'R-2');
    const s = await staff.ok(CREATE_SUPPLIER, {
      i: { name: 'Grossiste Moselle SA', email: 'Orders@Moselle.lu', vatNumber: 'LU 150 274 42', leadTimeDays: 7 },
    });
    supplierId = s.createSupplier.supplier.id;
    expect(s.createSupplier.supplier.vatNumber).toBe('LU15027442');
  });
  afterAll(() => t.close());

  it('refuses a supplier VAT number with wrong check digits, naming the field', async () => {
    const err = await staff.fails(CREATE_SUPPLIER, { i: { name: 'Bad VAT', vatNumber: 'LU15027443' } });
    expect(err.extensions?.reason).toBe('VALIDATION_FAILED');
    expect(Object.keys(err.extensions?.fields ?? {})).toEqual(['vatNumber']);
  });

  it('receives 4, 3 and 3 of 10: status, on order, stock and inventory transactions', async () => {
    const { p, po, lineId } = await sentOrder(10);
    expect(po).toMatchObject({ status: 'SENT', number: expect.stringMatching(/^PO-\d{4}-\d{5}$/), totalCents: 2500 });
    expect(await onOrder(p.id)).toBe(10);
    const steps = [
      [4, 'PARTIALLY_RECEIVED', 6, 4],
      [3, 'PARTIALLY_RECEIVED', 3, 7],
      [3, 'RECEIVED', 0, 10],
    ] as const;
    for (const [accepted, status, remaining, inStock] of steps) {
      const r = await receiveLine(staff, po, lineId, accepted, { locationId: loc });
      expect(r.errors).toBeUndefined();
      expect(r.data!.receivePurchaseOrder.purchaseOrder).toMatchObject({ status, remaining });
      expect(await onOrder(p.id)).toBe(remaining);
      expect((await stock(staff, p.id)).find((s) => s.location.id === loc)?.quantity).toBe(inStock);
    }
    const trail = await staff.ok(
      'query($p: ID!) { inventoryTransactions(productId: $p, first: 10) { nodes { reason quantityBefore quantityAfter purchaseOrderId receiptId note } } }',
      { p: p.id },
    );
    expect(trail.inventoryTransactions.nodes.map((n: any) => [n.reason, n.quantityBefore, n.quantityAfter])).toEqual([
      ['PURCHASE_RECEIPT', 7, 10],
      ['PURCHASE_RECEIPT', 4, 7],
      ['PURCHASE_RECEIPT', 0, 4],
    ]);
    expect(trail.inventoryTransactions.nodes.every((n: any) => n.purchaseOrderId === po.id && n.receiptId)).toBe(true);
    const done = (await staff.ok(`query($id: ID!) { purchaseOrder(id: $id) { ${PO_FIELDS} } }`, { id: po.id }))
      .purchaseOrder;
    expect(done.receipts.map((r: any) => r.number)).toEqual([`${po.number}-R1`, `${po.number}-R2`, `${po.number}-R3`]);
    expect(done.events.map((e: any) => e.kind)).toEqual(['created', 'sent', 'received', 'received', 'received']);
    // Nothing remains: another receipt is refused.
    expect((await receiveLine(staff, po, lineId, 1)).errors?.[0]?.extensions?.reason).toBe('PO_NOTHING_REMAINING');
  });

  it('splits one line over two locations and records damaged pieces without stocking them', async () => {
    const { p, po, lineId } = await sentOrder(10);
    const r = await staff.ok(RECEIVE, {
      i: {
        purchaseOrderId: po.id,
        idempotencyKey: key(),
        deliveryNote: 'BL-7781',
        lines: [
          { lineId, accepted: 3, locationId: loc },
          { lineId, accepted: 2, rejected: 1, locationId: loc2 },
        ],
      },
    });
    expect(r.receivePurchaseOrder.purchaseOrder.lines[0]).toMatchObject({
      quantityReceived: 5,
      quantityRejected: 1,
      remaining: 5,
    });
    const levels = await stock(staff, p.id);
    expect(levels.find((s) => s.location.id === loc)?.quantity).toBe(3);
    expect(levels.find((s) => s.location.id === loc2)?.quantity).toBe(2);
  });

  it('short-closes the 2 remaining: on order drops at once, status CLOSED', async () => {
    const { p, po, lineId } = await sentOrder(5);
    await receiveLine(staff, po, lineId, 3);
    expect(await onOrder(p.id)).toBe(2);
    const r = await staff.ok(
      `mutation($id: ID!) { closePurchaseOrder(id: $id, reason: "supplier out of stock") { purchaseOrder { ${PO_FIELDS} } } }`,
      {
        id: po.id,
      },
    );
    expect(r.closePurchaseOrder.purchaseOrder).toMatchObject({ status: 'CLOSED', remaining: 0 });
    expect(r.closePurchaseOrder.purchaseOrder.lines[0]).toMatchObject({ quantityShortClosed: 2, quantityReceived: 3 });
    expect(await onOrder(p.id)).toBe(0);
  });

  it('twenty concurrent receipts against one line of 10 book exactly 10', async () => {
    const { p, po, lineId } = await sentOrder(10);
    const results = await Promise.all(Array.from({ length: 20 }, () => receiveLine(staff, po, lineId, 1)));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(10);
    for (const r of results.filter((x) => x.errors))
      expect(['OVER_RECEIPT', 'PO_NOTHING_REMAINING']).toContain(r.errors![0]!.extensions?.reason);
    expect((await stock(staff, p.id))[0]?.quantity).toBe(10);
    const after = (await staff.ok(`query($id: ID!) { purchaseOrder(id: $id) { ${PO_FIELDS} } }`, { id: po.id }))
      .purchaseOrder;
    expect(after).toMatchObject({ status: 'RECEIVED', remaining: 0 });
    expect(after.lines[0].quantityReceived).toBe(10);
    expect(after.receipts).toHaveLength(10);
  });

  it('books a receipt replayed with its idempotency key once, also concurrently; another content under that key is refused', async () => {
    const { p, po, lineId } = await sentOrder(10);
    const input = { purchaseOrderId: po.id, idempotencyKey: key(), lines: [{ lineId, accepted: 4 }] };
    const first = await staff.ok(RECEIVE, { i: input });
    expect(first.receivePurchaseOrder.replayed).toBe(false);
    const replays = await Promise.all(Array.from({ length: 5 }, () => staff.ok(RECEIVE, { i: input })));
    for (const r of replays) {
      expect(r.receivePurchaseOrder.replayed).toBe(true);
      expect(r.receivePurchaseOrder.receipt.number).toBe(first.receivePurchaseOrder.receipt.number);
    }
    expect((await stock(staff, p.id))[0]?.quantity).toBe(4);
    expect(await onOrder(p.id)).toBe(6);
    const other = await staff.fails(RECEIVE, { i: { ...input, lines: [{ lineId, accepted: 5 }] } });
    expect(other.extensions?.reason).toBe('IDEMPOTENCY_KEY_REUSED');

    // Two first requests with one new key at the same time: one books, the other replays.
    const fresh = { ...input, idempotencyKey: key(), lines: [{ lineId, accepted: 1 }] };
    const both = await Promise.all([staff.ok(RECEIVE, { i: fresh }), staff.ok(RECEIVE, { i: fresh })]);
    expect(both.map((r) => r.receivePurchaseOrder.replayed).sort()).toEqual([false, true]);
    expect((await stock(staff, p.id))[0]?.quantity).toBe(5);
  });

  it('refuses more than the tolerance, naming the line and the quantities', async () => {
    const { p, po, lineId } = await sentOrder(10);
    const err = (await receiveLine(staff, po, lineId, 11)).errors![0]!;
    expect(err.extensions).toMatchObject({
      reason: 'OVER_RECEIPT',
      sku: p.sku,
      ordered: 10,
      received: 0,
      receiving: 11,
      allowed: 10,
    });
    expect(err.message).toContain(p.sku);
    expect((await stock(staff, p.id)).length).toBe(0);
    const owner = await login(a, 'owner');
    await owner.ok(
      'mutation { updatePurchasingSettings(input: { overReceiptTolerancePercent: 10 }) { settings { overReceiptTolerancePercent } } }',
    );
    try {
      expect((await receiveLine(staff, po, lineId, 12)).errors?.[0]?.extensions?.reason).toBe('OVER_RECEIPT');
      const ok = await receiveLine(staff, po, lineId, 11);
      expect(ok.data!.receivePurchaseOrder.purchaseOrder).toMatchObject({ status: 'RECEIVED', remaining: 0 });
      expect((await stock(staff, p.id))[0]?.quantity).toBe(11);
    } finally {
      await owner.ok(
        'mutation { updatePurchasingSettings(input: { overReceiptTolerancePercent: 0 }) { settings { overReceiptTolerancePercent } } }',
      );
    }
    const refused = await owner.fails(
      'mutation { updatePurchasingSettings(input: { overReceiptTolerancePercent: 101 }) { settings { poPrefix } } }',
    );
    expect(refused.extensions?.fields).toEqual({ overReceiptTolerancePercent: 'must be a whole number from 0 to 100' });
  });

  it('refuses cancelling after a receipt, amending below received, editing a sent order', async () => {
    const { po, lineId } = await sentOrder(10);
    await receiveLine(staff, po, lineId, 4);
    const cancel = await staff.fails(
      'mutation($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { status } } }',
      { id: po.id },
    );
    expect(cancel.extensions?.reason).toBe('PO_CANCEL_AFTER_RECEIPT');
    const AMEND = `mutation($i: AmendPurchaseOrderInput!) { amendPurchaseOrder(input: $i) { purchaseOrder { ${PO_FIELDS} } } }`;
    const below = await staff.fails(AMEND, { i: { id: po.id, changeLines: [{ lineId, quantity: 3 }] } });
    expect(below.extensions).toMatchObject({ reason: 'PO_QUANTITY_BELOW_RECEIVED', received: 4 });
    const edit = await staff.fails(
      'mutation($i: UpdatePurchaseOrderInput!) { updatePurchaseOrder(input: $i) { purchaseOrder { id } } }',
      { i: { id: po.id, notes: 'x' } },
    );
    expect(edit.extensions?.reason).toBe('PO_NOT_EDITABLE');
    // Amending to what was received settles the order; the change is in the timeline.
    const amended = await staff.ok(AMEND, {
      i: { id: po.id, changeLines: [{ lineId, quantity: 4 }], expectedDate: '2026-12-24', note: 'rest discontinued' },
    });
    expect(amended.amendPurchaseOrder.purchaseOrder).toMatchObject({ status: 'RECEIVED', expectedDate: '2026-12-24' });
    expect(amended.amendPurchaseOrder.purchaseOrder.events.at(-1).message).toContain('10 → 4');

    const cancellable = await sentOrder(3);
    const cancelled = await staff.ok(
      'mutation($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { status } } }',
      { id: cancellable.po.id },
    );
    expect(cancelled.cancelPurchaseOrder.purchaseOrder.status).toBe('CANCELLED');
    expect(await onOrder(cancellable.p.id)).toBe(0);
  });

  it('numbers 100 concurrent creations gap-free', async () => {
    const c = await createTenant(t.orm, 'poc');
    await professional(c);
    const sc = await login(c, 'staff');
    const l = await createLocation(sc, 'C', '1');
    const s = (await sc.ok(CREATE_SUPPLIER, { i: { name: 'Numbering SARL' } })).createSupplier.supplier.id;
    const p = await seedProduct(t.orm, c.storeId);
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        sc.ok(CREATE_PO, { i: { supplierId: s, deliveryLocationId: l, lines: [{ productId: p.id, quantity: 1 }] } }),
      ),
    );
    const year = new Date().getUTCFullYear();
    const numbers = results.map((r) => r.createPurchaseOrder.purchaseOrder.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => `PO-${year}-${String(i + 1).padStart(5, '0')}`));
  });

  it('suggests max − projected rounded up to the pack size, nothing when an open order covers it, and from sales velocity', async () => {
    const c = await createTenant(t.orm, 'posug');
    await professional(c);
    const sc = await login(c, 'staff');
    const owner = await login(c, 'owner');
    await owner.ok(
      'mutation { updatePurchasingSettings(input: { safetyDays: 0, velocityDays: 30 }) { settings { safetyDays } } }',
    );
    const l = await createLocation(sc, 'S', '1');
    const s = (await sc.ok(CREATE_SUPPLIER, { i: { name: 'Suggest SA', leadTimeDays: 7 } })).createSupplier.supplier.id;
    const minMax = await seedProduct(t.orm, c.storeId, { sku: 'MINMAX' });
    const velocity = await seedProduct(t.orm, c.storeId, { sku: 'VELO' });
    const SET_SP =
      'mutation($i: SetSupplierProductInput!) { setSupplierProduct(input: $i) { supplierProduct { packSize product { sku } } } }';
    await sc.ok(SET_SP, {
      i: { supplierId: s, productId: minMax.id, unitCostCents: 100, packSize: 6, minOrderQuantity: 6, preferred: true },
    });
    await sc.ok(SET_SP, { i: { supplierId: s, productId: velocity.id, unitCostCents: 300, supplierSku: 'SUP-V' } });
    await sc.ok(
      'mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { reorderPoint { minQuantity maxQuantity } } }',
      {
        i: { productId: minMax.id, locationId: l, minQuantity: 5, maxQuantity: 20 },
      },
    );
    await receive(sc, minMax.id, l, 3);
    await receive(sc, velocity.id, l, 15);
    // 12 sold in the last 30 days.
    for (const quantity of [5, 7])
      await sc.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          newCustomer: { email: `v${quantity}@example.lu`, firstName: 'Vel', lastName: 'Ocity' },
          shippingAddress: ADDRESS,
          lines: [{ productId: velocity.id, quantity }],
        },
      });
    const SUGGEST = `{ reorderSuggestions { productId sku rule available onOrder projected suggestedQuantity soldInPeriod leadTimeDays reason supplierId locationId } }`;
    const first = (await sc.ok(SUGGEST)).reorderSuggestions;
    // min/max: 3 left, below 5: 20 − 3 = 17 → 18 (packs of 6).
    expect(first.find((x: any) => x.sku === 'MINMAX')).toMatchObject({
      rule: 'MIN_MAX',
      projected: 3,
      suggestedQuantity: 18,
      supplierId: s,
      locationId: l,
    });
    // velocity: 3 left (15 − 12), 12 sold in 30 days × 7 days lead = 2.8 → 3 needed; projected 3 covers it: none.
    expect(first.find((x: any) => x.sku === 'VELO')).toBeUndefined();
    await sc.ok('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: velocity.id, locationId: l, reason: 'DAMAGED', quantity: -2 },
    });
    const second = (await sc.ok(SUGGEST)).reorderSuggestions;
    expect(second.find((x: any) => x.sku === 'VELO')).toMatchObject({
      rule: 'VELOCITY',
      available: 1,
      soldInPeriod: 12,
      leadTimeDays: 7,
      suggestedQuantity: 2,
      reason: '1 left, 12 sold in 30 days, lead time 7 days',
    });
    const drafts = await sc.ok(
      'mutation($i: CreatePurchaseOrdersFromSuggestionsInput!) { createPurchaseOrdersFromSuggestions(input: $i) { purchaseOrders { id status supplierName lines { quantityOrdered supplierSku product { sku } } } } }',
      { i: { suggestions: [{ productId: minMax.id }, { productId: velocity.id }] } },
    );
    expect(drafts.createPurchaseOrdersFromSuggestions.purchaseOrders).toHaveLength(1);
    const draft = drafts.createPurchaseOrdersFromSuggestions.purchaseOrders[0];
    expect(draft.status).toBe('DRAFT');
    expect(draft.lines.map((x: any) => [x.product.sku, x.quantityOrdered, x.supplierSku])).toEqual([
      ['MINMAX', 18, null],
      ['VELO', 2, 'SUP-V'],
    ]);
    // A draft does not count as on order; once sent, the gap is covered and nothing is suggested.
    expect((await sc.ok(SUGGEST)).reorderSuggestions.map((x: any) => x.sku).sort()).toEqual(['MINMAX', 'VELO']);
    await sc.ok(SEND, { id: draft.id });
    expect((await sc.ok(SUGGEST)).reorderSuggestions).toEqual([]);
    // The inventory page's columns.
    const inv = await sc.ok(
      'query($p: ID) { stockLevels(productId: $p) { nodes { available onOrder projected nextExpectedDate } } }',
      { p: minMax.id },
    );
    expect(inv.stockLevels.nodes[0]).toMatchObject({ available: 3, onOrder: 18, projected: 21 });
  });

  it("refuses a second tenant's supplier, product, location and order ids everywhere", async () => {
    const bLoc = await createLocation(staffB, 'B', '1');
    const bSupplier = (await staffB.ok(CREATE_SUPPLIER, { i: { name: 'Other tenant' } })).createSupplier.supplier.id;
    const bProduct = await seedProduct(t.orm, b.storeId);
    const bPo = (
      await staffB.ok(CREATE_PO, {
        i: { supplierId: bSupplier, deliveryLocationId: bLoc, lines: [{ productId: bProduct.id, quantity: 2 }] },
      })
    ).createPurchaseOrder.purchaseOrder;
    const mine = await seedProduct(t.orm, a.storeId);
    const reasons = async (q: string, v: Record<string, unknown>) => (await staff.fails(q, v)).extensions?.reason;
    expect(
      await reasons(CREATE_PO, { i: { supplierId: bSupplier, lines: [{ productId: mine.id, quantity: 1 }] } }),
    ).toBe('NOT_FOUND');
    expect(
      await reasons(CREATE_PO, {
        i: { supplierId, deliveryLocationId: loc, lines: [{ productId: bProduct.id, quantity: 1 }] },
      }),
    ).toBe('VALIDATION_FAILED');
    expect(
      await reasons(CREATE_PO, {
        i: { supplierId, deliveryLocationId: bLoc, lines: [{ productId: mine.id, quantity: 1 }] },
      }),
    ).toBe('VALIDATION_FAILED');
    expect(await reasons('query($id: ID!) { purchaseOrder(id: $id) { id } }', { id: bPo.id })).toBe('NOT_FOUND');
    expect(await reasons('query($id: ID!) { supplier(id: $id) { id } }', { id: bSupplier })).toBe('NOT_FOUND');
    expect(await reasons(SEND, { id: bPo.id })).toBe('NOT_FOUND');
    expect(
      await reasons('mutation($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id } } }', { id: bPo.id }),
    ).toBe('NOT_FOUND');
    expect(
      await reasons('mutation($id: ID!) { archiveSupplier(id: $id) { supplier { id } } }', { id: bSupplier }),
    ).toBe('NOT_FOUND');
    expect(
      await reasons(RECEIVE, {
        i: { purchaseOrderId: bPo.id, idempotencyKey: key(), lines: [{ lineId: bPo.lines[0].id, accepted: 1 }] },
      }),
    ).toBe('NOT_FOUND');
    expect(
      await reasons(
        'mutation($i: SetSupplierProductInput!) { setSupplierProduct(input: $i) { supplierProduct { id } } }',
        {
          i: { supplierId, productId: bProduct.id, unitCostCents: 1 },
        },
      ),
    ).toBe('NOT_FOUND');
    expect(
      await reasons('mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { reorderPoint { id } } }', {
        i: { productId: mine.id, locationId: bLoc, minQuantity: 1, maxQuantity: 2 },
      }),
    ).toBe('NOT_FOUND');
    const { po, lineId } = await sentOrder(4);
    const wrongLoc = await receiveLine(staff, po, lineId, 1, { locationId: bLoc });
    expect(wrongLoc.errors?.[0]?.extensions?.reason).toBe('VALIDATION_FAILED');
    // Store B's line id on store A's order.
    const wrongLine = await staff.raw(RECEIVE, {
      i: { purchaseOrderId: po.id, idempotencyKey: key(), lines: [{ lineId: bPo.lines[0].id, accepted: 1 }] },
    });
    expect(wrongLine.errors?.[0]?.extensions?.reason).toBe('PO_LINE_UNKNOWN');
    // Store B's lists never show store A's orders.
    const bList = await staffB.ok('{ purchaseOrders(first: 100) { totalCount nodes { id } } }');
    expect(bList.purchaseOrders.nodes.map((n: any) => n.id)).toEqual([bPo.id]);
    // Store A's product is not one of store B's: refused, not answered with a zero.
    expect((await staffB.raw(INCOMING, { p: [mine.id] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets the accountant read purchase orders, not write them', async () => {
    const list = await accountant.ok(
      '{ purchaseOrders(first: 5, filter: { status: [SENT, RECEIVED] }) { totalCount nodes { number status } } }',
    );
    expect(list.purchaseOrders.totalCount).toBeGreaterThan(0);
    const err = await accountant.fails(CREATE_SUPPLIER, { i: { name: 'Nope' } });
    expect(err.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the Essential plan with FEATURE_NOT_IN_TIER, and the inventory columns stay empty there', async () => {
    const e = await createTenant(t.orm, 'poess');
    const se = await login(e, 'staff');
    const err = await se.fails('{ suppliers { totalCount } }');
    expect(err.extensions).toMatchObject({ reason: 'FEATURE_NOT_IN_TIER' });
    expect((await se.fails(CREATE_SUPPLIER, { i: { name: 'x' } })).extensions?.reason).toBe('FEATURE_NOT_IN_TIER');
    const l = await createLocation(se, 'E', '1');
    const p = await seedProduct(t.orm, e.storeId);
    await receive(se, p.id, l, 2);
    const inv = await se.ok('{ stockLevels { nodes { quantity onOrder projected } } }');
    expect(inv.stockLevels.nodes[0]).toEqual({ quantity: 2, onOrder: null, projected: null });
  });

  it('filters the list by status, supplier, product and expected date', async () => {
    const { p, po } = await sentOrder(2, { expectedDate: '2026-01-05' });
    const q = 'query($f: PurchaseOrderFilter) { purchaseOrders(first: 100, filter: $f) { nodes { id } } }';
    const ids = async (f: Record<string, unknown>) =>
      (await staff.ok(q, { f })).purchaseOrders.nodes.map((n: any) => n.id);
    expect(await ids({ productId: p.id })).toEqual([po.id]);
    expect(await ids({ expectedBefore: '2026-01-06' })).toEqual([po.id]);
    expect(await ids({ status: ['CANCELLED'], productId: p.id })).toEqual([]);
    expect(await ids({ supplierId, productId: p.id })).toEqual([po.id]);
    const big = await staff.fails('{ purchaseOrders(first: 101) { totalCount } }');
    expect(big.extensions?.reason).toBe('VALIDATION_FAILED');
  });

  it('serves the PDF and the CSV exports, authorised like GraphQL', async () => {
    const { p, po } = await sentOrder(7);
    const get = (c: GqlClient, path: string, storeId = a.storeId) =>
      fetch(`${t.url}${path}`, { headers: { cookie: c.cookie, 'x-store-id': storeId } });
    const pdf = await get(accountant, `/api/purchase-orders/${po.id}.pdf?lang=fr`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`${po.number}.pdf`);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await get(staffB, `/api/purchase-orders/${po.id}.pdf`, b.storeId)).status).toBe(404);
    const csv = await (await get(staff, '/api/purchase-orders/export.csv')).text();
    expect(csv.split('\r\n')[0]).toBe(
      'number,status,supplier,order_date,expected_date,lines,ordered,received,remaining,total,currency',
    );
    expect(csv).toContain(`${po.number},SENT,Grossiste Moselle SA,`);
    const open = await (await get(staff, '/api/purchase-orders/open-lines.csv')).text();
    expect(open).toContain(`${po.number},Grossiste Moselle SA,2026-12-20,${p.sku},,`);
    const e = await createTenant(t.orm, 'pocsv');
    const essential = await login(e, 'staff');
    const refused = await get(essential, '/api/purchase-orders/export.csv', e.storeId);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.reason).toBe('FEATURE_NOT_IN_TIER');
  });
});
