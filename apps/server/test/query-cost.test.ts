import fs from 'node:fs';
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { buildOrionSchema } from '../src/graphql/schema.js';
import { queryCost } from '../src/graphql/query-cost.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const NESTED = `{orders(first:100){nodes{customer{orders(first:100){nodes{customer{orders(first:100){nodes{customer{id}}}}}}}}}}`;

/** The orders list page's query and the order detail's, as the SPA sends them. */
const ORDERS_LIST = `query OrdersList($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort) {
  orders(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id orderNumber status channel externalState totalCents orderedAt externalOrderNumber customerSnapshot { name email } }
  }
}`;
const ORDER_DETAIL = `query OrderDetail($id: ID!) {
  order(id: $id) {
    id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt
    subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note
    externalOrderNumber nextStatuses
    invoice { id number status }
    customerSnapshot { name email phone }
    customer { id totalOrders totalSpentCents }
    shippingAddress { firstName lastName company street streetNumber postalCode city country }
    billingAddress { firstName lastName company street streetNumber postalCode city country }
    lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }
    timeline { id kind message fromStatus toStatus createdAt userName }
  }
}`;

describe('query cost', () => {
  let t: TestApp;
  let a: Tenant;
  let accountant: GqlClient;
  let staff: GqlClient;
  let orderId: string;
  const statements: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'cost');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    const p = await seedProduct(t.orm, a.storeId);
    await receive(staff, p.id, await createLocation(staff, 'MAIN', 'A1'), 10);
    const r = await staff.ok(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }`, {
      i: {
        newCustomer: { email: 'cost@example.lu', firstName: 'Léa', lastName: 'Muller' },
        shippingAddress: ADDRESS,
        lines: [{ productId: p.id, quantity: 1 }],
      },
    });
    orderId = r.createOrder.order.id;
    accountant = t.client().useStore(a.storeId);
    await accountant.login(a.users.accountant.email, PASSWORD);
    // Every statement the app sends, from any request's EntityManager fork.
    const conn = t.orm.em.getConnection();
    const execute = conn.execute.bind(conn);
    conn.execute = (async (...args: Parameters<typeof execute>) => {
      statements.push(String(args[0]));
      return execute(...args);
    }) as typeof conn.execute;
  });
  afterAll(() => t.close());

  /** Sends the query; the answer, how long it took and the SQL statements it ran. */
  const send = async (query: string, variables: Record<string, unknown> = {}, c = accountant) => {
    statements.length = 0;
    const t0 = performance.now();
    const r = await c.raw(query, variables);
    return { ...r, ms: performance.now() - t0, sql: [...statements] };
  };

  const expectTooCostly = (r: Awaited<ReturnType<typeof send>>) => {
    expect(r.status).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    const e = r.errors![0]!;
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', maximum: 1000 });
    expect(e.extensions!.cost as number).toBeGreaterThan(1000);
    expect(e.message).toContain(`costs ${e.extensions!.cost}`);
    expect(e.message).toContain('maximum of 1000');
    expect(r.sql).toEqual([]);
    expect(r.ms).toBeLessThan(500);
  };

  it('refuses the nested orders → customer → orders query before any statement runs', async () => {
    // As reported: a customer's orders take at most 20 a page.
    const r = await send(NESTED);
    expect(r.status).toBe(400);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions).toMatchObject({
      reason: 'VALIDATION_FAILED',
      fields: { first: 'must be between 1 and 20' },
    });
    expect(r.sql).toEqual([]);
    expect(r.ms).toBeLessThan(500);
    // Within the page caps, it costs too much: 2 + 100 × (nodes 1 + customer 1 + (2 + 20 × (1 + 1 + (2 + 20 × 2)))).
    const capped = await send(
      '{orders(first:100){nodes{customer{orders(first:20){nodes{customer{orders(first:20){nodes{customer{id}}}}}}}}}}',
    );
    expectTooCostly(capped);
    expect(capped.errors![0]!.extensions!.cost).toBe(2 + 100 * (2 + (2 + 20 * (2 + (2 + 20 * 2)))));
  });

  it('refuses the same through fragments, variables, deeper nesting and many root fields', async () => {
    expectTooCostly(
      await send(
        `query Q { ...Root }
         fragment Root on Query { orders(first: 100) { nodes { ...O } } }
         fragment O on Order { customer { orders(first: 20) { edges { node { id customer { id } } } } } }`,
      ),
    );
    expectTooCostly(
      await send(
        `query Q($n: Int!, $m: Int!) { orders(first: $n) { nodes { customer { orders(first: $m) { nodes { id } } } } } }`,
        {
          n: 100,
          m: 20,
        },
      ),
    );
    // Variables' defaults count too.
    expectTooCostly(
      await send(
        `query Q($n: Int! = 100) { orders(first: $n) { nodes { customer { orders(first: 20) { nodes { id } } } } } }`,
      ),
    );
    expectTooCostly(
      await send(
        '{ customers(first: 100) { nodes { orders(first: 20) { nodes { customer { orders(first: 20) { nodes { customer { id } } } } } } } } }',
      ),
    );
    const roots = Array.from({ length: 12 }, (_, i) => `o${i}: orders(first: 100) { nodes { id customer { id } } }`);
    expectTooCostly(await send(`{ ${roots.join(' ')} }`));
    expectTooCostly(
      await send(
        '{ orders(first: 100) { nodes { id } } customers(first: 100) { nodes { id } } products(first: 100) { nodes { id } } invoices(first: 100) { nodes { id } } stockLevels(first: 100) { nodes { id product { id } location { id } } } inventoryTransactions(productId: "00000000-0000-0000-0000-000000000000", first: 100) { nodes { id } } lowStock { product { id } } }',
      ),
    );
  });

  it('refuses first outside 1–100, and outside 1–20 on a customer’s orders, before any statement runs', async () => {
    for (const [query, cap] of [
      ['{ orders(first: 101) { nodes { id } } }', 100],
      ['{ orders(first: 0) { nodes { id } } }', 100],
      ['{ orders(first: -5) { nodes { id } } }', 100],
      ['{ customers(first: 1) { nodes { orders(first: 21) { nodes { id } } } } }', 20],
      ['{ letzshopSyncRuns(first: 500) { id } }', 100],
    ] as const) {
      const r = await send(query);
      expect(r.status, query).toBe(400);
      expect(r.errors![0]!.extensions, query).toMatchObject({
        reason: 'VALIDATION_FAILED',
        fields: { first: `must be between 1 and ${cap}` },
      });
      expect(r.sql, query).toEqual([]);
    }
    const low = await send('{ lowStock(limit: 1000) { available } }');
    expect(low.errors![0]!.extensions).toMatchObject({ fields: { limit: 'must be between 1 and 100' } });
    expect(low.sql).toEqual([]);
  });

  it('lets the SPA’s orders list and order detail through, with their cost in the answer', async () => {
    // The SPA asks for the buyer's e-mail and phone only for roles that may read customers (staff).
    const list = await send(ORDERS_LIST, { first: 25, filter: { status: null, channel: null, search: null } }, staff);
    expect(list.errors).toBeUndefined();
    expect(list.data!.orders.nodes.map((n: { id: string }) => n.id)).toEqual([orderId]);
    expect(list.sql.length).toBeGreaterThan(0);
    const detail = await send(ORDER_DETAIL, { id: orderId }, staff);
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.order.lines).toHaveLength(1);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: staff.cookie, 'x-store-id': a.storeId },
      body: JSON.stringify({ query: ORDERS_LIST, variables: { first: 25 } }),
    });
    const body = (await res.json()) as { extensions: { cost: Record<string, unknown> } };
    // Requested for 25 orders; one came back: 2 + 1 × 2. A session's bucket is the store's.
    expect(body.extensions.cost).toMatchObject({
      requestedQueryCost: 2 + 25 * 2,
      actualQueryCost: 2 + 1 * 2,
      maximumQueryCost: 1000,
      throttleStatus: { maximumAvailable: 100_000, restoreRate: 20_000 },
    });
  });

  it('takes the maximum from GRAPHQL_MAX_COST', async () => {
    const small = await startTestApp({ GRAPHQL_MAX_COST: '50' });
    try {
      const c = small.client();
      const r = await c.raw('{ orders(first: 25) { nodes { id customerSnapshot { name } } } }');
      expect(r.status).toBe(400);
      expect(r.errors![0]!.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', cost: 52, maximum: 50 });
      // Affordable, so it goes on to authentication.
      const ok = await c.raw('{ orders(first: 24) { nodes { id customerSnapshot { name } } } }');
      expect(ok.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      // Mutations cost 10 each.
      const logouts = (n: number) => `mutation { ${Array.from({ length: n }, (_, i) => `l${i}: logout`).join(' ')} }`;
      expect((await c.raw(logouts(6))).errors![0]!.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', cost: 60 });
      expect((await c.raw(logouts(5))).data).toEqual({ l0: true, l1: true, l2: true, l3: true, l4: true });
    } finally {
      await small.close();
    }
  });
});

/** A value for each required variable (the largest `first`), so every operation can be costed. */
function sampleVariables(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (!isNonNullType(type)) return undefined;
    const inner = type.ofType;
    if (isListType(inner)) return [];
    if (isEnumType(inner)) return inner.getValues()[0]!.name;
    if (isInputObjectType(inner)) {
      return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, sample(f.type, f.name)]));
    }
    const scalar = getNamedType(inner).name;
    if (scalar === 'Int') return name === 'first' ? 100 : 1;
    if (scalar === 'Boolean') return false;
    if (scalar === 'ID') return '00000000-0000-0000-0000-000000000000';
    if (scalar === 'DateTimeISO') return new Date().toISOString();
    if (scalar === 'LocalDate') return '2026-01-01';
    return 'x';
  };
  return Object.fromEntries(
    (op.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value),
    ]),
  );
}

describe('the SPA’s operations', () => {
  it('each costs less than the default maximum, with the largest page they ask for', async () => {
    const schema = await buildOrionSchema();
    const source = fs.readFileSync(`${repoRoot}/apps/web/src/gql/graphql.ts`, 'utf8');
    const documents = [...source.matchAll(/Document = (\{"kind":"Document".*?\}) as unknown as/g)].map(
      (m) => JSON.parse(m[1]!) as DocumentNode,
    );
    expect(documents.length).toBeGreaterThan(40);
    const costs = documents.map((doc) => {
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
      return [op.name?.value, queryCost(schema, doc, sampleVariables(schema, op), op.name?.value)] as const;
    });
    expect(costs.filter(([, cost]) => cost > 1000)).toEqual([]);
  });
});
