import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id number sequence } } }`;
const CREDIT = `mutation($id: ID!) { createCreditNote(input: { id: $id }) { invoice { id number sequence } } }`;

/**
 * Two stores of one merchant (one legal entity, one VAT number) issue from one series per prefix:
 * never the same number twice for the seller, no gap in a series, also when they issue at once.
 */
describe('invoice numbers per seller, across its stores', () => {
  let t: TestApp;
  let m: Tenant;
  let other: Tenant;
  const clients = new Map<string, GqlClient[]>();
  const products = new Map<string, string>();

  const setUpStore = async (tenant: Tenant, storeId: string) => {
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')`,
        [storeId],
      );
    const cs = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const c = t.client().useStore(storeId);
        await c.login(tenant.users.owner.email, PASSWORD);
        return c;
      }),
    );
    clients.set(storeId, cs);
    // Both stores of a merchant: the same legal entity, the same VAT number.
    await cs[0]!.ok(`mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245" }) { vatNumber } }`);
    const product = (await seedProduct(t.orm, storeId, { priceCents: 500 })).id;
    const loc = await createLocation(cs[0]!, 'W', '1');
    await receive(cs[0]!, product, loc, 10_000);
    products.set(storeId, product);
  };

  const orders = async (storeId: string, n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await clients
        .get(storeId)![0]!
        .ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
          i: {
            newCustomer: { email: `b${i}-${Math.random()}@example.lu`, firstName: 'Léa', lastName: 'Muller' },
            shippingAddress: ADDRESS,
            lines: [{ productId: products.get(storeId)!, quantity: 1 }],
          },
        });
      ids.push(r.createOrder.order.id);
    }
    return ids;
  };

  /** Runs every call at once, spread over the store's clients; all must succeed. */
  const atOnce = async (calls: { storeId: string; query: string; vars: Record<string, unknown> }[]) => {
    const results = await Promise.all(calls.map((c, i) => clients.get(c.storeId)![i % 4]!.raw(c.query, c.vars)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    return results.map((r) => Object.values(r.data!)[0].invoice as { id: string; number: string; sequence: number });
  };

  const series = async (merchantId: string, prefix: string) =>
    (
      await t.orm.em
        .fork()
        .execute<{ sequence: number; number: string; store_id: string }[]>(
          `select sequence, number, store_id from invoice where merchant_id = ? and series = ? order by sequence`,
          [merchantId, prefix],
        )
    ).map((r) => ({ ...r, sequence: Number(r.sequence) }));

  beforeAll(async () => {
    t = await startTestApp();
    m = await createTenant(t.orm, 'series');
    other = await createTenant(t.orm, 'series-other');
    await setUpStore(m, m.storeId);
    await setUpStore(m, m.secondStoreId);
    await setUpStore(other, other.storeId);
  });
  afterAll(() => t?.close());

  it('two stores of one merchant issuing at once: every number once for the seller, one series without gaps', async () => {
    const a = await orders(m.storeId, 30);
    const b = await orders(m.secondStoreId, 30);
    const issued = await atOnce(
      a.flatMap((id, i) => [
        { storeId: m.storeId, query: ISSUE, vars: { i: { orderId: id } } },
        { storeId: m.secondStoreId, query: ISSUE, vars: { i: { orderId: b[i]! } } },
      ]),
    );
    expect(new Set(issued.map((i) => i.number)).size).toBe(60);
    const rows = await series(m.merchantId, 'INV');
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.store_id))).toEqual(new Set([m.storeId, m.secondStoreId]));

    // Credit notes: their own series (CN), shared the same way.
    const notes = await atOnce(
      issued.slice(0, 20).map((inv, i) => ({
        storeId: i % 2 === 0 ? m.storeId : m.secondStoreId,
        query: CREDIT,
        vars: { id: inv.id },
      })),
    );
    expect(new Set(notes.map((n) => n.number)).size).toBe(20);
    expect((await series(m.merchantId, 'CN')).map((r) => r.sequence)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  }, 120_000);

  it('another merchant has its own series, starting at 1', async () => {
    const [id] = await orders(other.storeId, 1);
    const [inv] = await atOnce([{ storeId: other.storeId, query: ISSUE, vars: { i: { orderId: id } } }]);
    expect(inv!.number).toMatch(/^INV-\d{4}-00001$/);
  });

  it('a store with its own prefix gets its own series; invoices and credit notes with one prefix share one', async () => {
    const owner = clients.get(m.secondStoreId)![0]!;
    await owner.ok(
      `mutation { updateInvoiceSettings(input: { invoicePrefix: "OUT", creditNotePrefix: "OUT" }) { invoicePrefix } }`,
    );
    const [o1, o2] = await orders(m.secondStoreId, 2);
    const [first] = await atOnce([{ storeId: m.secondStoreId, query: ISSUE, vars: { i: { orderId: o1 } } }]);
    const [note] = await atOnce([{ storeId: m.secondStoreId, query: CREDIT, vars: { id: first!.id } }]);
    const [second] = await atOnce([{ storeId: m.secondStoreId, query: ISSUE, vars: { i: { orderId: o2 } } }]);
    expect([first!.number, note!.number, second!.number].map((n) => n.replace(/-\d{4}-/, '-'))).toEqual([
      'OUT-00001',
      'OUT-00002',
      'OUT-00003',
    ]);
    // The first store's series goes on where it was.
    const [o3] = await orders(m.storeId, 1);
    const [next] = await atOnce([{ storeId: m.storeId, query: ISSUE, vars: { i: { orderId: o3 } } }]);
    expect(next!.sequence).toBe(61);
  });

  it('PostgreSQL refuses a second document with the same number for the seller, even from another store', async () => {
    const em = t.orm.em.fork();
    const [row] = await em.execute<{ number: string; sequence: number }[]>(
      `select number, sequence from invoice where store_id = ? and series = 'INV' order by sequence limit 1`,
      [m.storeId],
    );
    const copy = (number: string, sequence: number) =>
      em.execute(
        `insert into invoice (id, store_id, merchant_id, series, type, number, sequence, issue_date, supply_date, language,
           vat_regime, seller, buyer, lines, vat_breakdown, legal_mentions, net_cents, vat_cents, gross_cents)
         select gen_random_uuid(), ?, ?, 'INV', 'invoice', ?, ?, current_date, current_date, 'en', 'domestic',
           '{}', '{}', '[]', '[]', '[]', 0, 0, 0`,
        [m.secondStoreId, m.merchantId, number, sequence],
      );
    await expect(copy(row!.number, 999)).rejects.toThrow(/invoice_merchant_number_unique/);
    await expect(copy('INV-1999-99999', row!.sequence)).rejects.toThrow(/invoice_merchant_series_sequence_unique/);
  });
});

describe('the migration to numbers per seller', () => {
  let t: TestApp;
  let m: Tenant;
  const MIGRATION = 'Migration20261202000000_invoice_series_per_merchant';

  beforeAll(async () => {
    t = await startTestApp();
    m = await createTenant(t.orm, 'series-mig');
  });
  afterAll(() => t?.close());

  it('gives existing invoices their seller and series, flags the numbers two stores both issued, and goes on after the highest', async () => {
    const migrator = t.orm.migrator;
    const executed = (await migrator.getExecuted()).map((e) => e.name);
    await migrator.down({ to: executed[executed.indexOf(MIGRATION) - 1]! });
    expect((await migrator.getExecuted()).map((e) => e.name)).not.toContain(MIGRATION);
    const em = t.orm.em.fork();
    // Before: each store numbered on its own — both issued INV-2026-00001 and 00002; the first also 00003.
    const legacy = (storeId: string, sequence: number, createdAt: string) =>
      em.execute(
        `insert into invoice (id, store_id, type, number, sequence, issue_date, supply_date, language, vat_regime,
           seller, buyer, lines, vat_breakdown, legal_mentions, net_cents, vat_cents, gross_cents, created_at)
         values (gen_random_uuid(), ?, 'invoice', ?, ?, '2026-03-01', '2026-03-01', 'en', 'domestic',
           '{}', '{}', '[]', '[]', '[]', 100, 17, 117, ?)`,
        [storeId, `INV-2026-${String(sequence).padStart(5, '0')}`, sequence, createdAt],
      );
    await legacy(m.storeId, 1, '2026-03-01T08:00:00Z');
    await legacy(m.secondStoreId, 1, '2026-03-01T09:00:00Z');
    await legacy(m.secondStoreId, 2, '2026-03-01T10:00:00Z');
    await legacy(m.storeId, 2, '2026-03-01T11:00:00Z');
    await legacy(m.storeId, 3, '2026-03-01T12:00:00Z');
    await em.execute(
      `insert into store_counter (store_id, name, last_value) values (?, 'invoice', 3), (?, 'invoice', 2)`,
      [m.storeId, m.secondStoreId],
    );
    await migrator.up();

    const rows = await em.execute<
      { store_id: string; number: string; merchant_id: string; series: string; duplicate_number: boolean }[]
    >(`select store_id, number, merchant_id, series, duplicate_number from invoice order by created_at`);
    expect(rows.map((r) => [r.store_id === m.storeId ? 'A' : 'B', r.number, r.duplicate_number])).toEqual([
      ['A', 'INV-2026-00001', false],
      ['B', 'INV-2026-00001', true],
      ['B', 'INV-2026-00002', false],
      ['A', 'INV-2026-00002', true],
      ['A', 'INV-2026-00003', false],
    ]);
    expect(new Set(rows.map((r) => `${r.merchant_id}/${r.series}`))).toEqual(new Set([`${m.merchantId}/INV`]));
    const [counter] = await em.execute<{ last_value: string }[]>(
      `select last_value from merchant_counter where merchant_id = ? and name = 'invoice-series:INV'`,
      [m.merchantId],
    );
    expect(Number(counter!.last_value)).toBe(3);
    expect(await em.execute(`select * from store_counter where name in ('invoice', 'credit_note')`)).toEqual([]);
    // The flags and the new columns are as immutable as the rest of the invoice.
    await expect(em.execute(`update invoice set duplicate_number = false`)).rejects.toThrow(/cannot be changed/);
  });
});
