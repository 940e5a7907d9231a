import { VAT_RATES } from '@orion/vat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const Q = `query($c: String, $d: String) { vatRates(country: $c, asOf: $d) { country category rateBp validFrom validTo source } }`;

describe('VAT rates: table seeded by migration, vatRates query', () => {
  let t: TestApp;
  let a: Tenant;
  let accountant: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'rates');
    accountant = t.client().useStore(a.storeId);
    await accountant.login(a.users.accountant.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('the vat_rate table equals packages/vat (a rate change needs a new migration)', async () => {
    const rows = await t.orm.em.fork().execute<
      {
        country: string;
        category: string;
        rate_bp: number;
        valid_from: string | null;
        valid_to: string | null;
        source: string;
      }[]
    >(
      `select country, category, rate_bp, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to, source from vat_rate`,
    );
    const key = (r: { country: string; category: string; validFrom: string | null }) =>
      `${r.country}:${r.category}:${r.validFrom ?? ''}`;
    const db = rows
      .map((r) => ({
        country: r.country,
        category: r.category,
        rateBp: r.rate_bp,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        source: r.source,
      }))
      .sort((x, y) => key(x).localeCompare(key(y)));
    const pkg = VAT_RATES.map((r) => ({ ...r, validFrom: r.validFrom === '0000-01-01' ? null : r.validFrom }))
      .map((r) => ({ ...r }))
      .sort((x, y) => key(x).localeCompare(key(y)));
    expect(db).toEqual(pkg);
  });

  it('Luxembourg: 17/14/8/3 today, 16/13/7/3 in 2023', async () => {
    const now = (await accountant.ok(Q, { c: 'LU', d: '2026-11-25' })).vatRates;
    expect(now.map((r: any) => [r.category, r.rateBp])).toEqual([
      ['standard', 1700],
      ['reduced', 800],
      ['reduced2', 1400],
      ['super_reduced', 300],
      ['parking', 1400],
    ]);
    const y2023 = (await accountant.ok(Q, { c: 'lu', d: '2023-06-30' })).vatRates;
    expect(y2023.find((r: any) => r.category === 'standard')).toMatchObject({
      rateBp: 1600,
      validFrom: '2023-01-01',
      validTo: '2023-12-31',
    });
  });

  it('Finland 24 % → 25.5 % on 2024-09-01; EL is Greece; all periods without a date', async () => {
    const before = (await accountant.ok(Q, { c: 'FI', d: '2024-08-31' })).vatRates;
    const after = (await accountant.ok(Q, { c: 'FI', d: '2024-09-01' })).vatRates;
    expect(before.find((r: any) => r.category === 'standard').rateBp).toBe(2400);
    expect(after.find((r: any) => r.category === 'standard').rateBp).toBe(2550);
    const gr = (await accountant.ok(Q, { c: 'EL', d: '2026-01-01' })).vatRates;
    expect(gr.find((r: any) => r.category === 'standard')).toMatchObject({ country: 'GR', rateBp: 2400 });
    const fiAll = (await accountant.ok(Q, { c: 'FI' })).vatRates;
    expect(fiAll.filter((r: any) => r.category === 'standard').length).toBeGreaterThanOrEqual(2);
    const all = (await accountant.ok(Q, { d: '2026-11-25' })).vatRates;
    expect(new Set(all.map((r: any) => r.country)).size).toBe(27);
  });

  it('refuses a non-EU country and a bad date with field messages', async () => {
    const e = await accountant.fails(Q, { c: 'CH', d: '2026-13-01' });
    expect(Object.keys(e.extensions?.fields ?? {}).sort()).toEqual(['asOf', 'country']);
  });
});
