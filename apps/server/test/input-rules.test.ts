import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * "One set of rules for every writer": what a person typed is kept or refused with a field error
 * naming the allowed range — never clamped, never trimmed into an empty required value.
 */
const CREATE_ORDER = 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id totalCents } } }';
const SETTINGS =
  'mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { invoicePrefix paymentDueDays } }';
const PRODUCT = 'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } } }';

describe('input rules', () => {
  let t: TestApp;
  let a: Tenant;
  let staff: GqlClient;
  let owner: GqlClient;
  let product: string;
  let location: string;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'rules');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')`,
        [a.storeId],
      );
    product = (await seedProduct(t.orm, a.storeId, { priceCents: 1000 })).id;
    location = await createLocation(staff, 'W', '1');
    await receive(staff, product, location, 1000);
    await owner.ok(SETTINGS, { i: { vatNumber: 'LU 2637 5245' } });
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    (await t.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;

  const orderInput = (extra: Record<string, unknown>) => ({
    newCustomer: { email: `b${Math.random()}@example.lu`, firstName: 'Léa', lastName: 'Müller' },
    shippingAddress: ADDRESS,
    lines: [{ productId: product, quantity: 1 }],
    ...extra,
  });

  it('refuses a negative shipping fee and a discount beyond 32 bits, naming the field and its range', async () => {
    const before = await count('customer_order');
    const shipping = await staff.fails(CREATE_ORDER, { i: orderInput({ shippingCents: -5 }) });
    expect(shipping.extensions?.code).toBe('BAD_USER_INPUT');
    expect(shipping.extensions?.fields).toEqual({
      shippingCents: 'must be an amount from €0.00 to €1000000.00 (0 to 100000000 cents)',
    });
    expect(shipping.message).toBe(
      'Please correct: Shipping — must be an amount from €0.00 to €1000000.00 (0 to 100000000 cents)',
    );
    const discount = await staff.fails(CREATE_ORDER, { i: orderInput({ discountCents: 99999999999 }) });
    expect(discount.extensions?.code).toBe('BAD_USER_INPUT');
    expect(discount.extensions?.fields).toEqual({
      discountCents: 'must be a whole number from -2147483648 to 2147483647',
    });
    expect(await count('customer_order')).toBe(before);
  });

  it('refuses an order whose sums would leave the 32-bit totals, before anything is written', async () => {
    const dear = await seedProduct(t.orm, a.storeId, { sku: 'DEAR', priceCents: 100_000_000, digital: true });
    const before = await count('customer_order');
    const err = await staff.fails(CREATE_ORDER, {
      i: orderInput({ lines: [{ productId: dear.id, quantity: 10_000 }] }),
    });
    expect(err.extensions?.reason).toBe('ORDER_TOTAL_TOO_LARGE');
    expect(err.extensions?.fields).toEqual({ lines: 'the goods and shipping may total at most €10000000.00' });
    const huge = await staff.fails(CREATE_ORDER, {
      i: orderInput({ lines: [{ productId: product, quantity: 2147483647 }] }),
    });
    expect(huge.extensions?.fields).toEqual({ 'lines.0.quantity': 'must be a whole number from 1 to 10000' });
    expect(await count('customer_order')).toBe(before);
  });

  it('refuses payment due −5 days and keeps the setting', async () => {
    await owner.ok(SETTINGS, { i: { paymentDueDays: 30 } });
    const err = await owner.fails(SETTINGS, { i: { paymentDueDays: -5 } });
    expect(err.extensions?.fields).toEqual({ paymentDueDays: 'must be a whole number from 0 to 120' });
    const now = await owner.ok('{ invoiceSettings { paymentDueDays } }');
    expect(now.invoiceSettings.paymentDueDays).toBe(30);
  });

  it('refuses product price, cost and threshold out of range with the range', async () => {
    const base = { sku: 'R-1', name: 'Range', priceCents: 100 };
    const price = await staff.fails(PRODUCT, { i: { ...base, priceCents: -1 } });
    expect(price.extensions?.fields).toEqual({
      priceCents: 'must be an amount from €0.00 to €1000000.00 (0 to 100000000 cents)',
    });
    const cost = await staff.fails(PRODUCT, { i: { ...base, costCents: 100_000_001 } });
    expect(cost.extensions?.fields).toEqual({
      costCents: 'must be an amount from €0.00 to €1000000.00 (0 to 100000000 cents)',
    });
    const threshold = await staff.fails(PRODUCT, { i: { ...base, lowStockThreshold: -3 } });
    expect(threshold.extensions?.fields).toEqual({ lowStockThreshold: 'must be a whole number from 0 to 1000000' });
    expect((await staff.ok('{ products(search: "R-1") { totalCount } }')).products.totalCount).toBe(0);
  });

  it('refuses crediting 3 of a line of 2, naming the line quantity and what remains', async () => {
    const o = (await staff.ok(CREATE_ORDER, { i: orderInput({ lines: [{ productId: product, quantity: 2 }] }) }))
      .createOrder.order;
    const inv = (
      await staff.ok('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
        i: { orderId: o.id },
      })
    ).issueInvoice.invoice;
    const before = await count('invoice');
    // Credit notes are the owner's and the manager's (see the role table).
    const err = await owner.fails(
      'mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { id } } }',
      { i: { id: inv.id, lines: [{ lineIndex: 0, quantity: 3 }] } },
    );
    expect(err.extensions?.reason).toBe('CREDIT_EXCEEDS_INVOICE');
    expect(err.extensions?.fields).toEqual({ 'lines.0.quantity': 'must be a whole number from 1 to 2' });
    expect(await count('invoice')).toBe(before);
  });

  it('answers a stock quantity beyond 32 bits with the field and its range, not GraphQL internals', async () => {
    const err = await staff.fails('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: product, locationId: location, reason: 'RECEIVED', quantity: 99999999999 },
    });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual({ quantity: 'must be a whole number from -2147483648 to 2147483647' });
    const literal = await staff.fails(
      `mutation { adjustStock(input: { productId: "${product}", locationId: "${location}", reason: RECEIVED, quantity: 99999999999 }) { quantity } }`,
    );
    expect(literal.extensions?.fields).toEqual({ quantity: 'must be a whole number from -2147483648 to 2147483647' });
    const max = await staff.fails('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: product, locationId: location, reason: 'RECEIVED', quantity: 2147483647 },
    });
    expect(max.extensions?.fields).toEqual({ quantity: 'must be from 1 to 1000000' });
    const transfer = await staff.fails(
      'mutation($i: TransferStockInput!) { transferStock(input: $i) { from { quantity } } }',
      { i: { productId: product, fromLocationId: location, toLocationId: location, quantity: 2147483647 } },
    );
    expect(transfer.extensions?.fields).toEqual({ quantity: 'must be from 1 to 1000000' });
  });

  it('trims text and refuses whitespace-only required fields in one place', async () => {
    const location = await staff.fails('mutation { createLocation(input: { warehouse: "   ", bin: "\\t" }) { id } }');
    expect(location.extensions?.fields).toEqual({ warehouse: 'is required', bin: 'is required' });
    const address = await staff.fails(CREATE_ORDER, {
      i: orderInput({ shippingAddress: { ...ADDRESS, street: '   ', city: ' ' }, newCustomer: undefined }),
    });
    expect(address.extensions?.fields).toMatchObject({ 'shippingAddress.street': 'is required' });
    const prefix = await owner.fails(SETTINGS, { i: { invoicePrefix: '   ' } });
    expect(prefix.extensions?.fields).toEqual({ invoicePrefix: 'cannot be empty' });
    const ship = await staff.fails('mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { id } } }', {
      i: { id: '00000000-0000-7000-8000-000000000000', carrier: '  ' },
    });
    expect(ship.extensions?.fields).toEqual({ carrier: 'is required' });
    const trimmed = await staff.ok(
      'mutation { createLocation(input: { warehouse: "  north ", bin: " b-1  " }) { warehouse bin } }',
    );
    expect(trimmed.createLocation).toEqual({ warehouse: 'NORTH', bin: 'B-1' });
    const named = await staff.ok(PRODUCT.replace('product { id }', 'product { sku name }'), {
      i: { sku: '  TRIM-1 ', name: ' Trimmed  ', priceCents: 100 },
    });
    expect(named.createProduct.product).toEqual({ sku: 'TRIM-1', name: 'Trimmed' });
  });

  it('refuses NUL bytes and broken Unicode in any text, and non-UUID ids, naming the field', async () => {
    const nul = await staff.fails(PRODUCT, { i: { sku: 'N-1', name: 'a\u0000b', priceCents: 1 } });
    expect(nul.extensions?.fields).toEqual({
      name: 'contains a character that cannot be stored (a NUL byte or a broken Unicode character)',
    });
    const login = await t.client().raw('mutation($i: LoginInput!) { login(input: $i) { me { user { id } } } }', {
      i: { email: 'a\ud800@example.lu', password: 'x' },
    });
    expect(login.status).toBe(200);
    expect(login.errors?.[0]?.extensions?.fields).toEqual({
      email: 'contains a character that cannot be stored (a NUL byte or a broken Unicode character)',
    });
    const id = await staff.fails('{ product(id: "abc") { id } }');
    expect(id.extensions?.fields).toEqual({ id: 'is not a valid id' });
    const date = await staff.fails('{ invoices(from: "2026-02-30") { totalCount } }');
    expect(date.extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.extensions?.fields).toEqual({ from: 'must be a real date written YYYY-MM-DD, e.g. 2026-02-28' });
    const forged = Buffer.from(JSON.stringify([null, 'abc'])).toString('base64url');
    const cursor = await staff.fails(
      `{ inventoryTransactions(productId: "${product}", after: "${forged}") { totalCount } }`,
    );
    expect(cursor.extensions?.fields).toEqual({ after: 'is not a cursor from this list' });
  });

  it('refuses a Letzshop sync interval of 2 minutes with the range, and keeps the setting', async () => {
    const UPDATE =
      'mutation($i: UpdateLetzshopSettingsInput!) { updateLetzshopSettings(input: $i) { syncIntervalMinutes } }';
    await owner.ok(UPDATE, { i: { syncIntervalMinutes: 30 } });
    const err = await owner.fails(UPDATE, { i: { syncIntervalMinutes: 2 } });
    expect(err.extensions?.fields).toEqual({ syncIntervalMinutes: 'must be a whole number from 5 to 1440' });
    const now = await owner.ok('{ letzshopSettings { syncIntervalMinutes } }');
    expect(now.letzshopSettings.syncIntervalMinutes).toBe(30);
  });
});
