import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { startViesSimulator, type ViesSimulator } from '../src/modules/customers/vies-simulator.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id number grossCents } } }`;
const CREDIT = `mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { id number grossCents } } }`;
const SETTINGS = `mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { peppolId } }`;
const PREFLIGHT = `query($from: LocalDate!, $to: LocalDate!) { invoiceUblPreflight(from: $from, to: $to) {
  documents documentsWithErrors documentsWithWarnings truncated problems { invoiceId number rule severity fix message } } }`;

const SELLER = {
  legalName: 'Atelier Lëtzebuerg Sàrl',
  addressLine: '7, rue du Marché-aux-Herbes',
  postalCode: 'L-1728',
  city: 'Luxembourg',
  vatNumber: 'LU26375245',
  rcsNumber: 'B123456',
  iban: 'LU280019400644750000',
  bic: 'BCEELULL',
};

const get = (t: TestApp, c: GqlClient | null, url: string) =>
  fetch(`${t.url}${url}`, {
    headers: { ...(c?.cookie ? { cookie: c.cookie } : {}), ...(c?.storeId ? { 'x-store-id': c.storeId } : {}) },
  });

describe('Peppol BIS 3 UBL of invoices and credit notes', () => {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  let sim: ViesSimulator;
  let a: Tenant;
  let b: Tenant;
  const as = {} as Record<'owner' | 'staff' | 'accountant', GqlClient>;
  let bOwner: GqlClient;
  let essential: GqlClient;
  let product: string;
  let essentialProduct: string;

  beforeAll(async () => {
    sim = await startViesSimulator();
    t = await startTestApp({ VIES_URL: sim.url, VIES_TIMEOUT_MS: '400' }, { clock });
    a = await createTenant(t.orm, 'ubl-a');
    b = await createTenant(t.orm, 'ubl-b');
    for (const role of ['owner', 'staff', 'accountant'] as const) {
      as[role] = t.client().useStore(a.storeId);
      await as[role].login(a.users[role].email, PASSWORD);
    }
    bOwner = t.client().useStore(b.storeId);
    await bOwner.login(b.users.owner.email, PASSWORD);
    essential = bOwner;
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'professional', '2020-01-01', '2030-01-01')`,
        [a.storeId],
      );
    await as.owner.ok(SETTINGS, { i: SELLER });
    await bOwner.ok(SETTINGS, { i: { ...SELLER, legalName: 'Other Seller Sàrl' } });
    product = (await seedProduct(t.orm, a.storeId, { name: 'Kachkéis jar 250 g', priceCents: 1190 })).id;
    await receive(as.staff, product, await createLocation(as.staff, 'W', '1'), 10_000);
    essentialProduct = (await seedProduct(t.orm, b.storeId, { name: 'Bouneschlupp', priceCents: 450 })).id;
    await receive(bOwner, essentialProduct, await createLocation(bOwner, 'W', '1'), 10_000);
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
  });

  async function invoiceFor(
    c: GqlClient,
    productId: string,
    buyer: { country?: string; company?: string; vatNumber?: string; peppolId?: string } = {},
  ) {
    const customer = (
      await c.ok(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }`, {
        i: {
          email: `b${crypto.randomUUID().slice(0, 8)}@example.lu`,
          firstName: 'Léa',
          lastName: 'Müller',
          company: buyer.company ?? null,
          vatNumber: buyer.vatNumber ?? null,
          isBusiness: Boolean(buyer.vatNumber),
          peppolId: buyer.peppolId ?? null,
          preferredLanguage: 'en',
        },
      })
    ).createCustomer.customer as { id: string };
    const order = (
      await c.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id orderNumber } } }', {
        i: {
          customerId: customer.id,
          shippingAddress: { ...ADDRESS, country: buyer.country ?? 'LU', company: buyer.company },
          lines: [{ productId, quantity: 3 }],
          shippingCents: 490,
        },
      })
    ).createOrder.order as { id: string; orderNumber: number };
    const inv = (await c.ok(ISSUE, { i: { orderId: order.id } })).issueInvoice.invoice as {
      id: string;
      number: string;
      grossCents: number;
    };
    return { customer, order, inv };
  }

  const xmlOf = async (id: string, c: GqlClient = as.staff) => {
    const res = await get(t, c, `/api/invoices/${id}.xml`);
    expect(res.status, await res.clone().text()).toBe(200);
    return { res, xml: await res.text() };
  };

  it('a domestic invoice on the Essential plan: UBL with the seller at 9938, the buyer by e-mail, the IBAN and the stored PDF', async () => {
    const { inv, order, customer } = await invoiceFor(essential, essentialProduct);
    const { res, xml } = await xmlOf(inv.id, essential);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${inv.number}.xml"`);
    expect(xml).toContain('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"');
    expect(xml).toContain(
      '<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>',
    );
    expect(xml).toContain(`<cbc:ID>${inv.number}</cbc:ID>`);
    expect(xml).toContain('<cbc:EndpointID schemeID="9938">LU26375245</cbc:EndpointID>');
    expect(xml).toMatch(/<cbc:EndpointID schemeID="EM">b[0-9a-f]{8}@example\.lu<\/cbc:EndpointID>/);
    expect(xml).toContain(`<cbc:BuyerReference>#${order.orderNumber}</cbc:BuyerReference>`);
    expect(xml).toMatch(/<cac:PayeeFinancialAccount>\s*<cbc:ID>LU280019400644750000<\/cbc:ID>/);
    expect(xml).toContain(
      `<cbc:PayableAmount currencyID="EUR">${(inv.grossCents / 100).toFixed(2)}</cbc:PayableAmount>`,
    );
    const pdf = Buffer.from(await (await get(t, essential, `/api/invoices/${inv.id}.pdf`)).arrayBuffer());
    const embedded = /<cbc:EmbeddedDocumentBinaryObject mimeCode="application\/pdf" filename="[^"]+">([^<]+)</.exec(
      xml,
    )?.[1];
    expect(Buffer.from(embedded ?? '', 'base64').equals(pdf)).toBe(true);

    // Byte-stable, and never from live data: new settings and customer details change nothing.
    await essential.ok(SETTINGS, {
      i: { legalName: 'Renamed Sàrl', iban: 'LU120010001234567891', peppolId: '0088:5798000000001' },
    });
    await essential.ok(
      `mutation { updateCustomer(input: { id: "${customer.id}", peppolId: "0088:4000001000005" }) { customer { id } } }`,
    );
    expect((await xmlOf(inv.id, essential)).xml).toBe(xml);
  });

  it('an intra-Community supply: K with VATEX-EU-IC, the buyer at its stored Peppol ID, its delivery country', async () => {
    sim.set('FR40303265045', null);
    const { inv } = await invoiceFor(as.staff, product, {
      country: 'FR',
      company: 'Brasserie Cœur de Lorraine SARL',
      vatNumber: 'FR40303265045',
      peppolId: '0009:30326504500018',
    });
    const { xml } = await xmlOf(inv.id, as.accountant);
    expect(xml).toContain('<cbc:EndpointID schemeID="0009">30326504500018</cbc:EndpointID>');
    expect(xml).toMatch(
      /<cbc:ID>K<\/cbc:ID>\s*<cbc:Percent>0<\/cbc:Percent>\s*<cbc:TaxExemptionReasonCode>VATEX-EU-IC</,
    );
    expect(xml).toMatch(/<cac:DeliveryLocation>\s*<cac:Address>\s*<cac:Country>\s*<cbc:IdentificationCode>FR</);
    expect(xml).toContain('<cbc:CompanyID>FR40303265045</cbc:CompanyID>');

    // A partial credit note: a CreditNote naming the invoice, its amounts positive.
    const cn = (await as.owner.ok(CREDIT, { i: { id: inv.id, lines: [{ lineIndex: 0, quantity: 1 }] } }))
      .createCreditNote.invoice;
    const credit = (await xmlOf(cn.id)).xml;
    expect(credit).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    expect(credit).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(credit).toMatch(
      new RegExp(`<cac:InvoiceDocumentReference>\\s*<cbc:ID>${inv.number}</cbc:ID>\\s*<cbc:IssueDate>2026-03-02<`),
    );
    expect(credit).toContain(
      `<cbc:PayableAmount currencyID="EUR">${(-cn.grossCents / 100).toFixed(2)}</cbc:PayableAmount>`,
    );
    expect(credit).toMatch(/<cbc:CreditedQuantity unitCode="C62">1<\/cbc:CreditedQuantity>/);
  });

  it('a full credit note of a domestic invoice', async () => {
    const { inv } = await invoiceFor(as.staff, product);
    const cn = (await as.owner.ok(CREDIT, { i: { id: inv.id } })).createCreditNote.invoice;
    expect(cn.grossCents).toBe(-inv.grossCents);
    const credit = (await xmlOf(cn.id)).xml;
    expect(credit).toContain(
      `<cbc:PayableAmount currencyID="EUR">${(inv.grossCents / 100).toFixed(2)}</cbc:PayableAmount>`,
    );
    expect(credit).not.toMatch(/<cbc:(LineExtension|TaxExclusive|TaxInclusive|Payable)Amount[^>]*>-/);
  });

  it('a malformed Peppol ID is refused naming the field and the form, and nothing is saved', async () => {
    const r = await as.owner.raw(SETTINGS, { i: { peppolId: 'LU26375245', legalName: 'Changed' } });
    expect(r.errors?.[0]?.extensions?.reason).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0]?.extensions?.fields).toEqual({ peppolId: expect.stringContaining('scheme:identifier') });
    expect((await as.owner.ok('{ invoiceSettings { legalName peppolId } }')).invoiceSettings).toEqual({
      legalName: SELLER.legalName,
      peppolId: null,
    });
    const c = await as.staff.raw(
      'mutation { createCustomer(input: { email: "bad-peppol@example.lu", peppolId: "9938 LU1" }) { customer { id } } }',
    );
    expect(c.errors?.[0]?.extensions?.fields).toEqual({ peppolId: expect.stringContaining('scheme:identifier') });
    const [{ n }] = await t.orm.em
      .fork()
      .execute(`select count(*)::int as n from customer where email = 'bad-peppol@example.lu'`);
    expect(n).toBe(0);
  });

  it('another store’s invoice, an unknown id and no session: 404 / 404 / 401, no XML', async () => {
    const { inv } = await invoiceFor(as.staff, product);
    for (const [c, url, status] of [
      [bOwner, `/api/invoices/${inv.id}.xml`, 404],
      [as.staff, `/api/invoices/${crypto.randomUUID()}.xml`, 404],
      [as.staff, '/api/invoices/not-a-uuid.xml', 404],
      [null, `/api/invoices/${inv.id}.xml`, 401],
    ] as const) {
      const res = await get(t, c, url);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
    // And the pre-flight of store B does not see store A's documents.
    const p = (await bOwner.ok(PREFLIGHT, { from: '2026-03-01', to: '2026-03-31' })).invoiceUblPreflight;
    expect(p.problems.map((x: { invoiceId: string }) => x.invoiceId)).not.toContain(inv.id);
  });

  it('pre-flight: a seller VAT number without a Peppol scheme is listed with its fix; the download says which rule; the Peppol ID fixes later invoices', async () => {
    clock.set(new Date('2026-04-02T09:00:00Z'));
    // A VAT number of a country without an EAS VAT scheme, as an older setting may hold.
    await t.orm.em
      .fork()
      .execute(`update invoice_settings set vat_number = 'SE556036079301' where store_id = ?`, [a.storeId]);
    const { inv } = await invoiceFor(as.staff, product);
    let p = (await as.accountant.ok(PREFLIGHT, { from: '2026-04-01', to: '2026-04-30' })).invoiceUblPreflight;
    expect(p).toMatchObject({ documents: 1, documentsWithErrors: 1, documentsWithWarnings: 0, truncated: false });
    expect(p.problems).toEqual([
      {
        invoiceId: inv.id,
        number: inv.number,
        rule: 'PEPPOL-EN16931-R020',
        severity: 'error',
        fix: 'SELLER_ELECTRONIC_ADDRESS',
        message: expect.any(String),
      },
    ]);
    const res = await get(t, as.staff, `/api/invoices/${inv.id}.xml`);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { reason: string; problems: { rule: string; fix: string }[] } };
    expect(body.error.reason).toBe('UBL_RULES_NOT_MET');
    expect(body.error.problems).toEqual([
      expect.objectContaining({ rule: 'PEPPOL-EN16931-R020', fix: 'SELLER_ELECTRONIC_ADDRESS' }),
    ]);

    await as.owner.ok(SETTINGS, { i: { peppolId: '0007:5560360793' } });
    const later = await invoiceFor(as.staff, product);
    expect((await xmlOf(later.inv.id)).xml).toContain('<cbc:EndpointID schemeID="0007">5560360793</cbc:EndpointID>');
    p = (await as.accountant.ok(PREFLIGHT, { from: '2026-04-01', to: '2026-04-30' })).invoiceUblPreflight;
    expect(p).toMatchObject({ documents: 2, documentsWithErrors: 1 });
    await t.orm.em
      .fork()
      .execute(`update invoice_settings set vat_number = 'LU26375245' where store_id = ?`, [a.storeId]);
  });

  it('pre-flight: a business buyer reachable by e-mail only is a warning to add its Peppol ID; the UBL is still written', async () => {
    clock.set(new Date('2026-05-04T09:00:00Z'));
    sim.set('DK13585628', null);
    const { inv, customer } = await invoiceFor(as.staff, product, {
      country: 'DK',
      company: 'Nordisk Smag ApS',
      vatNumber: 'DK13585628',
    });
    const p = (await as.accountant.ok(PREFLIGHT, { from: '2026-05-01', to: '2026-05-31' })).invoiceUblPreflight;
    expect(p).toMatchObject({ documents: 1, documentsWithErrors: 0, documentsWithWarnings: 1 });
    expect(p.problems).toEqual([
      expect.objectContaining({
        invoiceId: inv.id,
        rule: 'PEPPOL-EN16931-R010',
        severity: 'warning',
        fix: 'BUYER_ELECTRONIC_ADDRESS',
      }),
    ]);
    expect((await xmlOf(inv.id)).xml).toMatch(/<cbc:EndpointID schemeID="EM">[^<]+@example\.lu<\/cbc:EndpointID>/);

    await as.staff.ok(
      `mutation { updateCustomer(input: { id: "${customer.id}", peppolId: "0184:13585628" }) { customer { peppolId } } }`,
    );
    const order = (
      await as.staff.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          customerId: customer.id,
          shippingAddress: { ...ADDRESS, country: 'DK', company: 'Nordisk Smag ApS' },
          lines: [{ productId: product, quantity: 1 }],
        },
      })
    ).createOrder.order;
    const next = (await as.staff.ok(ISSUE, { i: { orderId: order.id } })).issueInvoice.invoice;
    expect((await xmlOf(next.id)).xml).toContain('<cbc:EndpointID schemeID="0184">13585628</cbc:EndpointID>');
    const after = (await as.accountant.ok(PREFLIGHT, { from: '2026-05-01', to: '2026-05-31' })).invoiceUblPreflight;
    expect(after).toMatchObject({ documents: 2, documentsWithErrors: 0, documentsWithWarnings: 1 });
  });

  it('pre-flight refuses a reversed or too wide range', async () => {
    const rev = await as.accountant.raw(PREFLIGHT, { from: '2026-04-30', to: '2026-04-01' });
    expect(rev.errors?.[0]?.extensions?.reason).toBe('DATE_RANGE_REVERSED');
    const wide = await as.accountant.raw(PREFLIGHT, { from: '2025-01-01', to: '2026-04-01' });
    expect(wide.errors?.[0]?.extensions).toMatchObject({ reason: 'DATE_RANGE_TOO_WIDE', maxDays: 366 });
  });
});
