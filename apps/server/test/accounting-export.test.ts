import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id number netCents vatCents grossCents } } }`;
const CREDIT = `mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { id number netCents vatCents grossCents } } }`;
const JOURNAL = `query($from: String!, $to: String!) { vatJournal(from: $from, to: $to) {
  invoiceCount creditNoteCount netCents vatCents grossCents
  rows { kind regime categoryCode rateBp netCents vatCents grossCents invoiceCount creditNoteCount }
  numberingGaps { series fromSequence toSequence } } }`;
const PERIOD = 'from=2026-03-01&to=2026-03-31';

const get = (t: TestApp, c: GqlClient | null, url: string, storeId?: string) =>
  fetch(`${t.url}${url}`, {
    headers: {
      ...(c?.cookie ? { cookie: c.cookie } : {}),
      ...((storeId ?? c?.storeId) ? { 'x-store-id': (storeId ?? c?.storeId)! } : {}),
    },
  });

/** Decimal euros (dot or comma) back to cents, exactly. */
const cents = (s: string) => {
  const [whole, frac = ''] = s.replace(',', '.').split('.');
  const sign = whole!.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(frac.padEnd(2, '0')));
};

describe('accounting exports: invoice register and VAT journal', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  let a: Tenant;
  const as = {} as Record<'owner' | 'manager' | 'staff' | 'accountant', GqlClient>;
  const docs: { id: string; number: string; netCents: number; vatCents: number; grossCents: number }[] = [];
  let products: { standard: string; reduced: string };

  async function invoiceFor(country: string, lines: { productId: string; quantity: number }[]) {
    const o = (
      await as.owner.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          newCustomer: {
            email: `b${crypto.randomUUID().slice(0, 8)}@example.lu`,
            firstName: 'Léa',
            lastName: 'Müller',
            preferredLanguage: 'en',
          },
          shippingAddress: { ...ADDRESS, country },
          lines,
          shippingCents: 490,
        },
      })
    ).createOrder.order as { id: string };
    await t.orm.em
      .fork()
      .execute('update customer_order set shipped_at = ? where id = ?', [new Date('2026-03-01T12:00:00Z'), o.id]);
    const inv = (await as.owner.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    docs.push(inv);
    return inv;
  }

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'acct');
    for (const role of ['owner', 'manager', 'staff', 'accountant'] as const) {
      as[role] = t.client().useStore(a.storeId);
      await as[role].login(a.users[role].email, PASSWORD);
    }
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', '2020-01-01', '2030-01-01')`,
        [a.storeId],
      );
    await as.owner.ok(
      `mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245", legalName: "Atelier Sàrl", iban: "LU280019400644750000" }) { vatNumber } }`,
    );
    await as.owner.ok(
      `mutation { updateVatSettings(input: { ossRegistered: true, ossRegisteredSince: "2021-07-01" }) { ossRegistered } }`,
    );
    products = {
      standard: (await seedProduct(t.orm, a.storeId, { name: 'Kachkéis', priceCents: 1190 })).id,
      reduced: (
        await seedProduct(t.orm, a.storeId, { name: 'Bouneschlupp', priceCents: 450, vatCategory: 'reduced' as never })
      ).id,
    };
    const loc = await createLocation(as.owner, 'W', '1');
    for (const p of Object.values(products)) await receive(as.owner, p, loc, 1000);

    const lu = await invoiceFor('LU', [
      { productId: products.standard, quantity: 3 },
      { productId: products.reduced, quantity: 2 },
    ]);
    await invoiceFor('DE', [{ productId: products.standard, quantity: 1 }]);
    await invoiceFor('CH', [{ productId: products.reduced, quantity: 4 }]);
    clock.set(new Date('2026-03-10T09:00:00Z'));
    docs.push(
      (await as.owner.ok(CREDIT, { i: { id: lu.id, lines: [{ lineIndex: 0, quantity: 1 }] } })).createCreditNote
        .invoice,
    );
  });
  afterAll(() => t.close());

  const register = async (c: GqlClient, dialect: string) => {
    const res = await get(t, c, `/api/accounting/register.csv?${PERIOD}&dialect=${dialect}`);
    expect(res.status).toBe(200);
    return res;
  };

  it('one row per document and VAT rate; the rows reconcile to the cent with every document', async () => {
    const res = await register(as.accountant, 'generic');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="invoice-register-store-acct-2026-03-01_2026-03-31.csv"',
    );
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'number',
        'type',
        'issue_date',
        'supply_date',
        'due_date',
        'status',
        'paid_date',
        'store',
        'customer_number',
        'buyer_name',
        'buyer_vat_number',
        'buyer_country',
        'vat_regime',
        'vat_category',
        'vat_rate',
        'net',
        'vat',
        'gross',
        'currency',
        'consumption_member_state',
        'corrected_invoice',
        'order_number',
        'letzshop_shipment',
      ]),
    );
    for (const d of docs) {
      const mine = rows.filter((r) => r.number === d.number);
      expect(mine.length, d.number).toBeGreaterThan(0);
      const sum = (k: string) => mine.reduce((s, r) => s + cents(r[k]!), 0);
      expect([sum('net'), sum('vat'), sum('gross')], d.number).toEqual([d.netCents, d.vatCents, d.grossCents]);
    }
    expect(new Set(rows.map((r) => r.number))).toEqual(new Set(docs.map((d) => d.number)));
    // The LU invoice has goods at 17 % and 8 %: two rows (shipping follows the goods' rates).
    const lu = rows.filter((r) => r.number === docs[0]!.number);
    expect(lu.map((r) => r.vat_rate).sort()).toEqual(['17', '8']);
    expect(lu[0]).toMatchObject({ type: 'invoice', vat_regime: 'domestic', buyer_country: 'LU', currency: 'EUR' });
    const oss = rows.find((r) => r.number === docs[1]!.number)!;
    expect(oss).toMatchObject({ vat_regime: 'oss', vat_rate: '19', consumption_member_state: 'DE' });
    const exp = rows.find((r) => r.number === docs[2]!.number)!;
    expect(exp).toMatchObject({ vat_category: 'G', vat: '0.00', consumption_member_state: '' });
    const note = rows.find((r) => r.number === docs[3]!.number)!;
    expect(note).toMatchObject({ type: 'credit_note', corrected_invoice: docs[0]!.number });
    expect(cents(note.net!)).toBeLessThan(0);
  });

  it('the Excel dialect: BOM, semicolon, decimal comma — the same amounts', async () => {
    const res = await register(as.owner, 'excel');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    const d = docs[0]!;
    const mine = rows.filter((r) => r.number === d.number);
    expect(mine.every((r) => /^-?\d+,\d\d$/.test(r.gross!))).toBe(true);
    expect(mine.reduce((s, r) => s + cents(r.gross!), 0)).toBe(d.grossCents);
  });

  it('the VAT journal adds up to the documents, by kind of supply; no numbering gap', async () => {
    const j = (await as.accountant.ok(JOURNAL, { from: '2026-03-01', to: '2026-03-31' })).vatJournal;
    expect(j).toMatchObject({ invoiceCount: 3, creditNoteCount: 1, numberingGaps: [] });
    const total = (k: 'netCents' | 'vatCents' | 'grossCents') => docs.reduce((s, d) => s + d[k], 0);
    expect([j.netCents, j.vatCents, j.grossCents]).toEqual([total('netCents'), total('vatCents'), total('grossCents')]);
    const kinds = j.rows.map((r: { kind: string }) => r.kind);
    expect(new Set(kinds)).toEqual(new Set(['DOMESTIC', 'OSS', 'EXPORT']));
    const luStandard = j.rows.find((r: any) => r.kind === 'DOMESTIC' && r.rateBp === 1700);
    expect(luStandard).toMatchObject({ invoiceCount: 1, creditNoteCount: 1 });

    const csv = await get(t, as.accountant, `/api/accounting/vat-journal.csv?${PERIOD}&dialect=generic`);
    expect(csv.status).toBe(200);
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    const totalRow = rows.find((r) => r.kind === 'total')!;
    expect(cents(totalRow.gross!)).toBe(total('grossCents'));
    expect(rows.find((r) => r.kind === 'numbering_gaps')!.vat_regime).toBe('none');
  });

  it('reports a gap in a numbering series', async () => {
    const em = t.orm.em.fork();
    const last = docs[2]!;
    const [inv] = await em.execute(`select series, sequence from invoice where id = ?`, [last.id]);
    // Two numbers missing before the last invoice of the series (as if two documents had vanished).
    await em.execute('alter table invoice disable trigger user');
    await em.execute('update invoice set sequence = sequence + 2 where id = ?', [last.id]);
    try {
      const j = (await as.owner.ok(JOURNAL, { from: '2026-03-01', to: '2026-03-31' })).vatJournal;
      expect(j.numberingGaps).toEqual([
        { series: inv.series, fromSequence: inv.sequence, toSequence: inv.sequence + 1 },
      ]);
      const csv = await get(t, as.owner, `/api/accounting/vat-journal.csv?${PERIOD}&dialect=generic`);
      const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
      expect(rows.find((r) => r.kind === 'numbering_gaps')!.vat_regime).toBe(
        `${inv.series} ${inv.sequence}–${inv.sequence + 1}`,
      );
    } finally {
      await em.execute('update invoice set sequence = sequence - 2 where id = ?', [last.id]);
      await em.execute('alter table invoice enable trigger user');
    }
  });

  it('needs INVOICES_READ and EXPORTS_READ, the Business plan and a valid period and dialect', async () => {
    const url = `/api/accounting/register.csv?${PERIOD}&dialect=generic`;
    for (const [role, status] of [
      ['owner', 200],
      ['manager', 200],
      ['staff', 403],
      ['accountant', 200],
    ] as const) {
      expect((await get(t, as[role], url)).status, role).toBe(status);
      expect((await get(t, as[role], `/api/accounting/vat-journal.csv?${PERIOD}&dialect=excel`)).status, role).toBe(
        status,
      );
    }
    expect((await get(t, null, url, a.storeId)).status).toBe(401);
    const noDialect = await get(t, as.owner, `/api/accounting/register.csv?${PERIOD}`);
    expect(noDialect.status).toBe(400);
    expect(((await noDialect.json()) as any).error.fields).toHaveProperty('dialect');
    const reversed = await get(
      t,
      as.owner,
      '/api/accounting/register.csv?from=2026-03-31&to=2026-03-01&dialect=generic',
    );
    expect(((await reversed.json()) as any).error.reason).toBe('DATE_RANGE_REVERSED');

    const b = await createTenant(t.orm, 'acctb');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    // Another store's owner, naming store A: refused; on their own store (no Business plan): the tier gate.
    expect((await get(t, ownerB, url, a.storeId)).status).toBe(403);
    const tier = await get(t, ownerB, url);
    expect(tier.status).toBe(403);
    expect(((await tier.json()) as any).error.reason).toBe('FEATURE_NOT_IN_TIER');
    const gql = await ownerB.raw(JOURNAL, { from: '2026-03-01', to: '2026-03-31' });
    expect((gql.errors?.[0] as any)?.extensions?.reason).toBe('FEATURE_NOT_IN_TIER');
    // On the Business plan, store B's register holds none of store A's documents.
    await t.orm.em
      .fork()
      .execute(
        `update store_subscription set tier = 'business', period_start = '2020-01-01', period_end = '2030-01-01' where store_id = ?`,
        [b.storeId],
      );
    const own = await get(t, ownerB, url);
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(parse(text, { columns: true })).toEqual([]);
    for (const d of docs) expect(text).not.toContain(d.number);
    const jb = (await ownerB.ok(JOURNAL, { from: '2026-03-01', to: '2026-03-31' })).vatJournal;
    expect(jb).toMatchObject({ invoiceCount: 0, creditNoteCount: 0, rows: [], grossCents: 0, numberingGaps: [] });
  });
});
