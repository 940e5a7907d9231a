import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const REPORT = `query($y: Int!, $q: Int!) { ossReport(year: $y, quarter: $q) { year quarter from to totalTaxableCents totalVatCents
  rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount } } }`;
const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id vatRegime netCents vatCents vatBreakdown { rateBp taxableCents vatCents } } } }`;

describe('OSS quarterly report', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let owner: GqlClient;
  let staff: GqlClient;
  let accountant: GqlClient;
  let ownerB: GqlClient;
  let standard: string;
  let reduced: string;
  const clock = new ManualClock(new Date('2026-03-10T09:00:00Z'));
  const invoices: { id: string; netCents: number; vatCents: number; vatRegime: string }[] = [];

  const invoice = async (
    country: string,
    lines: [string, number][],
    supplyDate: string,
    extra: Record<string, unknown> = {},
  ) => {
    const o = (
      await owner.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          newCustomer: { email: `o${Math.random()}@x.test`, firstName: 'A', lastName: 'B' },
          shippingAddress: { ...ADDRESS, country },
          lines: lines.map(([productId, quantity]) => ({ productId, quantity })),
          ...extra,
        },
      })
    ).createOrder.order;
    await t.orm.em
      .fork()
      .execute('update customer_order set shipped_at = ? where id = ?', [new Date(`${supplyDate}T10:00:00Z`), o.id]);
    const inv = (await owner.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    invoices.push(inv);
    return inv;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'oss');
    b = await createTenant(t.orm, 'oss-b');
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    accountant = t.client().useStore(a.storeId);
    await accountant.login(a.users.accountant.email, PASSWORD);
    ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'professional', now() - interval '1 year', now() + interval '1 year')`,
        [a.storeId],
      );
    await owner.ok('mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245" }) { vatNumber } }');
    await owner.ok(
      'mutation { updateVatSettings(input: { ossRegistered: true, ossRegisteredSince: "2026-01-01" }) { ossRegistered } }',
    );
    standard = (await seedProduct(t.orm, a.storeId, { priceCents: 11_700 })).id;
    // A printed book (its Luxembourg category given as reduced): 7 % in DE, 5.5 % in FR.
    reduced = (
      await seedProduct(t.orm, a.storeId, {
        priceCents: 10_800,
        vatCategory: 'reduced' as never,
        goodsKind: 'printed_books',
      })
    ).id;
    const loc = await createLocation(owner, 'W', '1');
    await receive(owner, standard, loc, 1000);
    await receive(owner, reduced, loc, 1000);
  });
  afterAll(() => t.close());

  it('per member state and rate; domestic, B2B and export invoices are not in it; adds up to the invoices', async () => {
    await invoice(
      'DE',
      [
        [standard, 2],
        [reduced, 1],
      ],
      '2026-01-15',
      { shippingCents: 590 },
    );
    await invoice('DE', [[standard, 1]], '2026-03-31');
    await invoice('FR', [[reduced, 3]], '2026-02-01');
    await invoice('GR', [[standard, 1]], '2026-02-02');
    await invoice('LU', [[standard, 5]], '2026-02-03'); // domestic
    await invoice('CH', [[standard, 5]], '2026-02-04'); // export
    await invoice('DE', [[standard, 7]], '2026-04-01'); // Q2
    const r = (await accountant.ok(REPORT, { y: 2026, q: 1 })).ossReport;
    expect(r).toMatchObject({ year: 2026, quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    expect(r.rows.map((x: any) => [x.memberState, x.rateBp, x.invoiceCount])).toEqual([
      ['DE', 1900, 2],
      ['DE', 700, 1],
      ['FR', 550, 1],
      ['GR', 2400, 1],
    ]);
    const q1 = invoices.filter((_, i) => i < 4);
    expect(r.totalTaxableCents).toBe(q1.reduce((s, i) => s + i.netCents, 0));
    expect(r.totalVatCents).toBe(q1.reduce((s, i) => s + i.vatCents, 0));
    // A row is the sum of the breakdown rows of its rate.
    const de19 = invoices
      .slice(0, 2)
      .flatMap((i: any) => (i as any).vatBreakdown)
      .filter((x: any) => x.rateBp === 1900);
    expect(r.rows[0].taxableCents).toBe(de19.reduce((s: number, x: any) => s + x.taxableCents, 0));
    expect(r.rows[0].vatCents).toBe(de19.reduce((s: number, x: any) => s + x.vatCents, 0));
    const q2 = (await accountant.ok(REPORT, { y: 2026, q: 2 })).ossReport;
    expect(q2.rows.map((x: any) => [x.memberState, x.rateBp])).toEqual([['DE', 1900]]);
  });

  it('credit notes are subtracted, in the quarter they are issued, under their invoice member state', async () => {
    const fr = invoices[2]!;
    const before = (await accountant.ok(REPORT, { y: 2026, q: 1 })).ossReport;
    clock.set(new Date('2026-03-20T09:00:00Z'));
    const cn1 = (
      await owner.ok(
        `mutation { createCreditNote(input: { id: "${fr.id}", lines: [{ lineIndex: 0, quantity: 1 }] }) { invoice { netCents vatCents } } }`,
      )
    ).createCreditNote.invoice;
    const after = (await accountant.ok(REPORT, { y: 2026, q: 1 })).ossReport;
    const frRow = after.rows.find((x: any) => x.memberState === 'FR');
    expect(frRow).toMatchObject({
      creditNoteCount: 1,
      creditNoteTaxableCents: cn1.netCents,
      creditNoteVatCents: cn1.vatCents,
    });
    expect(after.totalTaxableCents).toBe(before.totalTaxableCents + cn1.netCents);
    expect(after.totalVatCents).toBe(before.totalVatCents + cn1.vatCents);
    // The rest credited in April: in Q2, as a negative FR line.
    clock.set(new Date('2026-04-10T09:00:00Z'));
    const cn2 = (
      await owner.ok(`mutation { createCreditNote(input: { id: "${fr.id}" }) { invoice { netCents vatCents } } }`)
    ).createCreditNote.invoice;
    const q2 = (await accountant.ok(REPORT, { y: 2026, q: 2 })).ossReport;
    expect(q2.rows.find((x: any) => x.memberState === 'FR')).toMatchObject({
      rateBp: 550,
      taxableCents: cn2.netCents,
      vatCents: cn2.vatCents,
      invoiceCount: 0,
      creditNoteCount: 1,
    });
    expect(cn1.netCents + cn2.netCents).toBe(-fr.netCents);
    expect((await accountant.ok(REPORT, { y: 2026, q: 1 })).ossReport.totalTaxableCents).toBe(after.totalTaxableCents);
  });

  it('CSV download: the same figures; accountant allowed, staff (no exports) refused; validates the quarter', async () => {
    const get = (c: GqlClient | null, qs: string, store = a.storeId) =>
      fetch(`${t.url}/api/vat/oss-report.csv?${qs}`, {
        headers: { ...(c?.cookie ? { cookie: c.cookie } : {}), 'x-store-id': store },
      });
    const res = await get(accountant, 'year=2026&quarter=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/oss-2026-q1-store-oss-/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'year,quarter,member_state,rate,taxable_amount,vat_amount,credit_notes_taxable_amount,credit_notes_vat_amount,invoices,credit_notes',
    );
    const r = (await accountant.ok(REPORT, { y: 2026, q: 1 })).ossReport;
    expect(lines.length).toBe(r.rows.length + 2);
    expect(lines[1]).toMatch(/^2026,1,DE,19,/);
    expect(lines.find((l) => l.includes(',FR,'))).toMatch(/^2026,1,FR,5\.5,/);
    // The FR credit note's negative amounts are numbers, not text neutralised against formulas.
    const fr = r.rows.find((x: any) => x.memberState === 'FR');
    const euros = (cents: number) => `${cents < 0 ? '-' : ''}${(Math.abs(cents) / 100).toFixed(2)}`;
    expect(fr.creditNoteTaxableCents).toBeLessThan(0);
    expect(
      lines
        .find((l) => l.includes(',FR,'))!
        .split(',')
        .slice(6, 8),
    ).toEqual([euros(fr.creditNoteTaxableCents), euros(fr.creditNoteVatCents)]);
    const total = lines.at(-1)!.split(',');
    expect(total.slice(0, 3)).toEqual(['2026', '1', 'TOTAL']);
    expect(total[4]).toBe((r.totalTaxableCents / 100).toFixed(2));
    expect(total[5]).toBe((r.totalVatCents / 100).toFixed(2));
    expect((await get(staff, 'year=2026&quarter=1')).status).toBe(403);
    expect((await get(null, 'year=2026&quarter=1')).status).toBe(401);
    const bad = await get(accountant, 'year=2026&quarter=5');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.fields).toHaveProperty('quarter');
  });

  it("isolates tenants: B's report is empty; B cannot download A's by sending A's store id", async () => {
    expect((await ownerB.ok(REPORT, { y: 2026, q: 1 })).ossReport.rows).toEqual([]);
    const res = await fetch(`${t.url}/api/vat/oss-report.csv?year=2026&quarter=1`, {
      headers: { cookie: ownerB.cookie, 'x-store-id': a.storeId },
    });
    expect(res.status).toBe(403);
  });
});
