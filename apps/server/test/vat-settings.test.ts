import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const UPDATE = `mutation($i: UpdateVatSettingsInput!) { updateVatSettings(input: $i) { ossRegistered ossRegisteredSince ossRegistrationCountry } }`;
const THRESHOLD = `query($y: Int) { vatThreshold(year: $y) { year thresholdCents currentYearCents previousYearCents currentYearOutsideOrionCents currentYearPercent previousYearPercent warning exceeded ossRegistered destinationVat message } }`;

describe('store VAT settings (OSS) and the €10,000 threshold tracker', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let owner: GqlClient;
  let accountant: GqlClient;
  let ownerB: GqlClient;
  let seq = 0;
  const clock = new ManualClock(new Date('2026-06-15T10:00:00Z'));

  /** An issued invoice row (or credit note with negative net), as issueInvoice would store it. */
  const invoiceRow = async (storeId: string, regime: string, supplyDate: string, netCents: number) => {
    seq += 1;
    const type = netCents < 0 ? 'credit_note' : 'invoice';
    await t.orm.em.fork().execute(
      `insert into invoice (id, store_id, merchant_id, series, type, number, sequence, issue_date, supply_date, language, vat_regime, seller, buyer, lines, vat_breakdown, legal_mentions, net_cents, vat_cents, gross_cents)
       select ?, id, merchant_id, 'T', ?, ?, ?, ?, ?, 'en', ?, '{}', '{"country":"DE"}', '[]', '[]', '[]', ?, 0, ? from store where id = ?`,
      [crypto.randomUUID(), type, `T-${seq}`, seq, supplyDate, supplyDate, regime, netCents, netCents, storeId],
    );
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'vset');
    b = await createTenant(t.orm, 'vset-b');
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    accountant = t.client().useStore(a.storeId);
    await accountant.login(a.users.accountant.email, PASSWORD);
    ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('defaults to not registered; registering needs a date; the country defaults to the store country', async () => {
    expect(
      (await owner.ok('{ vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }')).vatSettings,
    ).toEqual({ ossRegistered: false, ossRegisteredSince: null, ossRegistrationCountry: null });
    const e = await owner.fails(UPDATE, { i: { ossRegistered: true } });
    expect(e.extensions?.fields).toHaveProperty('ossRegisteredSince');
    const bad = await owner.fails(UPDATE, {
      i: { ossRegistered: true, ossRegisteredSince: '2026-02-30', ossRegistrationCountry: 'CH' },
    });
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(['ossRegisteredSince', 'ossRegistrationCountry']);
    expect(
      (await owner.ok(UPDATE, { i: { ossRegistered: true, ossRegisteredSince: '2026-07-01' } })).updateVatSettings,
    ).toEqual({ ossRegistered: true, ossRegisteredSince: '2026-07-01', ossRegistrationCountry: 'LU' });
    // Not in force before its date.
    expect((await accountant.ok(THRESHOLD)).vatThreshold).toMatchObject({
      ossRegistered: false,
      destinationVat: false,
    });
    clock.set(new Date('2026-07-02T10:00:00Z'));
    expect((await accountant.ok(THRESHOLD)).vatThreshold).toMatchObject({ ossRegistered: true, destinationVat: true });
    expect((await owner.ok(UPDATE, { i: { ossRegistered: false } })).updateVatSettings).toEqual({
      ossRegistered: false,
      ossRegisteredSince: null,
      ossRegistrationCountry: null,
    });
  });

  it('counts oss and origin invoices of the year by supply date, credit notes subtracted; warns at 80 %', async () => {
    await invoiceRow(a.storeId, 'origin', '2026-02-01', 500_000);
    await invoiceRow(a.storeId, 'domestic', '2026-02-01', 900_000); // not cross-border
    await invoiceRow(a.storeId, 'reverse_charge', '2026-02-01', 900_000); // B2B, not counted
    await invoiceRow(a.storeId, 'exempt', '2026-02-01', 900_000); // export, not counted
    await invoiceRow(a.storeId, 'origin', '2025-12-31', 300_000);
    let th = (await accountant.ok(THRESHOLD)).vatThreshold;
    expect(th).toMatchObject({
      year: 2026,
      thresholdCents: 1_000_000,
      currentYearCents: 500_000,
      previousYearCents: 300_000,
      currentYearPercent: 50,
      warning: false,
      exceeded: false,
      destinationVat: false,
    });
    await invoiceRow(a.storeId, 'origin', '2026-03-01', 350_000);
    th = (await accountant.ok(THRESHOLD)).vatThreshold;
    expect(th).toMatchObject({ currentYearCents: 850_000, currentYearPercent: 85, warning: true, exceeded: false });
    expect(th.message).toContain('85 %');
    await invoiceRow(a.storeId, 'origin', '2026-03-02', -100_000);
    expect((await accountant.ok(THRESHOLD)).vatThreshold).toMatchObject({ currentYearCents: 750_000, warning: false });
    // Exactly €10,000 is not above it.
    await invoiceRow(a.storeId, 'origin', '2026-04-01', 250_000);
    expect((await accountant.ok(THRESHOLD)).vatThreshold).toMatchObject({
      currentYearCents: 1_000_000,
      exceeded: false,
    });
    await invoiceRow(a.storeId, 'oss', '2026-04-02', 1);
    th = (await accountant.ok(THRESHOLD)).vatThreshold;
    expect(th).toMatchObject({ exceeded: true, destinationVat: true, warning: false });
    // The next year sees this year as "previous year": destination VAT all year.
    expect((await accountant.ok(THRESHOLD, { y: 2027 })).vatThreshold).toMatchObject({
      currentYearCents: 0,
      previousYearCents: 1_000_001,
      exceeded: true,
      destinationVat: true,
    });
  });

  it('sales made outside Orion count towards the threshold, per year', async () => {
    const SET = `mutation($y: Int!, $c: Int!) { setCrossBorderSalesOutsideOrion(year: $y, cents: $c) { year previousYearCents currentYearCents currentYearOutsideOrionCents previousYearOutsideOrionCents destinationVat } }`;
    const bad = await owner.fails(SET, { y: 2019, c: -1 });
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(['cents', 'year']);
    const r = (await owner.ok(SET, { y: 2025, c: 800_000 })).setCrossBorderSalesOutsideOrion;
    expect(r).toMatchObject({ year: 2025, currentYearOutsideOrionCents: 800_000, currentYearCents: 300_000 + 800_000 });
    const th = (await accountant.ok(THRESHOLD, { y: 2026 })).vatThreshold;
    expect(th).toMatchObject({ previousYearCents: 1_100_000, exceeded: true, destinationVat: true });
    expect(th.message).toContain('in 2025');
    await owner.ok(SET, { y: 2025, c: 0 });
    expect((await accountant.ok(THRESHOLD, { y: 2026 })).vatThreshold.previousYearCents).toBe(300_000);
    const denied = await accountant.fails(SET, { y: 2025, c: 1 });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    // Another tenant's declaration never reaches this store.
    await ownerB.ok(SET, { y: 2026, c: 5_000_000 });
    expect((await accountant.ok(THRESHOLD, { y: 2026 })).vatThreshold.currentYearOutsideOrionCents).toBe(0);
  });

  it("isolates tenants: B sees none of A's sales, and its own settings", async () => {
    expect((await ownerB.ok(THRESHOLD)).vatThreshold).toMatchObject({
      currentYearCents: 5_000_000,
      previousYearCents: 0,
    });
    await ownerB.ok(UPDATE, { i: { ossRegistered: true, ossRegisteredSince: '2021-07-01' } });
    expect((await owner.ok('{ vatSettings { ossRegistered } }')).vatSettings.ossRegistered).toBe(false);
  });
});
