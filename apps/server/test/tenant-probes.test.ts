import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { seedSimCatalogue } from './helpers/letzshop-fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Cross-tenant probes generated from `schema.graphql`: every query and mutation, called by the
 * owner of store A with store B's ids (of every kind B has) in every ID argument and ID input
 * field. Nothing of B may come back, nothing of B may change, and nothing of A may end up pointing
 * at B. An operation added to the schema is probed the day it is added.
 */
const SDL = fs.readFileSync(path.resolve(import.meta.dirname, '../../../schema.graphql'), 'utf8');
const schema = buildSchema(SDL);

/** Operations that end the prober's own session (probing them would sign it out, not touch B). */
const SKIP =
  /^(login|logout|signOut|signOutEverywhere|changePassword|revoke(My|Other)?Sessions?|acceptInvitation|resetPassword|requestPasswordReset)$/;

const SAMPLE_SCALARS: Record<string, unknown> = {
  String: 'probe',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTimeISO: '2026-06-01T10:00:00.000Z',
  DateTime: '2026-06-01T10:00:00.000Z',
  LocalDate: '2026-06-01',
  Date: '2026-06-01',
};

/** A value for an input type, with `id` in every ID position (required fields only, plus ID fields). */
function sample(type: GraphQLInputType, id: string, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, id, depth);
  if (isListType(type)) return [sample(type.ofType, id, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isScalarType(type)) {
    if (type.name === 'ID') return id;
    return type.name in SAMPLE_SCALARS ? SAMPLE_SCALARS[type.name] : 'probe';
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (isNonNullType(f.type) || (isScalarType(named) && named.name === 'ID')) {
        out[f.name] =
          f.name === 'country' ? 'LU' : f.name === 'email' ? 'probe@example.lu' : sample(f.type, id, depth + 1);
      }
    }
    return out;
  }
  return null;
}

const hasId = (args: readonly GraphQLArgument[]): boolean => {
  const seen = new Set<string>();
  const walk = (t: GraphQLInputType): boolean => {
    const n = getNamedType(t);
    if (isScalarType(n)) return n.name === 'ID';
    if (!isInputObjectType(n) || seen.has(n.name)) return false;
    seen.add(n.name);
    return Object.values(n.getFields()).some((f) => walk(f.type));
  };
  return args.some((a) => walk(a.type));
};

/** Scalar fields of the result, and the `id` (and scalars) one level down, so leaks show. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts: string[] = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const fn = getNamedType(f.type);
    if (isScalarType(fn) || isEnumType(fn)) parts.push(f.name);
    else if (depth < 2 && isObjectType(fn)) {
      const inner = selection(f.type, depth + 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = selection(field.type);
  return `${kind} Probe${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${sel ? ` { ${sel} }` : ''} }`;
}

describe('cross-tenant probes from the schema', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let prober: GqlClient;
  /** Every id of a row of store B, by table. */
  let idsOfB: Map<string, string[]>;
  const storeScopedTables = async () =>
    (
      await t.orm.em.fork().execute<{ table_name: string }[]>(
        `select c.table_name from information_schema.columns c
           join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema and i.column_name = 'id'
          where c.table_schema = 'public' and c.column_name = 'store_id' order by 1`,
      )
    ).map((r) => r.table_name);

  /** A digest of every row of store B (and of the store row itself). */
  const digestOfB = async () => {
    const em = t.orm.em.fork();
    const out: Record<string, string> = {};
    for (const table of await storeScopedTables()) {
      const [row] = await em.execute<{ d: string | null }[]>(
        `select md5(string_agg(md5(x::text), ',' order by x.id)) as d from "${table}" x where store_id = ?`,
        [b.storeId],
      );
      out[table] = row?.d ?? '';
    }
    const [store] = await em.execute<{ d: string }[]>(`select md5(x::text) as d from store x where id = ?`, [
      b.storeId,
    ]);
    out.store = store!.d;
    return out;
  };

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'probea');
    b = await createTenant(t.orm, 'probeb');
    for (const s of [a.storeId, b.storeId]) {
      await t.orm.em.fork().execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')
           on conflict (store_id) do update set tier = 'business'`,
        [s],
      );
    }
    // Store B gets one of everything: products, stock, a customer, an order, an invoice and its
    // credit note, an invitation.
    const products = [...(await seedSimCatalogue(t.orm, b.storeId, 100)).values()];
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    await ownerB.ok(`mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { vatNumber } }`, {
      i: { vatNumber: 'LU 2637 5245', iban: 'LU28 0019 4006 4475 0000', bic: 'BCEELULL', rcsNumber: 'B123456' },
    });
    const order = await ownerB.ok<{ createOrder: { order: { id: string } } }>(
      'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }',
      {
        i: {
          newCustomer: { email: 'secret.buyer@probeb.test', firstName: 'Secret', lastName: 'Buyer' },
          shippingAddress: ADDRESS,
          lines: [{ productId: products[0], quantity: 2 }],
        },
      },
    );
    const second = await ownerB.ok<{ createOrder: { order: { id: string } } }>(
      'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }',
      {
        i: {
          newCustomer: { email: 'other.buyer@probeb.test', firstName: 'Other', lastName: 'Buyer' },
          shippingAddress: ADDRESS,
          lines: [{ productId: products[1], quantity: 1 }],
        },
      },
    );
    const invoice = await ownerB.ok<{ issueInvoice: { invoice: { id: string } } }>(
      'mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }',
      { i: { orderId: order.createOrder.order.id } },
    );
    await ownerB.ok('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
      i: { orderId: second.createOrder.order.id },
    });
    await ownerB.ok('mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { id } } }', {
      i: { id: invoice.issueInvoice.invoice.id },
    });
    await ownerB.ok(
      'mutation { inviteMember(input: { email: "invitee@probeb.test", role: STAFF }) { invitation { id } } }',
    );

    idsOfB = new Map();
    const em = t.orm.em.fork();
    for (const table of await storeScopedTables()) {
      const rows = await em.execute<{ id: string }[]>(`select id::text from "${table}" where store_id = ? limit 3`, [
        b.storeId,
      ]);
      if (rows.length)
        idsOfB.set(
          table,
          rows.map((r) => r.id),
        );
    }
    idsOfB.set('store', [b.storeId, b.secondStoreId]);
    idsOfB.set('merchant', [b.merchantId]);
    idsOfB.set(
      'app_user',
      Object.values(b.users).map((u) => u.id),
    );

    prober = t.client().useStore(a.storeId);
    await prober.login(a.users.owner.email, PASSWORD);
  }, 120_000);
  afterAll(() => t?.close());

  it('B has rows of many kinds to probe with', () => {
    expect([...idsOfB.keys()]).toEqual(
      expect.arrayContaining(['product', 'customer', 'customer_order', 'invoice', 'location', 'store']),
    );
  });

  it('no operation, with any of store B’s ids, returns B’s data, changes B, or links A to B', async () => {
    // Mail queued by the set-up (B's invitation) is sent in the background: let it settle first.
    await expect
      .poll(
        async () =>
          (await t.orm.em.fork().execute(`select 1 from outbound_email where status in ('queued', 'sending')`)).length,
      )
      .toBe(0);
    const before = await digestOfB();
    const allIdsOfB = [...idsOfB.values()].flat();
    const leaks: string[] = [];
    const internal: string[] = [];
    let probes = 0;
    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
      for (const field of Object.values(root.getFields())) {
        if (SKIP.test(field.name) || !hasId(field.args)) continue;
        const doc = operation(kind, field);
        // One probe per kind of B's rows (every ID slot gets an id of that kind).
        for (const [table, ids] of idsOfB) {
          const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type, ids[0]!)]));
          const r = await prober.raw(doc, variables);
          probes++;
          if (r.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
            throw new Error(`${field.name} signed the prober out; add it to SKIP`);
          }
          if (r.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') || r.status >= 500) {
            internal.push(`${field.name} (${table})`);
          }
          const text = JSON.stringify(r.data ?? null);
          const leaked = allIdsOfB.filter((id) => text.includes(id));
          if (leaked.length || /probeb|Secret Buyer|secret\.buyer/i.test(text)) {
            leaks.push(`${field.name} with a ${table} id → ${text.slice(0, 200)}`);
          }
        }
      }
    }
    // 527 probes when written, most answered NOT_FOUND (they reached the store's data and found nothing).
    expect(probes).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
    expect(internal).toEqual([]);
    expect(await digestOfB()).toEqual(before);

    // Nothing of store A refers to a row of B.
    const em = t.orm.em.fork();
    const links: string[] = [];
    for (const table of await storeScopedTables()) {
      const rows = await em.execute<{ t: string }[]>(`select x::text as t from "${table}" x where store_id = ?`, [
        a.storeId,
      ]);
      for (const row of rows) {
        const hit = allIdsOfB.find((id) => id !== b.storeId && row.t.includes(id));
        if (hit) links.push(`${table}: ${row.t.slice(0, 160)}`);
      }
    }
    expect(links).toEqual([]);
  }, 300_000);
});
