import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDate, formatMoney, formatRate } from '@orion/invoice-pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const INVOICE_FIELDS = `id number type issueDate supplyDate dueDate netCents vatCents grossCents
  lines { description quantity unitPriceNetCents vatRateBp netCents vatCents grossCents }
  vatBreakdown { rateBp taxableCents vatCents }`;
const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { ${INVOICE_FIELDS} } } }`;
const CREDIT = `mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { ${INVOICE_FIELDS} } } }`;
const SETTINGS = `mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { legalName } }`;

const SELLER = {
  legalName: 'Atelier Lëtzebuerg Sàrl',
  addressLine: '7, rue du Marché-aux-Herbes',
  postalCode: 'L-1728',
  city: 'Luxembourg',
  vatNumber: 'LU26375245',
  rcsNumber: 'B123456',
  iban: 'LU280019400644750000',
  bic: 'BCEELULL',
  paymentTerms: 'Payable by bank transfer within 15 days.',
};

/** A GET as the SPA's links make it: the session cookie, the store in the header. */
const get = (t: TestApp, c: GqlClient | null, url: string, storeId?: string) =>
  fetch(`${t.url}${url}`, {
    headers: {
      ...(c?.cookie ? { cookie: c.cookie } : {}),
      ...((storeId ?? c?.storeId) ? { 'x-store-id': (storeId ?? c?.storeId)! } : {}),
    },
  });

interface ErrorBody {
  error: { code: string; reason: string; message: string; fields?: Record<string, string> };
}
const errorBody = async (res: Response) => (await res.json()) as ErrorBody;

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');

/** File names in a ZIP, in archive order (unzip -Z1). */
function zipNames(zip: Buffer): string[] {
  const file = path.join(os.tmpdir(), `orion-test-${crypto.randomUUID()}.zip`);
  fs.writeFileSync(file, zip);
  try {
    return execFileSync('unzip', ['-Z1', file]).toString('utf8').split('\n').filter(Boolean);
  } catch (err) {
    // unzip says "Empty zipfile." (exit 1) for an archive without entries.
    if ((err as { status?: number }).status === 1 && zip.length === 22) return [];
    throw err;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function zipEntry(zip: Buffer, name: string): Buffer {
  const file = path.join(os.tmpdir(), `orion-test-${crypto.randomUUID()}.zip`);
  fs.writeFileSync(file, zip);
  try {
    return execFileSync('unzip', ['-p', file, name], { maxBuffer: 64 << 20 });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('invoice PDFs and ZIP export', () => {
  const clock = new ManualClock(new Date('2026-02-26T09:00:00Z'));
  let t: TestApp;
  let a: Tenant;
  const as = {} as Record<'owner' | 'manager' | 'staff' | 'accountant', GqlClient>;
  let standard: string;
  let superReduced: string;
  let reduced: string;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'pdf');
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
    await as.owner.ok(SETTINGS, { i: SELLER });
    standard = (await seedProduct(t.orm, a.storeId, { name: 'Kachkéis jar 250 g', priceCents: 1190 })).id;
    superReduced = (
      await seedProduct(t.orm, a.storeId, {
        name: 'Rieslingspaschtéit',
        priceCents: 1299,
        vatCategory: 'super_reduced' as never,
      })
    ).id;
    reduced = (
      await seedProduct(t.orm, a.storeId, { name: 'Bouneschlupp', priceCents: 450, vatCategory: 'reduced' as never })
    ).id;
    const loc = await createLocation(as.staff, 'W', '1');
    for (const p of [standard, superReduced, reduced]) await receive(as.staff, p, loc, 10_000);
  });
  afterAll(() => t.close());

  const at = (iso: string) => clock.set(new Date(iso));

  async function order(lines: { productId: string; quantity: number }[], opts: { ship?: string } = {}) {
    const o = (
      await as.staff.ok(
        'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id orderNumber customer { id } } } }',
        {
          i: {
            newCustomer: {
              email: `buyer${crypto.randomUUID().slice(0, 8)}@example.lu`,
              firstName: 'Léa',
              lastName: 'Müller',
              preferredLanguage: 'en',
            },
            shippingAddress: ADDRESS,
            lines,
            shippingCents: 490,
          },
        },
      )
    ).createOrder.order as { id: string; orderNumber: number; customer: { id: string } };
    if (opts.ship) {
      at(opts.ship);
      await as.staff.ok(`mutation { confirmOrder(input: { id: "${o.id}" }) { order { id } } }`);
      await as.staff.ok(`mutation { shipOrder(input: { id: "${o.id}", carrier: "Post" }) { order { id } } }`);
    }
    return o;
  }

  const issue = async (orderId: string) => (await as.staff.ok(ISSUE, { i: { orderId } })).issueInvoice.invoice;
  const pdfOf = async (id: string, c: GqlClient = as.staff) => {
    const res = await get(t, c, `/api/invoices/${id}.pdf`);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  let first: Awaited<ReturnType<typeof issue>>;
  let firstOrder: Awaited<ReturnType<typeof order>>;

  it('stores the PDF at issue and serves it with every mandatory mention', async () => {
    at('2026-02-26T09:00:00Z');
    firstOrder = await order(
      [
        { productId: standard, quantity: 3 },
        { productId: superReduced, quantity: 1 },
      ],
      { ship: '2026-02-27T15:00:00Z' },
    );
    at('2026-03-02T10:00:00Z');
    first = await issue(firstOrder.id);
    const [stored] = await t.orm.em
      .fork()
      .execute(`select sha256, byte_size, length(bytes) as len from invoice_pdf where invoice_id = ?`, [first.id]);
    expect(stored).toBeTruthy();

    const res = await get(t, as.staff, `/api/invoices/${first.id}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${first.number}.pdf"`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(stored.byte_size);
    expect(crypto.createHash('sha256').update(pdf).digest('hex')).toBe(stored.sha256);
    expect(res.headers.get('etag')).toBe(`"${stored.sha256}"`);

    const text = pdfText(pdf);
    if (process.env.SHOW_PDF_TEXT) console.log(text);
    const money = (c: number) => formatMoney(c, 'en');
    expect(first.number).toMatch(/^INV-2026-00001$/);
    expect(first).toMatchObject({ issueDate: '2026-03-02', supplyDate: '2026-02-27', dueDate: '2026-03-17' });
    for (const mention of [
      'Invoice',
      first.number,
      SELLER.legalName,
      SELLER.addressLine,
      `${SELLER.postalCode} ${SELLER.city}`,
      SELLER.vatNumber,
      SELLER.rcsNumber,
      `${ADDRESS.firstName} ${ADDRESS.lastName}`,
      `${ADDRESS.street} ${ADDRESS.streetNumber}`,
      `${ADDRESS.postalCode} ${ADDRESS.city}`,
      // Labels and values are laid out in two columns.
      'Issue date',
      formatDate('2026-03-02', 'en'),
      'Date of supply',
      formatDate('2026-02-27', 'en'),
      'Due date',
      formatDate('2026-03-17', 'en'),
      `#${firstOrder.orderNumber}`,
      'LU28 0019 4006 4475 0000',
      SELLER.bic,
      SELLER.paymentTerms,
    ]) {
      expect(text, mention).toContain(mention);
    }
    // Each line: description, quantity, unit price excl. VAT, rate, net, VAT, gross — on one row.
    const rows = text.split('\n');
    let cursor = 0;
    for (const l of first.lines) {
      const at = rows.findIndex((r, i) => i >= cursor && r.includes(l.description));
      expect(at, l.description).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
      const row = rows[at]!;
      expect(row).toMatch(new RegExp(`\\s${l.quantity}\\s`));
      for (const v of [
        money(l.unitPriceNetCents),
        formatRate(l.vatRateBp, 'en'),
        money(l.netCents),
        money(l.vatCents),
        money(l.grossCents),
      ]) {
        expect(row, `${l.description}: ${v}`).toContain(v);
      }
    }
    // The VAT breakdown: one row per rate with its taxable amount and VAT; then the totals.
    expect(first.vatBreakdown.map((r: any) => r.rateBp)).toEqual([1700, 300]);
    for (const r of first.vatBreakdown) {
      const row = text.split('\n').find((l) => l.includes(money(r.taxableCents)) && l.includes(money(r.vatCents)));
      expect(row, `VAT ${r.rateBp}`).toContain(formatRate(r.rateBp, 'en'));
    }
    expect(text).toMatch(new RegExp(`Total excl\\. VAT\\s+${escapeRegExp(money(first.netCents))}`));
    expect(text).toMatch(new RegExp(`Total VAT\\s+${escapeRegExp(money(first.vatCents))}`));
    expect(text).toMatch(new RegExp(`Total incl\\. VAT\\s+${escapeRegExp(money(first.grossCents))}`));
  });

  it('a credit note PDF has its own title and number and names the invoice it corrects', async () => {
    at('2026-03-05T08:00:00Z');
    const cn = (await as.manager.ok(CREDIT, { i: { id: first.id, lines: [{ lineIndex: 0, quantity: 1 }] } }))
      .createCreditNote.invoice;
    expect(cn.type).toBe('CREDIT_NOTE');
    const text = pdfText(await pdfOf(cn.id));
    expect(text).toContain('Credit note');
    expect(text).toContain(cn.number);
    expect(text).toContain(`Credit note for invoice ${first.number} of ${formatDate(first.issueDate, 'en')}`);
    expect(text).toContain(SELLER.vatNumber);
    expect(text).toContain(formatMoney(cn.grossCents, 'en'));
    const res = await get(t, as.staff, `/api/invoices/${cn.id}.pdf`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${cn.number}.pdf"`);
  });

  it('the stored PDF never changes: not after editing the settings, the customer or the product, nor in SQL', async () => {
    const before = await pdfOf(first.id);
    await as.owner.ok(SETTINGS, {
      i: { legalName: 'Renamed Sàrl', addressLine: '1, Grand-Rue', iban: 'LU120010001234567891', bic: 'BGLLLULL' },
    });
    await as.staff.ok('mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { id } } }', {
      i: { id: firstOrder.customer.id, firstName: 'Leonie', lastName: 'Schmit', preferredLanguage: 'fr' },
    });
    await as.staff.ok('mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { id } } }', {
      i: { id: standard, name: 'Renamed product', priceCents: 9999 },
    });
    const after = await pdfOf(first.id);
    expect(after.equals(before)).toBe(true);
    // …while a new invoice takes the new settings.
    at('2026-03-06T08:00:00Z');
    const next = await issue((await order([{ productId: standard, quantity: 1 }])).id);
    const text = pdfText(await pdfOf(next.id));
    expect(text).toContain('Renamed Sàrl');
    expect(text).toContain('Renamed product');
    expect(pdfText(after)).not.toContain('Renamed');

    const em = t.orm.em.fork();
    await expect(
      em.execute(`update invoice_pdf set bytes = '\\x00'::bytea where invoice_id = ?`, [first.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(em.execute(`delete from invoice_pdf where invoice_id = ?`, [first.id])).rejects.toThrow(
      /cannot be deleted/,
    );
    expect((await pdfOf(first.id)).equals(before)).toBe(true);
    await as.owner.ok(SETTINGS, { i: SELLER });
    await as.staff.ok('mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { id } } }', {
      i: { id: standard, name: 'Kachkéis jar 250 g', priceCents: 1190 },
    });
  });

  it('an invoice is never stored without its PDF: when storing the PDF fails, nothing is issued', async () => {
    const o = await order([{ productId: standard, quantity: 1 }]);
    const em = t.orm.em.fork();
    const state = async () =>
      (
        await em.execute(
          `select (select count(*)::int from invoice where store_id = ?) as invoices,
                  (select count(*)::int from invoice_pdf where store_id = ?) as pdfs`,
          [a.storeId, a.storeId],
        )
      )[0];
    const before = await state();
    await em.execute(`alter table invoice_pdf add constraint test_refuse check (byte_size < 0) not valid`);
    try {
      const r = await as.staff.raw(ISSUE, { i: { orderId: o.id } });
      expect(r.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await state()).toEqual(before);
    } finally {
      await em.execute(`alter table invoice_pdf drop constraint test_refuse`);
    }
    // The number that failed was not consumed: the next invoice takes it.
    const [{ last }] = await em.execute(
      `select max(sequence)::int as last from invoice where store_id = ? and type = 'invoice'`,
      [a.storeId],
    );
    expect((await issue(o.id)).number).toBe(`INV-2026-${String(last + 1).padStart(5, '0')}`);
  });

  it('permissions: every role that reads invoices gets the PDF; the ZIP needs the export permission', async () => {
    const range = '/api/invoices.zip?from=2026-03-01&to=2026-03-31';
    // Role × route, as the GraphQL permission matrix does for operations.
    const matrix = { owner: [200, 200], manager: [200, 200], staff: [200, 403], accountant: [200, 200] } as const;
    for (const [role, [pdf, zip]] of Object.entries(matrix) as [keyof typeof as, readonly [number, number]][]) {
      expect((await get(t, as[role], `/api/invoices/${first.id}.pdf`)).status, `${role} PDF`).toBe(pdf);
      expect((await get(t, as[role], range)).status, `${role} ZIP`).toBe(zip);
    }
    const staffZip = await get(t, as.staff, range);
    expect(staffZip.status).toBe(403);
    expect((await errorBody(staffZip)).error).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    // Signed out.
    expect((await get(t, null, `/api/invoices/${first.id}.pdf`, a.storeId)).status).toBe(401);
    expect((await get(t, null, range, a.storeId)).status).toBe(401);
    // A signed-in user naming a store that is not theirs.
    const b = await createTenant(t.orm, 'pdfb');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const foreign = await get(t, ownerB, `/api/invoices/${first.id}.pdf`, a.storeId);
    expect(foreign.status).toBe(403);
    expect((await errorBody(foreign)).error).toMatchObject({ code: 'FORBIDDEN', reason: 'STORE_ACCESS_DENIED' });
    const foreignZip = await get(t, ownerB, range, a.storeId);
    expect(foreignZip.status).toBe(403);
  });

  it("isolates tenants: another store's invoice id is 404 without bytes; its ZIP holds none of them", async () => {
    const b = await createTenant(t.orm, 'pdfc');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const res = await get(t, ownerB, `/api/invoices/${first.id}.pdf`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await errorBody(res);
    expect(body.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(body)).not.toContain('%PDF');
    // Same through the `?store=` parameter links use.
    const viaQuery = await fetch(`${t.url}/api/invoices/${first.id}.pdf?store=${b.storeId}`, {
      headers: { cookie: ownerB.cookie },
    });
    expect(viaQuery.status).toBe(404);
    expect((await get(t, ownerB, '/api/invoices/not-a-uuid.pdf')).status).toBe(404);

    const zip = await get(t, ownerB, '/api/invoices.zip?from=2026-01-01&to=2026-12-31');
    expect(zip.status).toBe(200);
    expect(zip.headers.get('x-invoice-count')).toBe('0');
    expect(zipNames(Buffer.from(await zip.arrayBuffer()))).toEqual([]);
  });

  it('the ZIP holds the stored PDFs of the range, named by number, in issue-date order', async () => {
    const em = t.orm.em.fork();
    const docs = (await em.execute(
      `select id, number, type from invoice where store_id = ? and issue_date between '2026-03-01' and '2026-03-31' order by issue_date, number`,
      [a.storeId],
    )) as { id: string; number: string; type: string }[];
    expect(docs.length).toBeGreaterThanOrEqual(4);

    const res = await get(t, as.accountant, '/api/invoices.zip?from=2026-03-01&to=2026-03-31');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="invoices-store-pdf-2026-03-01_2026-03-31.zip"',
    );
    expect(res.headers.get('x-invoice-count')).toBe(String(docs.length));
    const zip = Buffer.from(await res.arrayBuffer());
    expect(zipNames(zip)).toEqual(docs.map((d) => `${d.number}.pdf`));
    expect(zipEntry(zip, `${first.number}.pdf`).equals(await pdfOf(first.id))).toBe(true);

    const notes = await get(t, as.accountant, '/api/invoices.zip?from=2026-03-01&to=2026-03-31&type=credit_note');
    expect(zipNames(Buffer.from(await notes.arrayBuffer()))).toEqual(
      docs.filter((d) => d.type === 'credit_note').map((d) => `${d.number}.pdf`),
    );
    const narrow = await get(t, as.accountant, '/api/invoices.zip?from=2026-03-02&to=2026-03-02&type=invoice');
    expect(zipNames(Buffer.from(await narrow.arrayBuffer()))).toEqual([`${first.number}.pdf`]);
  });

  it('an invoice without a stored PDF (issued before PDFs were stored) gets one on first download', async () => {
    at('2026-03-20T08:00:00Z');
    const inv = await issue((await order([{ productId: superReduced, quantity: 2 }])).id);
    const em = t.orm.em.fork();
    const stored = await pdfOf(inv.id);
    // Simulate an invoice from before the migration: its PDF row is not there.
    await em.execute('alter table invoice_pdf disable trigger invoice_pdf_immutable');
    await em.execute('delete from invoice_pdf where invoice_id = ?', [inv.id]);
    await em.execute('alter table invoice_pdf enable trigger invoice_pdf_immutable');
    const rendered = await pdfOf(inv.id);
    expect(pdfText(rendered)).toBe(pdfText(stored));
    const [{ n }] = await em.execute('select count(*)::int as n from invoice_pdf where invoice_id = ?', [inv.id]);
    expect(n).toBe(1);
    // From then on it is the stored one, byte for byte.
    expect((await pdfOf(inv.id)).equals(rendered)).toBe(true);
  });

  it('a client that leaves in the middle of a ZIP stops the export; the server carries on', async () => {
    const abort = new AbortController();
    const res = await fetch(`${t.url}/api/invoices.zip?from=2026-01-01&to=2026-12-31`, {
      headers: { cookie: as.owner.cookie, 'x-store-id': a.storeId },
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read();
    abort.abort();
    await reader.read().catch(() => null);
    expect((await get(t, as.owner, `/api/invoices/${first.id}.pdf`)).status).toBe(200);
    const again = await get(t, as.owner, '/api/invoices.zip?from=2026-03-01&to=2026-03-31');
    expect(zipNames(Buffer.from(await again.arrayBuffer())).length).toBeGreaterThan(0);
  });

  it('the ZIP refuses a missing, malformed, reversed or too wide range with a clear 400', async () => {
    const cases: [string, string, string[]?][] = [
      ['', 'VALIDATION_FAILED', ['from', 'to']],
      ['?from=2026-03-01', 'VALIDATION_FAILED', ['to']],
      ['?from=2026-02-30&to=2026-03-31', 'VALIDATION_FAILED', ['from']],
      ['?from=01/03/2026&to=2026-03-31', 'VALIDATION_FAILED', ['from']],
      ['?from=2026-03-01&to=2026-03-31&type=quote', 'VALIDATION_FAILED', ['type']],
      ['?from=2026-03-31&to=2026-03-01', 'DATE_RANGE_REVERSED'],
      ['?from=2025-01-01&to=2026-01-02', 'DATE_RANGE_TOO_WIDE'],
    ];
    for (const [query, reason, fields] of cases) {
      const res = await get(t, as.accountant, `/api/invoices.zip${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      const { error } = await errorBody(res);
      expect(error, query).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(error.message.length).toBeGreaterThan(10);
      if (fields) expect(Object.keys(error.fields ?? {}).sort(), query).toEqual(fields);
    }
    // A leap year's 366 days are allowed.
    expect((await get(t, as.accountant, '/api/invoices.zip?from=2024-01-01&to=2024-12-31')).status).toBe(200);
  });

  describe('VAT rates by supply date (Luxembourg 2023: 16 / 7 / 3 %)', () => {
    // [ordered, shipped (null: not shipped), issued, expected rate per product category]
    const table: [string, string | null, string, { standard: number; reduced: number; superReduced: number }][] = [
      [
        '2023-06-15T10:00:00Z',
        '2023-06-16T10:00:00Z',
        '2023-06-16T12:00:00Z',
        { standard: 1600, reduced: 700, superReduced: 300 },
      ],
      [
        '2022-12-30T10:00:00Z',
        '2023-01-03T10:00:00Z',
        '2023-01-04T12:00:00Z',
        { standard: 1600, reduced: 700, superReduced: 300 },
      ],
      ['2023-12-29T10:00:00Z', null, '2024-01-03T12:00:00Z', { standard: 1600, reduced: 700, superReduced: 300 }],
      [
        '2022-12-29T10:00:00Z',
        '2022-12-30T10:00:00Z',
        '2023-01-02T12:00:00Z',
        { standard: 1700, reduced: 800, superReduced: 300 },
      ],
      [
        '2023-12-29T10:00:00Z',
        '2024-01-02T10:00:00Z',
        '2024-01-02T12:00:00Z',
        { standard: 1700, reduced: 800, superReduced: 300 },
      ],
    ];
    for (const [ordered, shipped, issued, rates] of table) {
      it(`ordered ${ordered.slice(0, 10)}, ${shipped ? `shipped ${shipped.slice(0, 10)}` : 'not shipped'}, invoiced ${issued.slice(0, 10)} → ${rates.standard / 100} / ${rates.reduced / 100} / ${rates.superReduced / 100} %`, async () => {
        at(ordered);
        const o = await order(
          [
            { productId: standard, quantity: 2 },
            { productId: reduced, quantity: 3 },
            { productId: superReduced, quantity: 1 },
          ],
          shipped ? { ship: shipped } : {},
        );
        at(issued);
        const inv = await issue(o.id);
        expect(inv.supplyDate).toBe((shipped ?? ordered).slice(0, 10));
        const rateOf = (name: string) => inv.lines.find((l: any) => l.description === name)?.vatRateBp;
        expect([rateOf('Kachkéis jar 250 g'), rateOf('Bouneschlupp'), rateOf('Rieslingspaschtéit')]).toEqual([
          rates.standard,
          rates.reduced,
          rates.superReduced,
        ]);
        // Totals hold per rate and overall, and the PDF prints the same rates and totals.
        const byRate = new Map<number, number>();
        for (const r of inv.vatBreakdown) byRate.set(r.rateBp, r.vatCents);
        expect(byRate.has(rates.standard) && byRate.has(rates.reduced) && byRate.has(rates.superReduced)).toBe(true);
        expect(inv.netCents + inv.vatCents).toBe(inv.grossCents);
        expect(inv.vatBreakdown.reduce((s: number, r: any) => s + r.vatCents, 0)).toBe(inv.vatCents);
        const text = pdfText(await pdfOf(inv.id));
        for (const bp of [rates.standard, rates.reduced, rates.superReduced])
          expect(text).toContain(formatRate(bp, 'en'));
        expect(text).toContain(formatMoney(inv.grossCents, 'en'));
      });
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
