import type { Simulator } from '@orion/letzshop-sim';
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

// The rollup recounted here independently of the triggers' function, column by column.
const RECOUNT = `
with o as (
  select o.*, (o.ordered_at at time zone 'Europe/Luxembourg')::date as day,
         (select count(*) from customer_order p where p.store_id = o.store_id and p.customer_id = o.customer_id
            and (p.ordered_at < o.ordered_at or (p.ordered_at = o.ordered_at and p.id < o.id))) > 0 as repeat,
         (select coalesce(sum(quantity), 0) from order_line l where l.order_id = o.id) as units
    from customer_order o where o.store_id = ?),
orders as (
  select store_id, day, currency,
         count(*) filter (where status <> 'cancelled') as orders,
         coalesce(sum(units) filter (where status <> 'cancelled'), 0) as units,
         coalesce(sum(total_cents - tax_cents) filter (where status <> 'cancelled'), 0) as net_cents,
         coalesce(sum(tax_cents) filter (where status <> 'cancelled'), 0) as vat_cents,
         coalesce(sum(total_cents) filter (where status <> 'cancelled'), 0) as gross_cents,
         count(*) filter (where status <> 'cancelled' and not repeat) as new_customer_orders,
         count(*) filter (where status <> 'cancelled' and repeat) as returning_customer_orders,
         count(*) filter (where status = 'refunded') as refunded_orders,
         coalesce(sum(total_cents) filter (where status = 'refunded'), 0) as refunded_cents,
         count(*) filter (where status = 'pending') as pending, count(*) filter (where status = 'processing') as processing,
         count(*) filter (where status = 'shipped') as shipped, count(*) filter (where status = 'delivered') as delivered,
         count(*) filter (where status = 'cancelled') as cancelled, count(*) filter (where status = 'refunded') as refunded
    from o group by store_id, day, currency),
cn as (
  select store_id, issue_date as day, currency, count(*) as credit_notes, -sum(gross_cents) as credit_note_cents
    from invoice where store_id = ? and type = 'credit_note' group by 1, 2, 3)
select coalesce(orders.store_id, cn.store_id) as store_id, to_char(coalesce(orders.day, cn.day), 'YYYY-MM-DD') as day,
       coalesce(orders.currency, cn.currency) as currency,
       ${[
         'orders',
         'units',
         'net_cents',
         'vat_cents',
         'gross_cents',
         'new_customer_orders',
         'returning_customer_orders',
         'refunded_orders',
         'refunded_cents',
         'pending',
         'processing',
         'shipped',
         'delivered',
         'cancelled',
         'refunded',
       ]
         .map((c) => `coalesce(orders.${c}, 0)::int as ${c}`)
         .join(', ')},
       coalesce(cn.credit_notes, 0)::int as credit_notes, coalesce(cn.credit_note_cents, 0)::int as credit_note_cents
  from orders full join cn on cn.store_id = orders.store_id and cn.day = orders.day and cn.currency = orders.currency
 order by 2, 3`;

const ROLLUP = `select store_id, to_char(day, 'YYYY-MM-DD') as day, currency, orders::int, units::int, net_cents::int,
  vat_cents::int, gross_cents::int, new_customer_orders::int, returning_customer_orders::int, refunded_orders::int,
  refunded_cents::int, pending::int, processing::int, shipped::int, delivered::int, cancelled::int, refunded::int,
  credit_notes::int, credit_note_cents::int
  from store_sales_day where store_id = ? order by 2, 3`;

const PRODUCT_RECOUNT = `select o.store_id, to_char((o.ordered_at at time zone 'Europe/Luxembourg')::date, 'YYYY-MM-DD') as day,
  o.currency, l.product_id, sum(l.quantity)::int as units, sum(l.line_total_cents)::int as gross_cents
  from customer_order o join order_line l on l.order_id = o.id
 where o.store_id = ? and o.status <> 'cancelled' and l.product_id is not null
 group by 1, 2, 3, 4 order by 2, 3, 4`;
const PRODUCT_ROLLUP = `select store_id, to_char(day, 'YYYY-MM-DD') as day, currency, product_id, units::int, gross_cents::int
  from store_product_sales_day where store_id = ? order by 2, 3, 4`;

describe('sales rollup: equal to a recount after a mixed concurrent workload', () => {
  let t: TestApp;
  let sim: Simulator;
  let tenant: Tenant;
  const clients: GqlClient[] = [];
  let products: string[];
  const c = (i = 0) => clients[i % clients.length]!;

  beforeAll(async () => {
    sim = await startSim({ seed: 13, shipments: 80 });
    t = await startTestApp({ ...FAST_LETZSHOP, GRAPHQL_MAX_COST: '50000' });
    tenant = await createTenant(t.orm, 'rollup');
    await t.orm.em.fork().execute(
      `insert into store_subscription (store_id, tier, period_start, period_end)
         values (?, 'business', date_trunc('month', now()), date_trunc('month', now()) + interval '1 month')
         on conflict (store_id) do update set tier = 'business'`,
      [tenant.storeId],
    );
    products = [...(await seedSimCatalogue(t.orm, tenant.storeId, 5000)).values()];
    for (let i = 0; i < 6; i++) {
      const client = t.client().useStore(tenant.storeId);
      await client.login(tenant.users.owner.email, PASSWORD);
      clients.push(client);
    }
    await connectLetzshop(c(), sim);
    await c().ok('mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { vatNumber } }', {
      i: { vatNumber: 'LU26375245', iban: 'LU280019400644750000', bic: 'BCEELULL', rcsNumber: 'B123456' },
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sim?.close();
  });

  const directOrder = (i: number) =>
    c(i).ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
      i: {
        // A few buyers order several times: returning customers, some concurrently.
        newCustomer: { email: `buyer${i % 7}@rollup.test`, firstName: 'Léa', lastName: 'Muller' },
        shippingAddress: ADDRESS,
        lines: [
          { productId: products[i % products.length], quantity: 1 + (i % 3) },
          { productId: products[(i + 3) % products.length], quantity: 1 },
        ],
        shippingCents: (i % 4) * 150,
      },
    });

  it('direct orders and a historical Letzshop import at once, then cancellations, refunds, credit notes and declines at once', async () => {
    const [run, ...orders] = await Promise.all([
      syncAndWait(c(0), { kind: 'HISTORICAL', since: '2020-01-01T00:00:00.000Z' }, 120_000),
      ...Array.from({ length: 24 }, (_, i) => directOrder(i + 1)),
    ]);
    expect(run).toMatchObject({ status: 'SUCCEEDED', failed: 0 });
    const ids = orders.map((o: any) => o.createOrder.order.id as string);
    const pendingLetzshop = (
      await c().ok(`{ orders(first: 10, filter: { channel: LETZSHOP, status: PENDING }) { nodes { id } } }`)
    ).orders.nodes.map((o: any) => o.id as string);

    const cancel = (id: string, i: number) =>
      c(i).ok('mutation($i: CancelOrderInput!) { cancelOrder(input: $i) { order { status } } }', { i: { id } });
    const refund = async (id: string, i: number) => {
      await c(i).ok('mutation($i: OrderIdInput!) { confirmOrder(input: $i) { order { status } } }', { i: { id } });
      await c(i).ok('mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { status } } }', {
        i: { id, carrier: 'Post' },
      });
      await c(i).ok('mutation($i: OrderIdInput!) { refundOrder(input: $i) { order { status } } }', { i: { id } });
    };
    const creditNote = async (id: string, i: number) => {
      const inv = await c(i).ok('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
        i: { orderId: id },
      });
      await c(i).ok('mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { id } } }', {
        i: { id: inv.issueInvoice.invoice.id, amounts: [{ rateBp: 1700, grossCents: 100 + i }] },
      });
    };
    const decline = (id: string, i: number) =>
      c(i).ok('mutation($i: DecideLetzshopItemsInput!) { decideLetzshopItems(input: $i) { order { status } } }', {
        i: { orderId: id, all: false },
      });
    await Promise.all([
      ...ids.slice(0, 6).map(cancel),
      ...ids.slice(6, 10).map(refund),
      ...ids.slice(10, 16).map(creditNote),
      ...pendingLetzshop.slice(0, 3).map(decline),
      ...Array.from({ length: 8 }, (_, i) => directOrder(100 + i)),
      syncAndWait(c(5), {}, 120_000),
    ]);

    const em = t.orm.em.fork();
    const recount = await em.execute(RECOUNT, [tenant.storeId, tenant.storeId]);
    const rollup = await em.execute(ROLLUP, [tenant.storeId]);
    expect(rollup.length).toBeGreaterThan(1);
    expect(rollup).toEqual(recount);
    const sums = rollup.reduce(
      (s: Record<string, number>, r: any) => ({
        cancelled: s.cancelled! + r.cancelled,
        refunded: s.refunded! + r.refunded,
        creditNotes: s.creditNotes! + r.credit_notes,
        returning: s.returning! + r.returning_customer_orders,
      }),
      { cancelled: 0, refunded: 0, creditNotes: 0, returning: 0 },
    );
    expect(sums.cancelled).toBeGreaterThanOrEqual(6 + 3);
    expect(sums.refunded).toBeGreaterThanOrEqual(4);
    expect(sums.creditNotes).toBe(6);
    expect(sums.returning).toBeGreaterThan(0);
    expect(await em.execute(PRODUCT_ROLLUP, [tenant.storeId])).toEqual(
      await em.execute(PRODUCT_RECOUNT, [tenant.storeId]),
    );
  }, 240_000);
});
