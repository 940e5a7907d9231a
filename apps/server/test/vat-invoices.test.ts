import { extractVat, type GoodsKind } from '@orion/vat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { startViesSimulator, type ViesOutcome, type ViesSimulator } from '../src/modules/customers/vies-simulator.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient, GqlError } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * EU VAT through issued invoices: each scenario creates a customer and an order, issues the
 * invoice, and checks the regime, the per-line rates, the totals and the mention.
 */
const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice {
  id number vatRegime netCents vatCents grossCents language legalMentions supplyDate
  seller { vatNumber } buyer { country vatNumber }
  lines { description vatRateBp vatCategoryCode netCents vatCents grossCents }
  vatBreakdown { categoryCode rateBp taxableCents vatCents }
  vatDecision { regime rateCountry categoryCode mention reason buyerVatStatus consultationNumber thresholdCrossedBySale chargedAsConsumer } } } }`;

type Kind = 'standard' | 'reduced' | 'reduced2' | 'super_reduced' | 'zero' | 'digital';
type StoreName = 'oss' | 'threshold' | 'essential' | 'race';

interface Scenario {
  name: string;
  store: StoreName;
  country: string;
  lines?: [Kind, number][];
  business?: boolean;
  vatNumber?: string;
  vies?: ViesOutcome;
  language?: 'en' | 'fr' | 'de';
  supplyDate?: string;
  asConsumer?: boolean;
  shippingCents?: number;
  postalCode?: string;
  expect:
    | {
        regime: string;
        rateCountry?: string;
        rates: number[];
        category?: string;
        mention?: RegExp | null;
        buyerVat?: string | null;
        crossed?: boolean;
        reason?: RegExp;
        chargedAsConsumer?: boolean;
      }
    | { error: string; details?: Record<string, unknown> };
}

const PRICE: Record<Kind, number> = {
  standard: 11_700, // €100.00 net at LU 17 %
  reduced: 10_800, // €100.00 net at LU 8 %
  reduced2: 11_400, // €100.00 net at LU 14 % (intermediate rate)
  super_reduced: 10_300, // €100.00 net at LU 3 %
  zero: 11_700, // LU has no zero rate: standard
  digital: 11_700,
};

/** Each test product's kind of goods (the digital one has none: the destination's standard rate). */
const GOODS: Record<Kind, GoodsKind | null> = {
  standard: 'toys',
  reduced: 'flowers_plants',
  reduced2: 'wine',
  super_reduced: 'confectionery',
  zero: 'printed_books', // its Luxembourg category says zero: LU's standard rate at home, as before
  digital: null,
};

const S = '2026-03-02';

/** Run in order: the threshold store's scenarios build up its sales. */
const SCENARIOS: Scenario[] = [
  // Domestic
  {
    name: 'LU consumer: domestic 17 %',
    store: 'oss',
    country: 'LU',
    expect: { regime: 'domestic', rates: [1700], mention: null },
  },
  {
    name: 'LU consumer, reduced and super-reduced products: 8 % and 3 %',
    store: 'oss',
    country: 'LU',
    lines: [
      ['reduced', 1],
      ['super_reduced', 1],
    ],
    expect: { regime: 'domestic', rates: [800, 300] },
  },
  {
    name: 'LU consumer, intermediate-rate product (REDUCED2): 14 %',
    store: 'oss',
    country: 'LU',
    lines: [['reduced2', 1]],
    expect: { regime: 'domestic', rates: [1400] },
  },
  {
    name: 'LU business with a LU VAT number: domestic, not reverse-charged; its number is printed',
    store: 'oss',
    country: 'LU',
    business: true,
    vatNumber: 'LU26375245',
    expect: { regime: 'domestic', rates: [1700], buyerVat: 'LU26375245', mention: null },
  },
  {
    name: '2023 LU supply: 16 %',
    store: 'oss',
    country: 'LU',
    supplyDate: '2023-06-15',
    expect: { regime: 'domestic', rates: [1600] },
  },
  {
    name: '2023 LU supply, reduced: 7 %',
    store: 'oss',
    country: 'LU',
    supplyDate: '2023-12-31',
    lines: [['reduced', 2]],
    expect: { regime: 'domestic', rates: [700] },
  },
  {
    name: '2023 LU supply, intermediate rate: 13 %',
    store: 'oss',
    country: 'LU',
    supplyDate: '2023-03-01',
    lines: [['reduced2', 1]],
    expect: { regime: 'domestic', rates: [1300] },
  },
  {
    name: '2024 LU supply: back to 17 %',
    store: 'oss',
    country: 'LU',
    supplyDate: '2024-01-01',
    expect: { regime: 'domestic', rates: [1700] },
  },
  {
    name: '2020 LU supply (before the e-commerce rules): domestic 17 %',
    store: 'oss',
    country: 'LU',
    supplyDate: '2020-03-01',
    expect: { regime: 'domestic', rates: [1700] },
  },
  // OSS-registered store: destination rates
  {
    name: 'OSS registered: DE consumer 19 %, OSS mention in German',
    store: 'oss',
    country: 'DE',
    language: 'de',
    expect: { regime: 'oss', rateCountry: 'DE', rates: [1900], mention: /One-Stop-Shop|OSS/ },
  },
  {
    name: 'OSS registered: shipping follows the goods at the destination rate',
    store: 'oss',
    country: 'DE',
    shippingCents: 590,
    expect: { regime: 'oss', rates: [1900, 1900] },
  },
  // Destination rates follow the kind of goods (GOODS), never the product's Luxembourg rate level.
  {
    name: 'flowers (LU reduced 8 %) to FR: 10 %, the horticulture rate',
    store: 'oss',
    country: 'FR',
    lines: [['reduced', 1]],
    expect: { regime: 'oss', rateCountry: 'FR', rates: [1000], reason: /flowers_plants' in FR: 10 %/ },
  },
  {
    name: 'wine (LU intermediate 14 %) to FR: 20 %',
    store: 'oss',
    country: 'FR',
    lines: [['reduced2', 1]],
    expect: { regime: 'oss', rateCountry: 'FR', rates: [2000] },
  },
  {
    name: 'wine to BE: 21 %',
    store: 'oss',
    country: 'BE',
    lines: [['reduced2', 1]],
    expect: { regime: 'oss', rateCountry: 'BE', rates: [2100] },
  },
  {
    name: 'wine to DE: 19 %',
    store: 'oss',
    country: 'DE',
    lines: [['reduced2', 1]],
    expect: { regime: 'oss', rateCountry: 'DE', rates: [1900] },
  },
  {
    name: 'pralines (LU super-reduced 3 %) to FR: confectionery 20 %, not the 2.1 % super-reduced rate',
    store: 'oss',
    country: 'FR',
    lines: [['super_reduced', 1]],
    expect: { regime: 'oss', rates: [2000], reason: /confectionery' in FR depends on the goods.*standard rate 20 %/ },
  },
  {
    name: 'pralines to DE: confectionery 7 %',
    store: 'oss',
    country: 'DE',
    lines: [['super_reduced', 1]],
    expect: { regime: 'oss', rates: [700] },
  },
  {
    name: "flowers to BE: the table says 'check', so the standard rate 21 %, and the reason says why",
    store: 'oss',
    country: 'BE',
    lines: [['reduced', 1]],
    expect: { regime: 'oss', rates: [2100], reason: /flowers_plants' in BE depends on the goods/ },
  },
  {
    name: 'flowers to PL: no reduced rate known, standard 23 %',
    store: 'oss',
    country: 'PL',
    lines: [['reduced', 1]],
    expect: { regime: 'oss', rates: [2300], reason: /no reduced rate known for 'flowers_plants' in PL/ },
  },
  {
    name: 'mixed toys + printed book to IT: 22 % and 4 %',
    store: 'oss',
    country: 'IT',
    lines: [
      ['standard', 1],
      ['zero', 1],
    ],
    expect: { regime: 'oss', rates: [2200, 400] },
  },
  {
    name: 'printed book to IE: zero-rated, Z',
    store: 'oss',
    country: 'IE',
    lines: [['zero', 1]],
    expect: { regime: 'oss', rates: [0], category: 'Z' },
  },
  {
    name: 'FI before 2024-09-01: 24 %',
    store: 'oss',
    country: 'FI',
    supplyDate: '2024-08-31',
    expect: { regime: 'oss', rates: [2400] },
  },
  {
    name: 'FI from 2024-09-01: 25.5 %',
    store: 'oss',
    country: 'FI',
    supplyDate: '2024-09-01',
    expect: { regime: 'oss', rates: [2550] },
  },
  {
    name: 'Greece (GR): 24 %',
    store: 'oss',
    country: 'GR',
    expect: { regime: 'oss', rateCountry: 'GR', rates: [2400] },
  },
  {
    name: 'Canary Islands (ES 38001) consumer, OSS registered: export at 0 %, not Spanish VAT',
    store: 'oss',
    country: 'ES',
    postalCode: '38001',
    expect: { regime: 'exempt', rates: [0], category: 'G', reason: /Canary Islands/ },
  },
  {
    name: 'Madrid (ES 28001) consumer, OSS registered: Spanish 21 %',
    store: 'oss',
    country: 'ES',
    postalCode: '28001',
    expect: { regime: 'oss', rateCountry: 'ES', rates: [2100] },
  },
  {
    name: 'Monaco counts as France: 20 %',
    store: 'oss',
    country: 'MC',
    expect: { regime: 'oss', rateCountry: 'FR', rates: [2000] },
  },
  {
    name: 'digital product to a DE consumer (e-service): 19 %',
    store: 'oss',
    country: 'DE',
    lines: [['digital', 1]],
    expect: { regime: 'oss', rates: [1900] },
  },
  // B2B
  {
    name: 'FR business, valid number: intra-Community supply, 0 % K, both numbers, French mention',
    store: 'oss',
    country: 'FR',
    business: true,
    vatNumber: 'FR40303265045',
    language: 'fr',
    expect: {
      regime: 'reverse_charge',
      rates: [0],
      category: 'K',
      mention: /Livraison intracommunautaire — exonérée \(art\. 138/,
      buyerVat: 'FR40303265045',
    },
  },
  {
    name: 'DE business, valid number, English mention',
    store: 'oss',
    country: 'DE',
    business: true,
    vatNumber: 'DE136695976',
    language: 'en',
    expect: {
      regime: 'reverse_charge',
      rates: [0],
      category: 'K',
      mention: /^Intra-Community supply — exempt \(Art\. 138/,
    },
  },
  {
    name: 'FR business, number invalid in VIES: invoiced as a consumer (OSS 20 %), told why',
    store: 'oss',
    country: 'FR',
    business: true,
    vatNumber: 'FR40303265045',
    vies: 'invalid',
    expect: { regime: 'oss', rates: [2000], buyerVat: null, reason: /invalid VAT number.*VIES/ },
  },
  {
    name: 'FR business, malformed number: invoiced as a consumer',
    store: 'oss',
    country: 'FR',
    business: true,
    vatNumber: 'FR84323140391',
    expect: { regime: 'oss', rates: [2000], reason: /invalid VAT number/ },
  },
  {
    name: 'DE business without a VAT number: a consumer',
    store: 'oss',
    country: 'DE',
    business: true,
    expect: { regime: 'oss', rates: [1900], reason: /without a VAT number/ },
  },
  {
    name: 'BE business, VIES unavailable: refused with the choice, never 0 %',
    store: 'oss',
    country: 'BE',
    business: true,
    vatNumber: 'BE0403019261',
    vies: 'MS_UNAVAILABLE',
    expect: {
      error: 'VAT_NUMBER_UNVERIFIED',
      details: { vatCheckError: 'MS_UNAVAILABLE', ifChargedAsConsumer: { regime: 'oss', rateCountry: 'BE' } },
    },
  },
  {
    name: 'BE business, VIES unavailable, user chose to invoice as a consumer: BE 21 %',
    store: 'oss',
    country: 'BE',
    business: true,
    vatNumber: 'BE0403019261',
    vies: 'MS_UNAVAILABLE',
    asConsumer: true,
    expect: { regime: 'oss', rates: [2100], chargedAsConsumer: true, reason: /could not be verified/ },
  },
  {
    name: 'BE business, VIES timeout: unverified',
    store: 'oss',
    country: 'BE',
    business: true,
    vatNumber: 'BE0403019261',
    vies: 'hang',
    expect: { error: 'VAT_NUMBER_UNVERIFIED', details: { vatCheckError: 'TIMEOUT' } },
  },
  // Outside the EU
  {
    name: 'Swiss buyer: export, 0 % G, export mention',
    store: 'oss',
    country: 'CH',
    language: 'en',
    expect: { regime: 'exempt', rates: [0], category: 'G', mention: /^Export outside the EU — exempt \(Art\. 146/ },
  },
  {
    name: 'US buyer, two products: export 0 %',
    store: 'oss',
    country: 'US',
    lines: [
      ['standard', 1],
      ['reduced', 1],
    ],
    expect: { regime: 'exempt', rates: [0, 0], category: 'G' },
  },
  {
    name: 'Swiss buyer, digital product: outside the EU, E',
    store: 'oss',
    country: 'CH',
    lines: [['digital', 1]],
    expect: { regime: 'exempt', rates: [0], category: 'E' },
  },
  // Refusals
  {
    name: 'DE consumer, supply before 2021-07-01: refused',
    store: 'oss',
    country: 'DE',
    supplyDate: '2021-06-30',
    expect: { error: 'VAT_REGIME_NOT_SUPPORTED' },
  },
  {
    name: 'Northern Ireland (XI): refused',
    store: 'oss',
    country: 'XI',
    expect: { error: 'VAT_REGIME_NOT_SUPPORTED' },
  },
  // Threshold store (not OSS-registered, Professional): sales build up in order
  {
    name: 'DE consumer under the threshold: origin, LU 17 %',
    store: 'threshold',
    country: 'DE',
    expect: { regime: 'origin', rateCountry: 'LU', rates: [1700], mention: null },
  },
  {
    name: 'AT consumer, €9,000 net: still origin (€9,100 ≤ €10,000)',
    store: 'threshold',
    country: 'AT',
    lines: [['standard', 90]],
    expect: { regime: 'origin', rates: [1700] },
  },
  {
    name: 'FR business with a valid number does not count towards the threshold: 0 % K',
    store: 'threshold',
    country: 'FR',
    business: true,
    vatNumber: 'FR40303265045',
    lines: [['standard', 20]],
    expect: { regime: 'reverse_charge', rates: [0] },
  },
  {
    name: 'the crossing sale (FR consumer, €1,000 net → €10,100): already destination VAT, FR 20 %',
    store: 'threshold',
    country: 'FR',
    lines: [['standard', 10]],
    expect: { regime: 'oss', rateCountry: 'FR', rates: [2000], crossed: true, reason: /takes cross-border B2C sales/ },
  },
  {
    name: 'DE consumer over the threshold: destination 19 %',
    store: 'threshold',
    country: 'DE',
    expect: { regime: 'oss', rates: [1900], crossed: false, reason: /above €10,000/ },
  },
  {
    name: 'next year, DE consumer: destination VAT (last year above €10,000)',
    store: 'threshold',
    country: 'DE',
    supplyDate: '2027-01-05',
    expect: { regime: 'oss', rates: [1900], reason: /last year/ },
  },
  // Tiers
  {
    name: 'Essential: LU consumer, domestic',
    store: 'essential',
    country: 'LU',
    expect: { regime: 'domestic', rates: [1700] },
  },
  {
    name: 'Essential: DE consumer under the threshold, origin LU VAT',
    store: 'essential',
    country: 'DE',
    expect: { regime: 'origin', rates: [1700] },
  },
  {
    name: 'Essential: FR business with a valid number: upgrade needed',
    store: 'essential',
    country: 'FR',
    business: true,
    vatNumber: 'FR40303265045',
    expect: { error: 'FEATURE_NOT_IN_TIER', details: { requiredTier: 'professional', regime: 'reverse_charge' } },
  },
  {
    name: 'Essential: Swiss buyer: upgrade needed',
    store: 'essential',
    country: 'CH',
    expect: { error: 'FEATURE_NOT_IN_TIER' },
  },
  {
    name: 'Essential: sale over the threshold needs destination VAT: upgrade needed, no wrong invoice',
    store: 'essential',
    country: 'DE',
    lines: [['standard', 120]],
    expect: { error: 'FEATURE_NOT_IN_TIER', details: { regime: 'oss', rateCountry: 'DE' } },
  },
];

describe('EU VAT on issued invoices: scenario table', () => {
  let sim: ViesSimulator;
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const stores = {} as Record<StoreName, { tenant: Tenant; client: GqlClient; products: Record<Kind, string> }>;

  const setup = async (name: StoreName, tier: string) => {
    const tenant = await createTenant(t.orm, `vi-${name}`);
    const client = t.client().useStore(tenant.storeId);
    await client.login(tenant.users.owner.email, PASSWORD);
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, ?, now() - interval '10 years', now() + interval '10 years')`,
        [tenant.storeId, tier],
      );
    await client.ok(
      `mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245", legalName: "Seller ${name} Sàrl" }) { vatNumber } }`,
    );
    const loc = await createLocation(client, 'W', '1');
    const products = {} as Record<Kind, string>;
    for (const kind of Object.keys(PRICE) as Kind[]) {
      products[kind] = (
        await seedProduct(t.orm, tenant.storeId, {
          priceCents: PRICE[kind],
          vatCategory: (kind === 'digital' ? 'standard' : kind) as never,
          goodsKind: GOODS[kind],
          digital: kind === 'digital',
        })
      ).id;
      if (kind !== 'digital') await receive(client, products[kind], loc, 10_000);
    }
    stores[name] = { tenant, client, products };
  };

  beforeAll(async () => {
    sim = await startViesSimulator();
    t = await startTestApp({ VIES_URL: sim.url, VIES_TIMEOUT_MS: '400', VIES_VALID_DAYS: '30' }, { clock });
    await setup('oss', 'business');
    await setup('threshold', 'professional');
    await setup('essential', 'essential');
    await setup('race', 'professional');
    await stores.oss.client.ok(
      `mutation { updateVatSettings(input: { ossRegistered: true, ossRegisteredSince: "2021-07-01" }) { ossRegistered } }`,
    );
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
  });

  let n = 0;
  /** Customer (with its VAT number checked on save), order, supply date, invoice. */
  const run = async (s: Scenario) => {
    const { client, products } = stores[s.store];
    n += 1;
    if (s.vatNumber) sim.set(s.vatNumber, s.vies ?? null);
    const customer = (
      await client.ok(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }`, {
        i: {
          email: `c${n}@scenario.test`,
          firstName: 'Kim',
          lastName: `Buyer ${n}`,
          company: s.business ? `Company ${n}` : null,
          vatNumber: s.vatNumber ?? null,
          isBusiness: s.business ?? false,
          preferredLanguage: s.language ?? 'en',
        },
      })
    ).createCustomer.customer;
    const lines = (s.lines ?? [['standard', 1]]).map(([kind, quantity]) => ({ productId: products[kind], quantity }));
    const order = (
      await client.ok(
        'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id totalCents taxCents } } }',
        {
          i: {
            customerId: customer.id,
            shippingAddress: { ...ADDRESS, country: s.country, ...(s.postalCode ? { postalCode: s.postalCode } : {}) },
            lines,
            shippingCents: s.shippingCents ?? 0,
          },
        },
      )
    ).createOrder.order;
    await t.orm.em
      .fork()
      .execute('update customer_order set shipped_at = ? where id = ?', [
        new Date(`${s.supplyDate ?? S}T12:00:00Z`),
        order.id,
      ]);
    const r = await client.raw(ISSUE, { i: { orderId: order.id, asConsumer: s.asConsumer ?? false } });
    return { order, r };
  };

  for (const s of SCENARIOS) {
    it(s.name, async () => {
      const { order, r } = await run(s);
      const e = s.expect;
      if ('error' in e) {
        const err = r.errors?.[0] as GqlError | undefined;
        expect(err?.extensions?.reason, JSON.stringify(r.data)).toBe(e.error);
        if (e.details) expect(err?.extensions).toMatchObject(e.details);
        const [{ c }] = await t.orm.em
          .fork()
          .execute('select count(*)::int as c from invoice where order_id = ?', [order.id]);
        expect(c).toBe(0);
        return;
      }
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const inv = r.data!.issueInvoice.invoice;
      expect(inv.vatRegime).toBe(e.regime);
      expect(inv.vatDecision.regime).toBe(e.regime);
      const { client } = stores[s.store];
      expect((await client.ok(`{ order(id: "${order.id}") { vatRegime } }`)).order.vatRegime).toBe(e.regime);
      if (e.rateCountry) expect(inv.vatDecision.rateCountry).toBe(e.rateCountry);
      expect(inv.supplyDate).toBe(s.supplyDate ?? S);
      expect(inv.lines.map((l: any) => l.vatRateBp)).toEqual(e.rates);
      if (e.category) expect(new Set(inv.lines.map((l: any) => l.vatCategoryCode))).toEqual(new Set([e.category]));
      // Amounts: lines add up to the breakdown and the totals; VAT per rate = extraction from the group's gross.
      expect(inv.netCents + inv.vatCents).toBe(inv.grossCents);
      expect(inv.lines.reduce((x: number, l: any) => x + l.grossCents, 0)).toBe(inv.grossCents);
      for (const row of inv.vatBreakdown) {
        expect(row.vatCents).toBe(extractVat(row.taxableCents + row.vatCents, row.rateBp).vatCents);
      }
      if (e.regime === 'reverse_charge' || e.regime === 'exempt') {
        expect(inv.vatCents).toBe(0);
        expect(inv.grossCents).toBe(order.totalCents - order.taxCents);
      } else {
        expect(inv.grossCents).toBe(order.totalCents);
      }
      if (e.mention === null) expect(inv.legalMentions).toEqual([]);
      if (e.mention) {
        expect(inv.legalMentions.some((m: string) => e.mention!.test(m))).toBe(true);
        expect(inv.vatDecision.mention).toMatch(e.mention);
      }
      if (e.regime === 'reverse_charge') {
        // Both VAT numbers, and the VIES proof.
        expect(inv.seller.vatNumber).toBe('LU26375245');
        expect(inv.buyer.vatNumber).toBe(s.vatNumber);
        expect(inv.vatDecision.buyerVatStatus).toBe('valid');
        expect(inv.vatDecision.consultationNumber).toMatch(/^WAPI/);
      }
      if (e.buyerVat !== undefined) expect(inv.buyer.vatNumber).toBe(e.buyerVat);
      if (e.crossed !== undefined) expect(inv.vatDecision.thresholdCrossedBySale).toBe(e.crossed);
      if (e.reason) expect(inv.vatDecision.reason).toMatch(e.reason);
      if (e.chargedAsConsumer !== undefined) expect(inv.vatDecision.chargedAsConsumer).toBe(e.chargedAsConsumer);
    });
  }

  it('two concurrent sales at the threshold: one stays under it, the other crosses it (never both under)', async () => {
    // €9,900 of cross-border B2C sales; then two €100 sales at once: €10,000 (not above) and €10,100 (crosses).
    const first = await run({
      name: 'race-1',
      store: 'race',
      country: 'AT',
      lines: [['standard', 99]],
      expect: { regime: 'origin', rates: [1700] },
    });
    expect(first.r.data?.issueInvoice.invoice.vatRegime).toBe('origin');
    const orders = [];
    for (const country of ['DE', 'FR']) {
      orders.push(
        (
          await stores.race.client.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
            i: {
              newCustomer: { email: `race-${country}@x.test`, firstName: 'R', lastName: 'C' },
              shippingAddress: { ...ADDRESS, country },
              lines: [{ productId: stores.race.products.standard, quantity: 1 }],
            },
          })
        ).createOrder.order.id,
      );
    }
    const results = await Promise.all(orders.map((id) => stores.race.client.ok(ISSUE, { i: { orderId: id } })));
    const decisions = results
      .map((r) => r.issueInvoice.invoice.vatDecision)
      .sort((a, b) => a.regime.localeCompare(b.regime));
    expect(decisions.map((d) => [d.regime, d.thresholdCrossedBySale])).toEqual([
      ['origin', false],
      ['oss', true],
    ]);
  });

  it('sales outside Orion last year above €10,000: a DE consumer takes destination VAT', async () => {
    await stores.race.client.ok('mutation { setCrossBorderSalesOutsideOrion(year: 2025, cents: 1000001) { year } }');
    const { r } = await run({
      name: 'outside',
      store: 'race',
      country: 'DE',
      expect: { regime: 'oss', rates: [1900] },
    });
    expect(r.data?.issueInvoice.invoice.vatDecision).toMatchObject({ regime: 'oss', rateCountry: 'DE' });
    expect(r.data?.issueInvoice.invoice.vatDecision.reason).toMatch(/last year/);
  });

  it('the table has at least 30 scenarios', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
  });

  it('threshold tracker after the table: above €10,000 this year', async () => {
    const th = (
      await stores.threshold.client.ok(
        '{ vatThreshold(year: 2026) { currentYearCents exceeded destinationVat warning } }',
      )
    ).vatThreshold;
    expect(th.exceeded).toBe(true);
    expect(th.destinationVat).toBe(true);
    expect(th.currentYearCents).toBeGreaterThan(1_000_000);
  });

  it('a recent valid check is reused at invoicing; an old one is checked again', async () => {
    const { client, products } = stores.oss;
    const c = (
      await client.ok(
        `mutation { createCustomer(input: { email: "reuse@scenario.test", vatNumber: "IT00743110157", company: "SpA" }) { customer { id } } }`,
      )
    ).createCustomer.customer;
    const orderFor = async () =>
      (
        await client.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
          i: {
            customerId: c.id,
            shippingAddress: { ...ADDRESS, country: 'IT' },
            lines: [{ productId: products.standard, quantity: 1 }],
          },
        })
      ).createOrder.order.id;
    const before = sim.requests.length;
    const first = (await client.ok(ISSUE, { i: { orderId: await orderFor() } })).issueInvoice.invoice;
    expect(first.vatRegime).toBe('reverse_charge');
    expect(sim.requests.length).toBe(before);
    clock.set(new Date('2026-04-15T09:00:00Z'));
    sim.set('IT00743110157', 'invalid');
    const later = (await client.ok(ISSUE, { i: { orderId: await orderFor() } })).issueInvoice.invoice;
    expect(sim.requests.length).toBe(before + 1);
    expect(later.vatRegime).toBe('oss');
    expect(later.lines[0].vatRateBp).toBe(2200);
    sim.set('IT00743110157', null);
    clock.set(new Date('2026-03-02T09:00:00Z'));
  });

  it('a re-check after VIES comes back turns an unverified buyer into an intra-Community supply', async () => {
    const { client, products } = stores.oss;
    sim.set('BE0403019261', 'MS_UNAVAILABLE');
    const c = (
      await client.ok(
        `mutation { createCustomer(input: { email: "later@scenario.test", vatNumber: "BE0403019261", company: "NV" }) { customer { id } } }`,
      )
    ).createCustomer.customer;
    const o = (
      await client.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          customerId: c.id,
          shippingAddress: { ...ADDRESS, country: 'BE' },
          lines: [{ productId: products.standard, quantity: 1 }],
        },
      })
    ).createOrder.order.id;
    expect((await client.fails(ISSUE, { i: { orderId: o } })).extensions?.reason).toBe('VAT_NUMBER_UNVERIFIED');
    sim.set('BE0403019261', null);
    await client.ok(`mutation { checkCustomerVatNumber(id: "${c.id}") { customer { vatCheck { status } } } }`);
    const inv = (await client.ok(ISSUE, { i: { orderId: o } })).issueInvoice.invoice;
    expect(inv).toMatchObject({ vatRegime: 'reverse_charge', vatCents: 0 });
  });

  it('a credit note keeps the regime, the mention and the 0 % category of its invoice', async () => {
    const { client } = stores.oss;
    const s: Scenario = {
      name: 'cn',
      store: 'oss',
      country: 'DE',
      business: true,
      vatNumber: 'DE136695976',
      expect: { regime: 'reverse_charge', rates: [0] },
    };
    const { r } = await run(s);
    const inv = r.data!.issueInvoice.invoice;
    const cn = (
      await client.ok(
        `mutation { createCreditNote(input: { id: "${inv.id}" }) { invoice { vatRegime grossCents legalMentions lines { vatCategoryCode vatRateBp } vatDecision { regime } } } }`,
      )
    ).createCreditNote.invoice;
    expect(cn.vatRegime).toBe('reverse_charge');
    expect(cn.grossCents).toBe(-inv.grossCents);
    expect(cn.lines[0]).toEqual({ vatCategoryCode: 'K', vatRateBp: 0 });
    expect(cn.legalMentions.slice(1)).toEqual(inv.legalMentions);
    expect(cn.vatDecision.regime).toBe('reverse_charge');
  });

  it("tenant isolation: another tenant cannot issue this store's order", async () => {
    const { r, order } = await run({
      name: 'iso',
      store: 'oss',
      country: 'DE',
      expect: { regime: 'oss', rates: [1900] },
    });
    expect(r.errors).toBeUndefined();
    const b = await createTenant(t.orm, 'vi-other');
    const other = t.client().useStore(b.storeId);
    await other.login(b.users.owner.email, PASSWORD);
    const err = await other.fails(ISSUE, { i: { orderId: order.id } });
    expect(err.extensions?.code).toBe('NOT_FOUND');
    const inv = await other.fails(`{ invoice(id: "${r.data!.issueInvoice.invoice.id}") { vatDecision { regime } } }`);
    expect(inv.extensions?.code).toBe('NOT_FOUND');
  });
});
