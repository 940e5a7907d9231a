import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ErrorReason } from '../src/graphql/error-catalogue.js';
import { DomainError, logIfUncatalogued } from '../src/core/errors.js';
import { ADDRESS, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient, GqlError } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SRC = path.resolve(import.meta.dirname, '../src');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

/** A message names fields as people call them: no `newCustomer.email`, no `discountCents`. */
const RAW_FIELD_PATH = /\b[a-z]+(?:\.[a-zA-Z]+)+\b|\b[a-z]+[A-Z][a-zA-Z]*\b/;

describe('the error catalogue', () => {
  it('declares every code the server throws or answers (also codes written outside DomainError)', () => {
    const thrown = new Map<string, string>();
    const patterns = [
      /new (?:DomainError|ForbiddenError)\(\s*'([A-Z][A-Z_]+)'/g,
      /\bsuper\(\s*'([A-Z][A-Z_]+)'/g,
      /new ForbiddenError\([^;]*?,\s*'([A-Z][A-Z_]+)'/g,
      /\breason: '([A-Z][A-Z_]+)'/g,
    ];
    for (const file of sources(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) thrown.set(m[1]!, path.relative(SRC, file));
    }
    expect(thrown.size).toBeGreaterThan(40);
    const stray = [...thrown].filter(([code]) => !(code in ERROR_CATALOGUE));
    expect(stray).toEqual([]);
  });

  it('describes each code, with a kind, and exposes it as the ErrorReason enum value of the same name', () => {
    for (const [code, spec] of Object.entries(ERROR_CATALOGUE)) {
      expect(spec.description.length, code).toBeGreaterThan(10);
      expect([
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'NOT_FOUND',
        'CONFLICT',
        'TOO_MANY_REQUESTS',
      ]).toContain(spec.kind);
      expect(ErrorReason[code as ErrorReason]).toBe(code);
    }
  });

  it('logs a code no catalogue declares, and a catalogued code thrown without its parameters or with another kind', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const log = pino({ level: 'info' }, sink);
    logIfUncatalogued(log, new DomainError('MADE_UP_AT_RUN_TIME' as ErrorReason, 'x'));
    logIfUncatalogued(log, new DomainError('OUT_OF_STOCK', 'x', 'CONFLICT', { sku: 'A' }));
    logIfUncatalogued(log, new DomainError('OUT_OF_STOCK', 'x', 'CONFLICT', { sku: 'A', requested: 2, available: 1 }));
    logIfUncatalogued(log, new DomainError('LAST_OWNER', 'x', 'BAD_USER_INPUT'));
    logIfUncatalogued(log, new Error('not a domain error'));
    expect(lines.map((l) => [l.event, l.reason, l.problem])).toEqual([
      ['error_not_catalogued', 'MADE_UP_AT_RUN_TIME', 'MADE_UP_AT_RUN_TIME is in no error catalogue'],
      ['error_not_catalogued', 'OUT_OF_STOCK', 'OUT_OF_STOCK was thrown without requested, available'],
      ['error_not_catalogued', 'LAST_OWNER', 'LAST_OWNER was thrown as BAD_USER_INPUT; its catalogue says CONFLICT'],
    ]);
    // Without a kind, a code takes its catalogue's.
    expect(new DomainError('LAST_OWNER', 'x').kind).toBe('CONFLICT');
  });
});

describe('errors as the API answers them', () => {
  let t: TestApp;
  let a: Tenant;
  let owner: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'errcat');
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
  });
  afterAll(() => t.close());

  /** The reason is an ErrorReason value, the class is the catalogue's kind, the message names no API path. */
  const expectCatalogued = (err: GqlError, reason: ErrorReason) => {
    expect(err.extensions?.reason).toBe(reason);
    expect(Object.values(ErrorReason)).toContain(err.extensions?.reason);
    expect(err.extensions?.code).toBe(ERROR_CATALOGUE[reason].kind);
    expect(err.message).not.toMatch(RAW_FIELD_PATH);
  };

  const CREATE_ORDER = 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }';
  const CREATE_PRODUCT = 'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } } }';

  it('validation of nested input: fields keep their paths, the message names them as people do', async () => {
    const p = await seedProduct(t.orm, a.storeId);
    const err = await owner.fails(CREATE_ORDER, {
      i: {
        newCustomer: { email: 'not-an-address', firstName: 'Léa', lastName: 'Muller' },
        shippingAddress: ADDRESS,
        lines: [{ productId: p.id, quantity: 1 }],
        shippingCents: -1,
      },
    });
    expectCatalogued(err, 'VALIDATION_FAILED');
    expect(Object.keys(err.extensions?.fields ?? {}).sort()).toEqual(['newCustomer.email', 'shippingCents']);
    expect(err.message).toContain('Shipping — must be an amount from');
    expect(err.message).toContain('New customer › E-mail — ');
  });

  it('validation thrown by a service names the field by its label', async () => {
    const p = await seedProduct(t.orm, a.storeId, { priceCents: 500 });
    const err = await owner.fails(CREATE_ORDER, {
      i: {
        newCustomer: { email: 'lea@errcat.test', firstName: 'Léa', lastName: 'Muller' },
        shippingAddress: ADDRESS,
        lines: [{ productId: p.id, quantity: 1 }],
        discountCents: 10_000,
      },
    });
    expectCatalogued(err, 'VALIDATION_FAILED');
    expect(err.extensions?.fields).toHaveProperty('discountCents');
    expect(err.message).toBe('Please correct: Discount — cannot exceed the goods and shipping');
  });

  it('not found', async () => {
    const err = await owner.fails('query($id: ID!) { product(id: $id) { id } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expectCatalogued(err, 'NOT_FOUND');
  });

  it('forbidden by role', async () => {
    const staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    const err = await staff.fails('mutation { changeTier(input: { tier: BUSINESS }) { plan { tier } } }');
    expectCatalogued(err, 'PERMISSION_DENIED');
    expect(err.extensions?.missing).toBeInstanceOf(Array);
  });

  it('conflict, with the parameters its message takes', async () => {
    await owner.ok(CREATE_PRODUCT, { i: { sku: 'DUP-1', name: 'First', priceCents: 100 } });
    const err = await owner.fails(CREATE_PRODUCT, { i: { sku: 'DUP-1', name: 'Second', priceCents: 100 } });
    expectCatalogued(err, 'SKU_TAKEN');
    expect(err.extensions).toMatchObject({ sku: 'DUP-1', fields: { sku: expect.any(String) } });
  });

  it('tier limit, with the limit and the plan', async () => {
    const b = await createTenant(t.orm, 'errcatlimit');
    await t.orm.em
      .fork()
      .execute(
        `insert into product (id, store_id, sku, name, price_cents) select gen_random_uuid(), ?, 'BULK-' || g, 'Bulk ' || g, 100 from generate_series(1, 200) g`,
        [b.storeId],
      );
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const err = await ownerB.fails(CREATE_PRODUCT, { i: { sku: 'ONE-MORE', name: 'One more', priceCents: 100 } });
    expectCatalogued(err, 'TIER_LIMIT_REACHED');
    expect(err.extensions).toMatchObject({ limit: 200, tier: 'essential', resource: 'products' });
  });

  it('a refusal that lists fields names them as people do (invoice settings incomplete)', async () => {
    const p = await seedProduct(t.orm, a.storeId, { digital: true });
    const { createOrder } = await owner.ok(CREATE_ORDER, {
      i: {
        newCustomer: { email: 'buyer@errcat.test', firstName: 'Léa', lastName: 'Muller' },
        shippingAddress: ADDRESS,
        lines: [{ productId: p.id, quantity: 1 }],
      },
    });
    const err = await owner.fails('mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id } } }', {
      i: { orderId: createOrder.order.id },
    });
    expectCatalogued(err, 'INVOICE_SETTINGS_INCOMPLETE');
    expect(err.extensions?.missing).toEqual(['vatNumber']);
    expect(err.message).toBe('Complete the invoice settings first: VAT number.');
  });

  it('a REST route answers the same reasons, with the fields a request lacks', async () => {
    const res = await fetch(`${t.url}/api/vat/oss-report.csv?year=2026`, {
      headers: { cookie: owner.cookie, 'x-store-id': a.storeId },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: GqlError['extensions'] & { message: string } };
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
      fields: { quarter: 'is required' },
    });
  });
});
