import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice {
  id number sequence type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents orderId
  seller { legalName vatNumber rcsNumber iban } buyer { name country }
  lines { description quantity netCents vatCents grossCents vatRateBp vatCategoryCode }
  vatBreakdown { categoryCode rateBp taxableCents vatCents } } } }`;
const SETTINGS = `mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { legalName vatNumber iban bic invoicePrefix } }`;

describe('invoicing', () => {
  let t: TestApp;
  let a: Tenant;
  let staff: GqlClient;
  let owner: GqlClient;
  let accountant: GqlClient;
  let product: string;
  let reduced: string;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'inv');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    accountant = t.client().useStore(a.storeId);
    await accountant.login(a.users.accountant.email, PASSWORD);
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')`,
        [a.storeId],
      );
    product = (await seedProduct(t.orm, a.storeId, { priceCents: 99 })).id;
    reduced = (await seedProduct(t.orm, a.storeId, { priceCents: 1299, vatCategory: 'super_reduced' as never })).id;
    const loc = await createLocation(staff, 'W', '1');
    await receive(staff, product, loc, 100_000);
    await receive(staff, reduced, loc, 100_000);
  });
  afterAll(() => t.close());

  const order = async (lines: { productId: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
    (
      await staff.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id totalCents } } }', {
        i: {
          newCustomer: {
            email: `b${Math.random()}@example.lu`,
            firstName: 'Léa',
            lastName: 'Müller',
            preferredLanguage: 'de',
          },
          shippingAddress: ADDRESS,
          lines,
          ...extra,
        },
      })
    ).createOrder.order as { id: string; totalCents: number };

  it('validates the settings: VAT number, IBAN and BIC with field messages', async () => {
    const bad = await owner.fails(SETTINGS, {
      i: { vatNumber: 'LU12345678', iban: 'LU28 0019 4006 4475 0001', bic: 'XX' },
    });
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(['bic', 'iban', 'vatNumber']);
    const ok = await owner.ok(SETTINGS, {
      i: { vatNumber: 'LU 2637 5245', iban: 'LU28 0019 4006 4475 0000', bic: 'bceelulL', rcsNumber: 'B123456' },
    });
    expect(ok.updateInvoiceSettings).toMatchObject({
      vatNumber: 'LU26375245',
      iban: 'LU280019400644750000',
      bic: 'BCEELULL',
      legalName: 'Merchant inv Sàrl',
    });
  });

  it('issues an invoice whose total equals the order, with one VAT row per rate', async () => {
    const o = await order(
      [
        { productId: product, quantity: 3 },
        { productId: reduced, quantity: 1 },
      ],
      { shippingCents: 590, discountCents: 100 },
    );
    const inv = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    expect(inv.grossCents).toBe(o.totalCents);
    expect(inv.netCents + inv.vatCents).toBe(inv.grossCents);
    expect(inv.number).toMatch(/^INV-\d{4}-00001$/);
    expect(inv).toMatchObject({
      type: 'INVOICE',
      status: 'ISSUED',
      language: 'de',
      vatRegime: 'domestic',
      seller: { vatNumber: 'LU26375245', rcsNumber: 'B123456' },
    });
    expect(inv.vatBreakdown.map((r: any) => [r.categoryCode, r.rateBp])).toEqual([
      ['S', 1700],
      ['S', 300],
    ]);
    expect(inv.lines.map((l: any) => l.description)).toEqual(expect.arrayContaining(['Versand', 'Rabatt']));
    expect(inv.lines.reduce((s: number, l: any) => s + l.grossCents, 0)).toBe(o.totalCents);
    expect((await staff.ok(`{ order(id: "${o.id}") { invoice { id number } } }`)).order.invoice).toEqual({
      id: inv.id,
      number: inv.number,
    });
    // Issuing again returns the same invoice.
    const again = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    expect(again.id).toBe(inv.id);
  });

  it('20 concurrent issues for one order → one invoice', async () => {
    const o = await order([{ productId: product, quantity: 1 }]);
    const results = await Promise.all(Array.from({ length: 20 }, () => staff.raw(ISSUE, { i: { orderId: o.id } })));
    const ids = new Set(results.map((r) => r.data?.issueInvoice.invoice.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
  });

  it('200 concurrent issues across 200 orders → numbers strictly sequential, each once', async () => {
    const [{ n: before }] = await t.orm.em
      .fork()
      .execute(`select count(*)::int as n from invoice where store_id = ? and type = 'invoice'`, [a.storeId]);
    const orders: string[] = [];
    for (let i = 0; i < 200; i++) orders.push((await order([{ productId: product, quantity: 1 }])).id);
    const clients = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const c = t.client().useStore(a.storeId);
        await c.login(a.users.staff.email, PASSWORD);
        return c;
      }),
    );
    const results = await Promise.all(orders.map((id, i) => clients[i % 8]!.raw(ISSUE, { i: { orderId: id } })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const seqs = (
      await t.orm.em
        .fork()
        .execute(`select sequence from invoice where store_id = ? and type = 'invoice' order by sequence`, [a.storeId])
    ).map((r: any) => r.sequence);
    expect(seqs).toEqual(Array.from({ length: before + 200 }, (_, i) => i + 1));
  }, 90_000); // each issue renders and stores its PDF while holding the series lock: ~20 ms × 200 in turn

  it('issued invoices never change: settings edits leave them, Postgres refuses edits and deletes', async () => {
    const o = await order([{ productId: product, quantity: 2 }]);
    const inv = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    await owner.ok(SETTINGS, { i: { legalName: 'Renamed Sàrl' } });
    const after = await staff.ok(`{ invoice(id: "${inv.id}") { seller { legalName } number grossCents } }`);
    expect(after.invoice).toEqual({
      seller: { legalName: inv.seller.legalName },
      number: inv.number,
      grossCents: inv.grossCents,
    });
    const em = t.orm.em.fork();
    await expect(em.execute(`update invoice set gross_cents = 1 where id = ?`, [inv.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(em.execute(`delete from invoice where id = ?`, [inv.id])).rejects.toThrow(/cannot be deleted/);
    await owner.ok(SETTINGS, { i: { legalName: 'Merchant inv Sàrl' } });
  });

  it('a full credit note cancels the invoice in its own series; the order can then be invoiced again', async () => {
    const o = await order([{ productId: reduced, quantity: 2 }]);
    const inv = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    const cn = (
      await owner.ok(
        `mutation { createCreditNote(input: { id: "${inv.id}" }) { invoice { number type grossCents vatCents creditedInvoiceId legalMentions status } } }`,
      )
    ).createCreditNote.invoice;
    expect(cn).toMatchObject({
      type: 'CREDIT_NOTE',
      grossCents: -inv.grossCents,
      vatCents: -inv.vatCents,
      creditedInvoiceId: inv.id,
    });
    expect(cn.number).toMatch(/^CN-\d{4}-00001$/);
    expect(cn.legalMentions[0]).toContain(inv.number);
    expect((await staff.ok(`{ invoice(id: "${inv.id}") { status } }`)).invoice.status).toBe('CANCELLED');
    const twice = await owner.fails(`mutation { createCreditNote(input: { id: "${inv.id}" }) { invoice { id } } }`);
    expect(twice.extensions?.reason).toBe('INVOICE_ALREADY_CREDITED');
    const reissued = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    expect(reissued.id).not.toBe(inv.id);
    expect(reissued.number).not.toBe(inv.number);
  });

  it('partial credit notes never exceed what remains; the last one cancels the invoice', async () => {
    const o = await order([
      { productId: product, quantity: 3 },
      { productId: reduced, quantity: 1 },
    ]);
    const inv = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    const CREDIT =
      'mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { number grossCents lines { sourceLine quantity grossCents } } } }';
    const part = (await owner.ok(CREDIT, { i: { id: inv.id, lines: [{ lineIndex: 0, quantity: 1 }] } }))
      .createCreditNote.invoice;
    expect(part.grossCents).toBe(-99);
    expect(part.lines).toEqual([{ sourceLine: 0, quantity: 1, grossCents: -99 }]);
    expect((await staff.ok(`{ invoice(id: "${inv.id}") { status } }`)).invoice.status).toBe('ISSUED');
    const tooMuch = await owner.fails(CREDIT, { i: { id: inv.id, lines: [{ lineIndex: 0, quantity: 3 }] } });
    expect(tooMuch.extensions?.reason).toBe('CREDIT_EXCEEDS_INVOICE');
    const amount = (await owner.ok(CREDIT, { i: { id: inv.id, amounts: [{ rateBp: 300, grossCents: 500 }] } }))
      .createCreditNote.invoice;
    expect(amount.grossCents).toBe(-500);
    const rest = (await owner.ok(CREDIT, { i: { id: inv.id } })).createCreditNote.invoice;
    expect(part.grossCents + amount.grossCents + rest.grossCents).toBe(-inv.grossCents);
    expect((await staff.ok(`{ invoice(id: "${inv.id}") { status } }`)).invoice.status).toBe('CANCELLED');
  });

  it('marks paid; a buyer in Northern Ireland (XI) is refused rather than invoiced wrongly', async () => {
    const o = await order([{ productId: product, quantity: 1 }]);
    const inv = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    const paid = await accountant.ok(
      `mutation { markInvoicePaid(input: { id: "${inv.id}" }) { invoice { status paidAt } } }`,
    );
    expect(paid.markInvoicePaid.invoice.status).toBe('PAID');
    // EU VAT regimes are covered in vat-invoices.test.ts; territories packages/vat cannot decide are refused.
    const foreign = await order([{ productId: product, quantity: 1 }], {
      shippingAddress: { ...ADDRESS, country: 'XI' },
    });
    const err = await staff.fails(ISSUE, { i: { orderId: foreign.id } });
    expect(err.extensions?.reason).toBe('VAT_REGIME_NOT_SUPPORTED');
    const [{ n }] = await t.orm.em
      .fork()
      .execute('select count(*)::int as n from invoice where order_id = ?', [foreign.id]);
    expect(n).toBe(0);
  });

  it("isolates tenants: B cannot read A's invoices or invoice A's orders", async () => {
    const b = await createTenant(t.orm, 'invb');
    const ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    const o = await order([{ productId: product, quantity: 1 }]);
    const inv = (await staff.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice;
    expect((await ownerB.fails(`{ invoice(id: "${inv.id}") { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.fails(ISSUE, { i: { orderId: o.id } })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await ownerB.fails(`mutation { createCreditNote(input: { id: "${inv.id}" }) { invoice { id } } }`)).extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await ownerB.ok('{ invoices { totalCount } }')).invoices.totalCount).toBe(0);
  });
});
