import type { Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Merchant } from '../src/modules/tenancy/merchant.entity.js';
import { Store } from '../src/modules/tenancy/store.entity.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
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

const CREATE_ORDER =
  'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id shippingAddress { country } } } }';
const RULE = /ISO 3166-1 alpha-2/;

let t: TestApp;
let a: Tenant;
let owner: GqlClient;
let product: string;
let sim: Simulator;

const count = async (sql: string, params: unknown[]) =>
  Number((await t.orm.em.fork().execute<{ n: string }[]>(sql, params))[0]!.n);

beforeAll(async () => {
  sim = await startSim({ seed: 5, shipments: 3 });
  t = await startTestApp(FAST_LETZSHOP);
  a = await createTenant(t.orm, 'ctry');
  owner = t.client().useStore(a.storeId);
  await owner.login(a.users.owner.email, PASSWORD);
  await t.orm.em
    .fork()
    .execute(
      `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')`,
      [a.storeId],
    );
  product = (await seedProduct(t.orm, a.storeId)).id;
  await receive(owner, product, await createLocation(owner, 'W', '1'), 1000);
});

afterAll(async () => {
  await t?.close();
  await sim?.close();
});

const orderWith = (country: string) =>
  owner.raw(CREATE_ORDER, {
    i: {
      newCustomer: { email: `c${Math.random()}@example.lu`, firstName: 'Léa', lastName: 'Muller' },
      shippingAddress: { ...ADDRESS, country },
      lines: [{ productId: product, quantity: 1 }],
    },
  });

describe('country codes are ISO 3166-1 alpha-2, everywhere', () => {
  it('an order to ZZ, "ßß" or "12" is refused naming the field and what is allowed; nothing is saved', async () => {
    for (const country of ['ZZ', 'ßß', '12', 'L', 'LUX', 'EL']) {
      const r = await orderWith(country);
      const e = r.errors?.[0];
      expect(e?.extensions?.reason, country).toBe('VALIDATION_FAILED');
      expect(e?.extensions?.fields, country).toEqual({ 'shippingAddress.country': expect.stringMatching(RULE) });
    }
    expect(await count('select count(*) as n from customer_order where store_id = ?', [a.storeId])).toBe(0);
    expect(await count('select count(*) as n from customer where store_id = ?', [a.storeId])).toBe(0);
  });

  it('a known code in any case is stored upper-cased', async () => {
    const r = await orderWith(' fr ');
    expect(r.errors).toBeUndefined();
    expect(r.data?.createOrder.order.shippingAddress.country).toBe('FR');
  });

  it('customer addresses: the same check', async () => {
    const e = await owner.fails(
      'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }',
      { i: { email: 'x@example.lu', billingAddress: { ...ADDRESS, country: 'QQ' } } },
    );
    expect(e.extensions?.fields).toEqual({ 'billingAddress.country': expect.stringMatching(RULE) });
  });

  it('invoice settings: the seller country "12" or "ßß" is refused (no crash), "de" becomes DE', async () => {
    const SETTINGS = 'mutation($c: String!) { updateInvoiceSettings(input: { country: $c }) { country } }';
    for (const c of ['12', 'ßß', 'ZZ']) {
      const e = await owner.fails(SETTINGS, { c });
      expect(e.extensions?.fields, c).toEqual({ country: expect.stringMatching(RULE) });
    }
    expect((await owner.ok(SETTINGS, { c: 'de' })).updateInvoiceSettings.country).toBe('DE');
    await owner.ok(SETTINGS, { c: 'LU' });
  });

  it('merchants and stores: every writer goes through the same check', async () => {
    const em = t.orm.em.fork();
    em.create(Merchant, { legalName: 'X', addressLine: 'a', postalCode: '1', city: 'c', country: 'ZZ' });
    await expect(em.flush()).rejects.toThrow(RULE);
    const em2 = t.orm.em.fork();
    const store = await em2.findOneOrFail(Store, a.secondStoreId);
    store.country = 'ßß';
    await expect(em2.flush()).rejects.toThrow(RULE);
  });

  it('an order stored with an unknown country before the check is refused at invoicing, never a 0 % export', async () => {
    await owner.ok('mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245" }) { vatNumber } }');
    const r = await orderWith('LU');
    const id = r.data!.createOrder.order.id;
    await t.orm.em
      .fork()
      .execute(
        `update customer_order set shipping_address = jsonb_set(shipping_address::jsonb, '{country}', '"ZZ"') where id = ?`,
        [id],
      );
    const e = await owner.fails('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
      i: { orderId: id },
    });
    expect(e.extensions?.reason).toBe('UNKNOWN_COUNTRY');
    expect(await count('select count(*) as n from invoice where order_id = ?', [id])).toBe(0);
  });

  it('Letzshop: a shipment with an unknown country fails alone, with its reason; the others come in', async () => {
    await seedSimCatalogue(t.orm, a.storeId, 50);
    const bad = sim.addShipment({ shipAddress: { countryIso: 'ZZ' } });
    await connectLetzshop(owner, sim);
    const run = await syncAndWait(owner);
    expect(run).toMatchObject({ status: 'SUCCEEDED', failed: 1 });
    expect(run.created).toBeGreaterThan(0);
    expect(run.problems).toEqual([expect.stringMatching(/unknown country code "ZZ"/)]);
    expect(
      await count('select count(*) as n from customer_order where store_id = ? and external_shipment_id = ?', [
        a.storeId,
        bad.id,
      ]),
    ).toBe(0);
  });
});
