import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** A query 15 levels deep (the limit is 12), through a customer's orders. */
const DEEP = `{ orders(first: 1) { nodes { customer { orders(first: 1) { nodes { customer { orders(first: 1) { nodes {
  customer { orders(first: 1) { nodes { customer { orders(first: 1) { nodes { id } } } } } } } } } } } } } } }`;

describe('client errors are client errors', () => {
  let t: TestApp;
  let a: Tenant;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'errs');
  });
  afterAll(() => t.close());

  it('answers depth, alias and fragment rejections with 400 GRAPHQL_VALIDATION_FAILED naming the limit', async () => {
    const c = t.client().useStore(a.storeId);
    await c.login(a.users.accountant.email, PASSWORD);
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: tiers { name }`).join(' ')} }`;
    const cycle = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }';
    const deepFragments = `{ ...F } fragment F on Query ${DEEP}`;
    for (const [query, message] of [
      [DEEP, 'Query depth limit of 12 exceeded, found 15.'],
      [deepFragments, 'Query depth limit of 12 exceeded'],
      [aliases, 'Aliases limit of 30 exceeded, found 31.'],
      [cycle, 'Cannot spread fragment "A" within itself'],
    ] as const) {
      const r = await c.raw(query);
      expect(r.status, query).toBe(400);
      expect(r.errors![0]!.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors![0]!.message, query).toContain(message);
      expect(r.errors![0]!.message).not.toContain('Something went wrong');
    }
  });

  it('answers a body over the limit with JSON 413 and no stack', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tiers { name } }', variables: { x: 'a'.repeat(10 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/node_modules|at \w+ \(|<html/i);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'The request body is too large: at most 2 MB are accepted.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('answers malformed JSON with JSON 400', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' });
    expect(JSON.stringify(body)).not.toContain('node_modules');
  });

  it('answers unknown /api routes and oversized REST uploads in JSON', async () => {
    const unknown = await fetch(`${t.url}/api/nope?x=1`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'NOT_FOUND', reason: 'ROUTE_NOT_FOUND', message: 'There is no GET /api/nope in this API.' },
    });
    const post = await fetch(`${t.url}/api/products/nothing-here`, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(((await post.json()) as { error: { reason: string } }).error.reason).toBe('ROUTE_NOT_FOUND');
  });
});
