import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Simulator } from '@orion/letzshop-sim';
import { parse } from 'csv-parse/sync';
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

const CREATE = 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id email } } }';
const GOLDEN = path.join(import.meta.dirname, 'golden');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: GqlClient;
let manager: GqlClient;
let staff: GqlClient;
let ownerB: GqlClient;

const get = (c: GqlClient, url: string, store = a.storeId) =>
  fetch(`${t.url}/api${url}`, { headers: { cookie: c.cookie, 'x-store-id': store } });
const csvOf = async (c: GqlClient, query: string) => {
  const res = await get(c, `/customers/export.csv?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return { res, text: await res.text() };
};
const rowsOf = (text: string, delimiter = ',') => {
  const [header, ...rows] = parse(text, { delimiter, bom: true }) as string[][];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

/** Compares with the golden file; UPDATE_GOLDEN=1 writes it. Ids are masked (they are random). */
function golden(name: string, text: string) {
  const file = path.join(GOLDEN, name);
  const masked = text.replace(UUID, '<id>');
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, masked);
  expect(masked).toBe(fs.readFileSync(file, 'utf8'));
}

beforeAll(async () => {
  t = await startTestApp({ ...FAST_LETZSHOP });
  a = await createTenant(t.orm, 'pd');
  b = await createTenant(t.orm, 'pdb');
  for (const s of [a.storeId, a.secondStoreId, b.storeId])
    await t.orm.em.fork().execute(
      `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'professional', now(), now() + interval '1 month')
         on conflict (store_id) do update set tier = 'professional'`,
      [s],
    );
  owner = t.client().useStore(a.storeId);
  await owner.login(a.users.owner.email, PASSWORD);
  manager = t.client().useStore(a.storeId);
  await manager.login(a.users.manager.email, PASSWORD);
  staff = t.client().useStore(a.storeId);
  await staff.login(a.users.staff.email, PASSWORD);
  ownerB = t.client().useStore(b.storeId);
  await ownerB.login(b.users.owner.email, PASSWORD);
  // The fixed customers of the golden files.
  const fixed = [
    {
      email: 'zoe.muller@example.lu',
      firstName: 'Zoë',
      lastName: 'Müller',
      phone: '621 123 456',
      preferredLanguage: 'lb',
      billingAddress: { ...ADDRESS, country: 'LU' },
      consent: { status: 'SUBSCRIBED', source: 'SHOP_COUNTER' },
      tags: ['VIP', 'Newsletter weekly'],
    },
    {
      email: 'james@example.co.uk',
      firstName: 'James',
      lastName: '=Smith',
      phone: '020 7946 0958',
      preferredLanguage: 'en',
      billingAddress: { ...ADDRESS, city: 'London', postalCode: 'SW1A 1AA', country: 'GB' },
      consent: { status: 'SUBSCRIBED', source: 'FORM' },
      tags: ['x'.repeat(100)],
    },
    {
      email: 'achats@bureau.example',
      firstName: 'Claire',
      lastName: 'Marchal',
      company: 'Bureau SA',
      isBusiness: true,
      preferredLanguage: 'fr',
      billingAddress: { ...ADDRESS, city: 'Metz', postalCode: '57000', country: 'FR' },
      consent: { status: 'UNSUBSCRIBED', source: 'FORM' },
    },
    { email: 'never@example.lu', firstName: 'Nie', lastName: 'Gefragt', preferredLanguage: 'de' },
  ];
  for (const i of fixed) await staff.ok(CREATE, { i });
  const em = t.orm.em.fork();
  await em.execute(
    `update customer set consent_changed_at = case when consent_status <> 'not_asked' then '2026-03-01T10:00:00Z'::timestamptz end where store_id = ?`,
    [a.storeId],
  );
  await em.execute(
    `update customer set total_orders = 3, total_spent_cents = 123456, first_order_at = '2026-01-05T09:00:00Z',
       last_order_at = '2026-04-20T09:00:00Z' where store_id = ? and email = 'zoe.muller@example.lu'`,
    [a.storeId],
  );
  await em.execute(
    `update customer set total_orders = 1, total_spent_cents = 4990, first_order_at = '2026-02-01T09:00:00Z',
       last_order_at = '2026-02-01T09:00:00Z' where store_id = ? and email = 'achats@bureau.example'`,
    [a.storeId],
  );
  // Store B's customer, and one in A's second store with the same e-mail (any case) as Zoë.
  await ownerB.ok(CREATE, {
    i: { email: 'other@tenant-b.example', firstName: 'Other', consent: { status: 'SUBSCRIBED', source: 'FORM' } },
  });
  const second = t.client().useStore(a.secondStoreId);
  await second.login(a.users.owner.email, PASSWORD);
  await second.ok(CREATE, {
    i: { email: 'Zoe.Muller@Example.lu', firstName: 'Zoë', lastName: 'Müller', tags: ['vip', 'Café'] },
  });
  await em.execute(
    `update customer set total_orders = 2, total_spent_cents = 10000, last_order_at = '2026-05-02T09:00:00Z' where store_id = ?`,
    [a.secondStoreId],
  );
});
afterAll(() => t?.close());

describe('consent and tags', () => {
  it('keeps the consent history with its source and date; the same state again adds nothing', async () => {
    const c = (await staff.ok(CREATE, { i: { email: 'history@consent.test' } })).createCustomer.customer;
    const upd = 'mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { consentStatus } } }';
    await staff.ok(upd, { i: { id: c.id, consent: { status: 'SUBSCRIBED', source: 'FORM' } } });
    await staff.ok(upd, { i: { id: c.id, consent: { status: 'SUBSCRIBED', source: 'FORM' } } });
    await staff.ok(upd, { i: { id: c.id, consent: { status: 'UNSUBSCRIBED', source: 'SHOP_COUNTER' } } });
    const r = await staff.ok(
      `{ customer(id: "${c.id}") { consentStatus consentSource consentChangedAt consentHistory { status source changedAt recordedBy } } }`,
    );
    expect(r.customer.consentStatus).toBe('UNSUBSCRIBED');
    expect(r.customer.consentSource).toBe('SHOP_COUNTER');
    expect(r.customer.consentHistory.map((e: any) => [e.status, e.source])).toEqual([
      ['SUBSCRIBED', 'FORM'],
      ['UNSUBSCRIBED', 'SHOP_COUNTER'],
    ]);
    expect(r.customer.consentHistory[0].recordedBy).toBe('staff pd');
    const fresh = await staff.ok(`{ customer(id: "${c.id}") { id } }`);
    expect(fresh.customer.id).toBe(c.id);
  });

  it('refuses a tag over 100 characters or with a comma, naming the field and the limit, and saves nothing', async () => {
    const comma = await staff.fails(CREATE, { i: { email: 'comma@consent.test', tags: ['a, b'] } });
    expect(JSON.stringify(comma.extensions?.fields)).toMatch(/comma/);
    const bad = await staff.fails(CREATE, { i: { email: 'toolong@consent.test', tags: ['y'.repeat(101)] } });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.extensions?.fields)).toMatch(/100/);
    const [{ n }] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from customer where email = 'toolong@consent.test'`);
    expect(n).toBe(0);
    const ok = await staff.ok(
      'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { tags } } }',
      {
        i: { email: 'tags@consent.test', tags: [' Stammkunde ', 'stammkunde', 'Café  Noir'] },
      },
    );
    expect(ok.createCustomer.customer.tags).toEqual(['Stammkunde', 'Café Noir']);
  });

  it('filters the list by consent and tag', async () => {
    const r = await staff.ok('{ customers(consent: SUBSCRIBED, tag: "vip", first: 50) { nodes { email } } }');
    expect(r.customers.nodes.map((n: any) => n.email)).toEqual(['zoe.muller@example.lu']);
  });
});

describe('export presets', () => {
  const base = 'search=example&';
  it('Mailchimp: fixed English headers, E.164 phones, ISO-2 countries (GB), tags in one cell, only subscribed contacts and says how many it left out', async () => {
    const { res, text } = await csvOf(owner, `${base}preset=mailchimp`);
    golden('customers-mailchimp.csv', text);
    const rows = rowsOf(text);
    expect(rows.map((r) => r['Email Address'])).toEqual(['zoe.muller@example.lu', 'james@example.co.uk']);
    expect(rows[0]).toMatchObject({ 'Phone Number': '+352621123456', Country: 'LU', 'Email Marketing': 'Subscribed' });
    expect(rows[0]!.Tags).toBe('VIP,Newsletter weekly,returning,spent 500+');
    expect(text).toContain('"VIP,Newsletter weekly,returning,spent 500+"');
    expect(rows[1]).toMatchObject({ 'Phone Number': '+442079460958', Country: 'GB', 'Last Name': "'=Smith" });
    expect(rows[1]!.Tags).toBe('x'.repeat(100));
    expect(res.headers.get('x-export-left-out')).toBe('not_asked=1, unsubscribed=1');
    const preview = await (await get(owner, `/customers/export/preview?${base}preset=mailchimp`)).json();
    expect(preview).toMatchObject({
      rows: 2,
      leftOut: [
        { reason: 'not_asked', count: 1 },
        { reason: 'unsubscribed', count: 1 },
      ],
    });
    const every = rowsOf((await csvOf(owner, `${base}preset=mailchimp&allConsent=true`)).text);
    expect(every.map((r) => r['Email Marketing']).sort()).toEqual([
      'Non-Subscribed',
      'Subscribed',
      'Subscribed',
      'Unsubscribed',
    ]);
  });

  it('full: every field, English machine headers, decimal point', async () => {
    const { text } = await csvOf(owner, `${base}preset=full`);
    golden('customers-full.csv', text);
    const zoe = rowsOf(text).find((r) => r.email === 'zoe.muller@example.lu')!;
    expect(zoe).toMatchObject({
      total_orders: '3',
      total_spent: '1234.56',
      avg_order_value: '411.52',
      first_order_date: '2026-01-05',
      last_order_date: '2026-04-20',
      consent: 'subscribed',
      consent_date: '2026-03-01',
      consent_source: 'shop_counter',
      billing_country: 'LU',
      segments: 'returning, spent 500+',
    });
  });

  it('Excel: UTF-8 with BOM, semicolons, decimal comma, headers in the user’s language', async () => {
    await manager.ok('mutation { updateProfile(input: { locale: de }) { locale } }');
    const res = await get(manager, `/customers/export.csv?${base}preset=excel`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    golden('customers-excel-de.csv', text);
    const rows = rowsOf(text, ';');
    const zoe = rows.find((r) => r['E-Mail'] === 'zoe.muller@example.lu')!;
    expect(zoe).toMatchObject({ Vorname: 'Zoë', Gesamtumsatz: '1234,56', 'Durchschnittlicher Bestellwert': '411,52' });
    await manager.ok('mutation { updateProfile(input: { locale: fr }) { locale } }');
    const fr = rowsOf((await csvOf(manager, `${base}preset=excel`)).text, ';');
    expect(Object.keys(fr[0]!)).toContain('Total dépensé');
  });

  it('filters: consent, tag, business, country, orders, spent, last order between dates; bad values refused with the field', async () => {
    const emails = async (q: string) =>
      rowsOf((await csvOf(owner, `${base}preset=full&${q}`)).text).map((r) => r.email);
    expect(await emails('consent=unsubscribed')).toEqual(['achats@bureau.example']);
    expect(await emails('tag=VIP')).toEqual(['zoe.muller@example.lu']);
    expect(await emails('business=true')).toEqual(['achats@bureau.example']);
    expect(await emails('country=gb')).toEqual(['james@example.co.uk']);
    expect(await emails('minOrders=2')).toEqual(['zoe.muller@example.lu']);
    expect(await emails('minSpent=49,90')).toHaveLength(2);
    expect(await emails('minSpent=50')).toEqual(['zoe.muller@example.lu']);
    expect(await emails('lastOrderFrom=2026-02-01&lastOrderTo=2026-02-01')).toEqual(['achats@bureau.example']);
    for (const [q, field] of [
      ['minOrders=-1', 'minOrders'],
      ['minOrders=1.5', 'minOrders'],
      ['minSpent=abc', 'minSpent'],
      ['country=UK', 'country'],
      ['consent=yes', 'consent'],
      ['preset=xml', 'preset'],
      ['lastOrderFrom=2026-02-30', 'lastOrderFrom'],
    ] as const) {
      const r = await get(owner, `/customers/export.csv?${q}`);
      expect(r.status, q).toBe(400);
      const body = (await r.json()) as any;
      expect(body.error.fields, q).toHaveProperty(field);
    }
    const reversed = await get(owner, '/customers/export.csv?lastOrderFrom=2026-03-01&lastOrderTo=2026-02-01');
    expect(((await reversed.json()) as any).error.reason).toBe('DATE_RANGE_REVERSED');
  });

  it('merchant-wide for merchant owners: one row per e-mail (any case), statistics summed, the stores it bought in', async () => {
    const rows = rowsOf((await csvOf(owner, 'preset=full&scope=merchant&search=zoe')).text);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      total_orders: '5',
      total_spent: '1334.56',
      last_order_date: '2026-05-02',
      stores: 'Store pd, Store pd 2',
    });
    expect(rows[0]!.tags!.split(', ').sort()).toEqual(['Café', 'Newsletter weekly', 'VIP'].sort());
    const refused = await get(manager, '/customers/export.csv?scope=merchant');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).error.reason).toBe('MERCHANT_OWNER_ONLY');
  });

  it('needs CUSTOMERS_EXPORT: owners and managers, not staff or accountants; never another tenant’s rows', async () => {
    expect((await get(staff, '/customers/export.csv')).status).toBe(403);
    const acc = t.client().useStore(a.storeId);
    await acc.login(a.users.accountant.email, PASSWORD);
    expect((await get(acc, '/customers/export.csv')).status).toBe(403);
    const all = rowsOf((await csvOf(owner, 'preset=full&allConsent=true')).text).map((r) => r.email);
    expect(all).not.toContain('other@tenant-b.example');
    const merged = rowsOf((await csvOf(owner, 'preset=full&scope=merchant')).text).map((r) => r.email);
    expect(merged).not.toContain('other@tenant-b.example');
    // B's owner naming A's store is refused before anything is read.
    expect((await get(ownerB, '/customers/export.csv', a.storeId)).status).toBe(403);
  });

  it('logs every export: who, which preset, the filters, the rows; the log is for owners', async () => {
    await csvOf(owner, 'preset=mailchimp&tag=vip');
    const log = await owner.ok(
      '{ personalDataAccessLog(first: 5) { totalCount nodes { kind userName detail filters rowCount at } } }',
    );
    expect(log.personalDataAccessLog.nodes[0]).toMatchObject({
      kind: 'EXPORT',
      userName: `owner pd <${a.users.owner.email}>`,
      detail: 'mailchimp',
      rowCount: 1,
    });
    expect(JSON.parse(log.personalDataAccessLog.nodes[0].filters)).toEqual({ preset: 'mailchimp', tag: 'vip' });
    const fromB = await ownerB.ok('{ personalDataAccessLog(first: 5) { totalCount } }');
    expect(fromB.personalDataAccessLog.totalCount).toBe(0);
    const denied = await manager.raw('{ personalDataAccessLog(first: 5) { totalCount } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('access request and erasure', () => {
  const zipEntries = async (res: Response) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pd-')), 'a.zip');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const names = execFileSync('unzip', ['-Z1', file]).toString('utf8').split('\n').filter(Boolean);
    const read = (n: string) => execFileSync('unzip', ['-p', file, n]).toString('utf8');
    return { names, read };
  };
  const customerId = async (email: string) => {
    const r = await owner.ok(`{ customers(search: "${email}", first: 1) { nodes { id } } }`);
    return r.customers.nodes[0].id as string;
  };

  it('gives one customer’s data as a ZIP (JSON and CSV: profile, addresses, consent history, orders), logged', async () => {
    const id = await customerId('zoe.muller@example.lu');
    const res = await get(manager, `/customers/${id}/personal-data.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const { names, read } = await zipEntries(res);
    expect(names).toEqual(['customer.json', 'profile.csv', 'addresses.csv', 'consent-history.csv', 'orders.csv']);
    const json = JSON.parse(read('customer.json'));
    expect(json.profile).toMatchObject({
      email: 'zoe.muller@example.lu',
      firstName: 'Zoë',
      tags: ['VIP', 'Newsletter weekly'],
    });
    expect(json.consent.history).toEqual([expect.objectContaining({ status: 'subscribed', source: 'shop_counter' })]);
    expect(read('addresses.csv')).toContain('billing,');
    const log = await owner.ok('{ personalDataAccessLog(first: 1) { nodes { kind detail rowCount } } }');
    expect(log.personalDataAccessLog.nodes[0]).toMatchObject({ kind: 'ACCESS_REQUEST', detail: `customer ${id}` });
    // Staff may not; another tenant's id is not found.
    expect((await get(staff, `/customers/${id}/personal-data.zip`)).status).toBe(403);
    expect((await get(ownerB, `/customers/${id}/personal-data.zip`, b.storeId)).status).toBe(404);
  });

  it('erases: the record and its orders lose the person; another tenant’s id is not found; no edit afterwards', async () => {
    const id = await customerId('james@example.co.uk');
    const fromB = await ownerB.raw(`mutation { eraseCustomer(id: "${id}") { ordersAnonymised } }`);
    expect(fromB.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const r = await manager.ok(
      `mutation { eraseCustomer(id: "${id}") { ordersAnonymised invoicesKept customer { email firstName lastName phone tags consentStatus erasedAt consentHistory { status } } } }`,
    );
    expect(r.eraseCustomer.customer).toMatchObject({
      email: `erased-${id}@erased.invalid`,
      firstName: '',
      lastName: '',
      phone: null,
      tags: [],
      consentStatus: 'NOT_ASKED',
      consentHistory: [],
    });
    expect(r.eraseCustomer.customer.erasedAt).not.toBeNull();
    const again = await manager.raw(`mutation { eraseCustomer(id: "${id}") { ordersAnonymised } }`);
    expect(again.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_ERASED');
    const edit = await manager.raw(
      'mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { id } } }',
      { i: { id, firstName: 'James' } },
    );
    expect(edit.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_ERASED');
    const all = rowsOf((await csvOf(owner, 'preset=full&allConsent=true')).text).map((r) => r.customer_id);
    expect(all).not.toContain(id);
    const dump = JSON.stringify(await t.orm.em.fork().execute('select * from customer where id = ?', [id]));
    expect(dump).not.toMatch(/james|Smith|7946/i);
  });
});

describe('erasure and the Letzshop import', () => {
  let sim: Simulator;
  let c: GqlClient;
  let tenant: Tenant;
  beforeAll(async () => {
    sim = await startSim({ seed: 5, shipments: 0 });
    tenant = await createTenant(t.orm, 'pdls');
    await t.orm.em
      .fork()
      .execute(`update store_subscription set tier = 'professional' where store_id = ?`, [tenant.storeId]);
    await seedSimCatalogue(t.orm, tenant.storeId, 100);
    c = t.client().useStore(tenant.storeId);
    await c.login(tenant.users.owner.email, PASSWORD);
    await connectLetzshop(c, sim);
  });
  afterAll(() => sim?.close());

  const buyer = {
    email: 'lea.weber@example.lu',
    shipAddress: {
      firstName: 'Léa',
      lastName: 'Weber',
      streetName: 'Rue Haute',
      city: 'Esch',
      zipCode: '4001',
      countryIso: 'LU',
      phone: '+352 691 111 222',
    },
  };
  const personRows = async () =>
    t.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from customer_order where store_id = ? and (customer_snapshot::text ilike '%weber%' or shipping_address::text ilike '%weber%' or external_data::text ilike '%weber%')`,
        [tenant.storeId],
      );

  it('a re-sync after the erasure does not bring the person back: older orders come in without them', async () => {
    const before = new Date(Date.now() - 3_600_000).toISOString();
    sim.addShipment({ ...buyer, completedAt: before });
    const run = await syncAndWait(c);
    expect(run.status).toBe('SUCCEEDED');
    const found = await c.ok(
      `{ customers(search: "lea.weber", first: 1) { nodes { id totalOrders consentStatus consentSource consentHistory { status } } } }`,
    );
    const id = found.customers.nodes[0].id;
    // Letzshop's answer says nothing about marketing consent, so the import records none.
    expect(found.customers.nodes[0]).toMatchObject({
      consentStatus: 'NOT_ASKED',
      consentSource: null,
      consentHistory: [],
    });
    const erased = await c.ok(`mutation { eraseCustomer(id: "${id}") { ordersAnonymised } }`);
    expect(erased.eraseCustomer.ordersAnonymised).toBe(1);
    expect((await personRows())[0]!.n).toBe(0);
    // Letzshop still has the person; another of their orders placed before the erasure arrives.
    sim.addShipment({ ...buyer, completedAt: new Date(Date.now() - 1_800_000).toISOString() });
    const again = await syncAndWait(c, { since: '2020-01-01T00:00:00Z' });
    expect(again.status).toBe('SUCCEEDED');
    expect(again.created).toBeGreaterThanOrEqual(1);
    const [{ n }] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from customer where store_id = ? and email ilike '%weber%'`,
        [tenant.storeId],
      );
    expect(n).toBe(0);
    expect((await personRows())[0]!.n).toBe(0);
    const after = await c.ok(`{ customer(id: "${id}") { email totalOrders erasedAt } }`);
    expect(after.customer).toMatchObject({ email: `erased-${id}@erased.invalid`, totalOrders: 2 });
  });
});
