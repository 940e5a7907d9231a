import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { pruneRequestLog } from '../src/modules/api-keys/api-keys.service.js';
import { seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE = `mutation($i: CreateApiKeyInput!) {
  createApiKey(input: $i) { secret apiKey { id name displayForm scopes status expiresAt } }
}`;
const PRODUCTS = '{ products(first: 5) { nodes { id sku } } }';
/** The documented example: 2 + 5 × (1 product) = 7 points requested. */
const EXAMPLE = 'query Example { products(first: 5) { nodes { id sku } } }';

describe('API keys', () => {
  const clock = new ManualClock(new Date('2026-06-01T08:00:00Z'));
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let owner: GqlClient;
  let ownerB: GqlClient;
  let productB: string;

  /** A client that sends only the key (no cookie, no store header). */
  const keyClient = (secret: string) => {
    const c = t.client();
    c.headers.authorization = `Bearer ${secret}`;
    return c;
  };
  const create = async (scopes: string[], extra: Record<string, unknown> = {}, by = owner) =>
    (await by.ok(CREATE, { i: { name: 'Accounting sync', scopes, ...extra } })).createApiKey as {
      secret: string;
      apiKey: { id: string; displayForm: string; status: string; scopes: string[] };
    };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'keys-a');
    b = await createTenant(t.orm, 'keys-b');
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    await owner.ok('mutation { changeTier(input: { tier: BUSINESS }) { status } }');
    ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    await ownerB.ok('mutation { changeTier(input: { tier: BUSINESS }) { status } }');
    await seedProduct(t.orm, a.storeId, { sku: 'A-1' });
    productB = (await seedProduct(t.orm, b.storeId, { sku: 'B-1' })).id;
  });
  afterAll(() => t.close());

  it('is shown once in full; only its hash and display form are stored', async () => {
    const { secret, apiKey } = await create(['PRODUCTS_READ']);
    expect(secret).toMatch(/^orion_sk_[0-9A-Za-z]{43}$/);
    expect(apiKey.displayForm).toBe(`${secret.slice(0, 13)}…${secret.slice(-3)}`);
    expect(apiKey).toMatchObject({ status: 'ACTIVE', scopes: ['PRODUCTS_READ'] });
    const rows = await t.orm.em.fork().execute('select * from api_key where id = ?', [apiKey.id]);
    expect(JSON.stringify(rows)).not.toContain(secret.slice(9));
    const listed = await owner.ok('{ apiKeys(first: 10) { totalCount nodes { id displayForm createdByName } } }');
    expect(listed.apiKeys.nodes).toContainEqual({
      id: apiKey.id,
      displayForm: apiKey.displayForm,
      createdByName: 'owner keys-a',
    });
  });

  it("works for its store alone, with its scopes as permissions; another store's id is refused", async () => {
    const { secret } = await create(['PRODUCTS_READ']);
    const key = keyClient(secret);
    const ok = await key.raw(PRODUCTS);
    expect(ok.status).toBe(200);
    expect(ok.data?.products.nodes.map((p: { sku: string }) => p.sku)).toEqual(['A-1']);
    // Scope missing: refused, naming the permission.
    const orders = await key.fails('{ orders(first: 1) { nodes { id } } }');
    expect(orders.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
      missing: ['ORDERS_READ'],
    });
    expect(orders.message).toContain('ORDERS_READ');
    // The other store, named: refused; its product's id: not found in the key's store.
    const other = await key.useStore(b.storeId).fails(PRODUCTS);
    expect(other.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'STORE_ACCESS_DENIED' });
    const probe = await keyClient(secret).raw('query($id: ID!) { product(id: $id) { id } }', { id: productB });
    expect(probe.data?.product ?? null).toBeNull();
    // Operations of a person are not for keys.
    const me = await keyClient(secret).fails('{ me { user { id } } }');
    expect(me.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_NOT_ALLOWED' });
  });

  it('ignores cookies when a key is sent, and needs no CSRF header (a GET with the key works)', async () => {
    const { secret } = await create(['PRODUCTS_READ']);
    const withCookie = keyClient(secret);
    withCookie.cookie = owner.cookie;
    // The owner's session would allow orders; the key does not.
    const r = await withCookie.fails('{ orders(first: 1) { nodes { id } } }');
    expect(r.extensions?.reason).toBe('PERMISSION_DENIED');
    const bad = t.client();
    bad.cookie = owner.cookie;
    bad.headers.authorization = 'Bearer orion_sk_notakey';
    const refused = await bad.raw(PRODUCTS);
    expect(refused.status).toBe(401);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(PRODUCTS)}`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { products: unknown } }).data.products).toBeTruthy();
  });

  it('refuses scopes its creator may not give, and keys on a lower plan', async () => {
    const never = await owner.fails(CREATE, { i: { name: 'x', scopes: ['API_KEYS_MANAGE'] } });
    expect(never.extensions?.fields).toMatchObject({ scopes: expect.stringContaining('API_KEYS_MANAGE') });
    const past = await owner.fails(CREATE, {
      i: { name: 'x', scopes: ['ORDERS_READ'], expiresAt: '2026-05-01T00:00:00Z' },
    });
    expect(past.extensions?.fields).toMatchObject({ expiresAt: 'must be in the future' });
    const c = await createTenant(t.orm, 'keys-c');
    const essential = t.client().useStore(c.storeId);
    await essential.login(c.users.owner.email, PASSWORD);
    const gated = await essential.fails(CREATE, { i: { name: 'x', scopes: ['ORDERS_READ'] } });
    expect(gated.extensions).toMatchObject({ reason: 'FEATURE_NOT_IN_TIER', requiredTier: 'business' });
    // A manager lacks API_KEYS_MANAGE.
    const manager = t.client().useStore(a.storeId);
    await manager.login(a.users.manager.email, PASSWORD);
    const denied = await manager.fails(CREATE, { i: { name: 'x', scopes: ['ORDERS_READ'] } });
    expect(denied.extensions).toMatchObject({ reason: 'PERMISSION_DENIED', missing: ['API_KEYS_MANAGE'] });
  });

  it('wrong, revoked and expired keys answer 401 with one message; revocation holds from the next request', async () => {
    const { secret, apiKey } = await create(['PRODUCTS_READ'], { expiresAt: '2026-06-01T09:00:00Z' });
    const key = keyClient(secret);
    expect((await key.raw(PRODUCTS)).status).toBe(200);
    clock.set(new Date('2026-06-01T09:00:01Z'));
    const expired = await key.raw(PRODUCTS);
    clock.set(new Date('2026-06-01T08:00:00Z'));
    expect(expired.status).toBe(401);
    const again = await key.raw(PRODUCTS);
    expect(again.status).toBe(200);
    await owner.ok('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', { id: apiKey.id });
    const revoked = await key.raw(PRODUCTS);
    const wrong = await keyClient(`${secret.slice(0, -1)}x`).raw(PRODUCTS);
    for (const r of [expired, revoked, wrong]) {
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_INVALID' });
      expect(r.errors?.[0]?.message).toBe(expired.errors?.[0]?.message);
    }
  });

  it('rotation: a new key at once, the old one until the grace period ends', async () => {
    const { secret, apiKey } = await create(['PRODUCTS_READ']);
    const tooLong = await owner.fails('mutation($id: ID!) { rotateApiKey(id: $id, graceHours: 169) { secret } }', {
      id: apiKey.id,
    });
    expect(tooLong.extensions?.fields).toMatchObject({ graceHours: 'must be between 0 and 168' });
    const rotated = await owner.ok(
      'mutation($id: ID!) { rotateApiKey(id: $id, graceHours: 2) { secret apiKey { id scopes } } }',
      { id: apiKey.id },
    );
    const fresh = rotated.rotateApiKey.secret as string;
    expect(fresh).not.toBe(secret);
    expect(rotated.rotateApiKey.apiKey.scopes).toEqual(['PRODUCTS_READ']);
    clock.set(new Date('2026-06-01T09:59:59Z'));
    expect((await keyClient(secret).raw(PRODUCTS)).status).toBe(200);
    clock.set(new Date('2026-06-01T10:00:01Z'));
    expect((await keyClient(secret).raw(PRODUCTS)).status).toBe(401);
    expect((await keyClient(fresh).raw(PRODUCTS)).status).toBe(200);
    const list = await owner.ok('{ apiKeys(first: 100) { nodes { id status graceEndsAt } } }');
    expect(list.apiKeys.nodes.find((k: { id: string }) => k.id === apiKey.id).status).toBe('EXPIRED');
    clock.set(new Date('2026-06-01T08:00:00Z'));
  });

  it('costs: every answer carries them; the example costs its documented 7; a cost-only request runs nothing', async () => {
    const { secret } = await create(['PRODUCTS_READ']);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: EXAMPLE }),
    });
    const body = (await res.json()) as { extensions: { cost: Record<string, any> } };
    // Requested 2 + 5 × 1; one product came back: 2 + 1.
    expect(body.extensions.cost).toMatchObject({
      requestedQueryCost: 7,
      actualQueryCost: 3,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1997, restoreRate: 100 },
    });
    const only = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, 'x-orion-cost-only': '1' },
      body: JSON.stringify({ query: EXAMPLE }),
    });
    const o = (await only.json()) as { data: unknown; extensions: { cost: Record<string, any> } };
    expect(o.data).toBeNull();
    expect(o.extensions.cost).toMatchObject({ requestedQueryCost: 7, actualQueryCost: 0 });
    expect(o.extensions.cost.throttleStatus.currentlyAvailable).toBe(1997);
    // Sessions have their own (larger) bucket, per store.
    const s = await owner.raw(EXAMPLE);
    expect((s as any).extensions.cost.throttleStatus).toMatchObject({ maximumAvailable: 100_000, restoreRate: 20_000 });
  });

  it('first: 250 and queries above the maximum are refused before anything runs', async () => {
    const { secret } = await create(['PRODUCTS_READ', 'CUSTOMERS_READ', 'ORDERS_READ']);
    const key = keyClient(secret);
    const big = await key.raw('{ products(first: 250) { nodes { id } } }');
    expect(big.status).toBe(400);
    expect(big.errors?.[0]?.extensions?.fields).toMatchObject({ first: 'must be between 1 and 100' });
    const statements: string[] = [];
    const conn = t.orm.em.getConnection();
    const execute = conn.execute.bind(conn);
    conn.execute = (async (...args: Parameters<typeof execute>) => {
      statements.push(String(args[0]));
      return execute(...args);
    }) as typeof conn.execute;
    try {
      const r = await key.raw('{orders(first:100){nodes{customer{orders(first:20){nodes{id lines{id}}}}}}}');
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY', maximum: 1000 });
      expect(statements).toEqual([]);
    } finally {
      conn.execute = execute;
    }
  });

  it('a drained bucket answers 429 with Retry-After, then accepts once the time has passed', async () => {
    const { secret, apiKey } = await create(['PRODUCTS_READ']);
    const key = keyClient(secret);
    expect((await key.raw(PRODUCTS)).status).toBe(200);
    // Another client of the key has spent the bucket down to 3 points.
    await t.orm.em
      .fork()
      .execute('update rate_bucket set available = 3, refilled_at = ? where subject = ?', [
        clock.now(),
        `key:${apiKey.id}`,
      ]);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ products(first: 100) { nodes { id } } }' }),
    });
    expect(res.status).toBe(429);
    // 102 points wanted, 3 there, 100 a second: 1 s.
    expect(res.headers.get('retry-after')).toBe('1');
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'THROTTLED', cost: 102 });
    clock.set(new Date(clock.now().getTime() + 1000));
    const later = await key.raw('{ products(first: 100) { nodes { id } } }');
    expect(later.status).toBe(200);
    clock.set(new Date('2026-06-01T08:00:00Z'));
  });

  it('one bucket for two app instances on one database', async () => {
    const { secret, apiKey } = await create(['PRODUCTS_READ']);
    const second = await startTestApp({}, { clock, databaseUrl: t.config.DATABASE_URL! });
    try {
      const one = keyClient(secret);
      await one.raw(PRODUCTS);
      await t.orm.em
        .fork()
        .execute('update rate_bucket set available = 50, refilled_at = ? where subject = ?', [
          clock.now(),
          `key:${apiKey.id}`,
        ]);
      const other = second.client();
      other.headers.authorization = `Bearer ${secret}`;
      const r = await other.raw('{ products(first: 100) { nodes { id } } }');
      expect(r.status).toBe(429);
      const cheap = await other.raw(EXAMPLE);
      expect((cheap as any).extensions.cost.throttleStatus.currentlyAvailable).toBe(47);
      const back = await one.raw(EXAMPLE);
      expect((back as any).extensions.cost.throttleStatus.currentlyAvailable).toBe(44);
    } finally {
      await second.close();
    }
  });

  it('REST downloads take the key like GraphQL', async () => {
    const { secret } = await create(['PRODUCTS_READ']);
    const csv = await fetch(`${t.url}/api/products/export.csv`, { headers: { authorization: `Bearer ${secret}` } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('A-1');
    const other = await fetch(`${t.url}/api/products/export.csv?store=${b.storeId}`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(other.status).toBe(403);
    const { secret: noScope } = await create(['ORDERS_READ']);
    const denied = await fetch(`${t.url}/api/products/export.csv`, { headers: { authorization: `Bearer ${noScope}` } });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { missing: string[] } }).error.missing).toEqual(['PRODUCTS_READ']);
    const wrong = await fetch(`${t.url}/api/products/export.csv`, { headers: { authorization: 'Bearer orion_sk_x' } });
    expect(wrong.status).toBe(401);
  });

  it('keeps a request log per key for 30 days, shown to the owner; not to another store', async () => {
    const { secret, apiKey } = await create(['PRODUCTS_READ']);
    await keyClient(secret).raw(EXAMPLE);
    await keyClient(secret).raw('{ orders(first: 1) { nodes { id } } }');
    await fetch(`${t.url}/api/products/export.csv`, { headers: { authorization: `Bearer ${secret}` } });
    const LOG = `query($k: ID!) { apiKeyRequests(keyId: $k, first: 10) { totalCount nodes { operationName cost status durationMs ipAddress at } } }`;
    let log: any;
    for (let i = 0; i < 50; i++) {
      log = await owner.ok(LOG, { k: apiKey.id });
      if (log.apiKeyRequests.totalCount >= 3) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(log.apiKeyRequests.nodes.map((n: any) => [n.operationName, n.cost, n.status])).toEqual([
      ['GET /api/products/export.csv', 0, 200],
      [null, 0, 200],
      ['Example', 3, 200],
    ]);
    expect(log.apiKeyRequests.nodes[0].ipAddress).toMatch(/127\.0\.0\.1/);
    const keys = await owner.ok('{ apiKeys(first: 100) { nodes { id lastUsedAt lastUsedIp } } }');
    expect(keys.apiKeys.nodes.find((k: { id: string }) => k.id === apiKey.id).lastUsedIp).toMatch(/127\.0\.0\.1/);
    const fromB = await ownerB.fails(LOG, { k: apiKey.id });
    expect(fromB.extensions?.code).toBe('NOT_FOUND');
    const em = t.orm.em.fork();
    expect(await pruneRequestLog(em, new Date(clock.now().getTime() + 29 * 86_400_000))).toBe(0);
    expect(await pruneRequestLog(em, new Date(clock.now().getTime() + 31 * 86_400_000))).toBeGreaterThanOrEqual(3);
  });
});

describe('bad API keys are throttled like bad passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '3' });
  });
  afterAll(() => t.close());

  it('locks the network address after LOGIN_MAX_FAILURES_PER_IP wrong keys', async () => {
    const c = t.client();
    c.headers.authorization = 'Bearer orion_sk_guess';
    for (let i = 0; i < 3; i++) expect((await c.raw(PRODUCTS)).status).toBe(401);
    const locked = await c.raw(PRODUCTS);
    expect(locked.status).toBe(429);
    expect(locked.errors?.[0]?.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');
  });
});
