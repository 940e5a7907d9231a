import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { ADDRESS, createLocation, receive } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * EU VAT by kind of goods, through the API: products carry a kind of goods (form, CSV), OSS invoices
 * take the destination's rate for it (packages/vat goods-rate table) or the standard rate with the
 * reason, the store's overrides are applied and named, and the OSS report sums what was invoiced.
 */

const CREATE = `mutation($i: CreateProductInput!) { createProduct(input: $i) { product {
  id sku vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind } } }`;
const UPDATE = `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product {
  id vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind } } }`;
const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id vatRegime netCents vatCents
  lines { description vatRateBp vatCategoryCode } vatBreakdown { rateBp taxableCents vatCents }
  vatDecision { regime rateCountry reason } } } }`;
const REPORT = `query($y: Int!, $q: Int!) { ossReport(year: $y, quarter: $q) { totalTaxableCents totalVatCents
  rows { memberState rateBp taxableCents vatCents invoiceCount } } }`;
const SET_OVERRIDE = `mutation($i: SetProductVatOverrideInput!) { setProductVatOverride(input: $i) {
  id country rateCategory note setBy product { id } } }`;

const SUPPLY = '2026-03-02';

describe('EU VAT by kind of goods', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let owner: GqlClient;
  let staff: GqlClient;
  let accountant: GqlClient;
  let ownerB: GqlClient;
  let location: string;
  const clock = new ManualClock(new Date('2026-03-10T09:00:00Z'));
  let n = 0;

  const product = async (c: GqlClient, input: Record<string, unknown>) => {
    n += 1;
    return (await c.ok(CREATE, { i: { sku: `GK-${n}`, name: `Product ${n}`, priceCents: 2000, ...input } }))
      .createProduct.product;
  };
  const stocked = async (input: Record<string, unknown>) => {
    const p = await product(owner, input);
    await receive(owner, p.id, location, 1000);
    return p;
  };
  const invoice = async (country: string, productId: string, postalCode?: string) => {
    const o = (
      await owner.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id totalCents } } }', {
        i: {
          newCustomer: { email: `buyer${Math.random()}@x.test`, firstName: 'Zoë', lastName: 'Martin' },
          shippingAddress: { ...ADDRESS, country, ...(postalCode ? { postalCode } : {}) },
          lines: [{ productId, quantity: 1 }],
        },
      })
    ).createOrder.order;
    await t.orm.em
      .fork()
      .execute('update customer_order set shipped_at = ? where id = ?', [new Date(`${SUPPLY}T10:00:00Z`), o.id]);
    return { order: o, invoice: (await owner.ok(ISSUE, { i: { orderId: o.id } })).issueInvoice.invoice };
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    a = await createTenant(t.orm, 'goods');
    b = await createTenant(t.orm, 'goods-b');
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
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now() - interval '1 year', now() + interval '1 year')`,
        [a.storeId],
      );
    await owner.ok('mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245" }) { vatNumber } }');
    location = await createLocation(owner, 'W', '1');
  });
  afterAll(() => t.close());

  describe('products', () => {
    it('take the Luxembourg category from their kind of goods unless given; an update keeps the category', async () => {
      const pralines = await product(staff, { goodsKind: 'CONFECTIONERY' });
      expect(pralines).toMatchObject({
        vatCategory: 'SUPER_REDUCED',
        goodsKind: 'CONFECTIONERY',
        goodsKindSuggestion: null,
        vatCategoryOverridesKind: false,
      });
      // Sparkling wine: LU's 14 % is for still wines only; the product says standard.
      const cremant = await product(staff, { goodsKind: 'WINE', vatCategory: 'STANDARD' });
      expect(cremant).toMatchObject({ vatCategory: 'STANDARD', goodsKind: 'WINE', vatCategoryOverridesKind: true });
      const plain = await product(staff, { name: 'Tablette chocolat noir 72 %', vatCategory: 'SUPER_REDUCED' });
      expect(plain).toMatchObject({ goodsKind: null, goodsKindSuggestion: 'CHOCOLATE', vatCategory: 'SUPER_REDUCED' });
      // Confirming a kind never changes the domestic rate by itself.
      const confirmed = (await staff.ok(UPDATE, { i: { id: plain.id, goodsKind: 'FOODSTUFFS' } })).updateProduct
        .product;
      expect(confirmed).toMatchObject({
        goodsKind: 'FOODSTUFFS',
        vatCategory: 'SUPER_REDUCED',
        goodsKindSuggestion: null,
      });
      const toys = await product(staff, { name: 'Puzzle', vatCategory: 'SUPER_REDUCED' });
      const kept = (await staff.ok(UPDATE, { i: { id: toys.id, goodsKind: 'TOYS' } })).updateProduct.product;
      expect(kept).toMatchObject({ vatCategory: 'SUPER_REDUCED', vatCategoryOverridesKind: true });
      const bad = await staff.fails(CREATE, { i: { sku: 'GK-BAD', name: 'x', priceCents: 1, goodsKind: 'SWEETS' } });
      expect(bad.message).toMatch(/Goods kind/);
    });

    it('filter by kind of goods and by a missing one', async () => {
      const LIST = `query($k: GoodsKind, $m: Boolean) { products(first: 100, goodsKind: $k, goodsKindMissing: $m) {
        totalCount nodes { sku goodsKind } } }`;
      await product(staff, { name: 'Savon artisanal' });
      const missing = (await staff.ok(LIST, { m: true })).products;
      expect(missing.totalCount).toBeGreaterThan(0);
      expect(missing.nodes.every((p: any) => p.goodsKind === null)).toBe(true);
      const wine = (await staff.ok(LIST, { k: 'WINE' })).products;
      expect(wine.nodes.map((p: any) => p.goodsKind)).toEqual(wine.nodes.map(() => 'WINE'));
      expect(wine.totalCount).toBeGreaterThan(0);
      const withKind = (await staff.ok(LIST, { m: false })).products;
      expect(withKind.nodes.every((p: any) => p.goodsKind !== null)).toBe(true);
    });
  });

  describe('OSS invoices', () => {
    const cases: [string, string, number, RegExp][] = [
      [
        'FR',
        'CONFECTIONERY',
        2000,
        /Pralinés assortis: 'confectionery' in FR depends on the goods .*standard rate 20 %/,
      ],
      ['FR', 'CHOCOLATE', 550, /'chocolate' in FR: 5\.5 %/],
      ['FR', 'FOODSTUFFS', 550, /'foodstuffs' in FR: 5\.5 %/],
      ['FR', 'PRINTED_BOOKS', 550, /'printed_books' in FR: 5\.5 %/],
      ['DE', 'PRINTED_BOOKS', 700, /'printed_books' in DE: 7 %/],
      ['BE', 'PRINTED_BOOKS', 600, /'printed_books' in BE: 6 %/],
      ['NL', 'PRINTED_BOOKS', 900, /'printed_books' in NL: 9 %/],
      ['IE', 'PRINTED_BOOKS', 0, /'printed_books' in IE: 0 %/],
      ['DE', 'WINE', 1900, /'wine' in DE: 19 %/],
      ['DE', 'FRUIT_JUICES', 1900, /'fruit_juices' in DE: 19 %/],
      ['IE', 'CHILDRENS_CLOTHING', 0, /'childrens_clothing' in IE: 0 %/],
      ['DE', 'CHILDRENS_CLOTHING', 1900, /'childrens_clothing' in DE: 19 %/],
      ['HU', 'PRINTED_BOOKS', 2700, /no reduced rate known for 'printed_books' in HU: standard rate 27 %/],
      ['FR', 'PHARMACEUTICALS', 2000, /'pharmaceuticals' in FR depends on the goods/],
    ];

    beforeAll(async () => {
      await owner.ok(
        'mutation { updateVatSettings(input: { ossRegistered: true, ossRegisteredSince: "2026-01-01" }) { ossRegistered } }',
      );
    });

    it.each(cases)('to %s, %s: %i bp, the reason names the kind of goods', async (country, kind, bp, reason) => {
      const p = await stocked({
        name: kind === 'CONFECTIONERY' ? 'Pralinés assortis' : `Goods ${kind}`,
        goodsKind: kind,
      });
      const { invoice: inv } = await invoice(country, p.id);
      expect(inv.vatRegime).toBe('oss');
      expect(inv.vatDecision.rateCountry).toBe(country);
      expect(inv.lines[0].vatRateBp).toBe(bp);
      expect(inv.lines[0].vatCategoryCode).toBe(bp === 0 ? 'Z' : 'S');
      expect(inv.vatDecision.reason).toMatch(reason);
    });

    it('a product without a kind of goods takes the standard rate and says so; at home its LU category applies as before', async () => {
      const legacy = await stocked({ name: 'Pralinés maison', vatCategory: 'SUPER_REDUCED' });
      const fr = (await invoice('FR', legacy.id)).invoice;
      expect(fr.lines[0].vatRateBp).toBe(2000);
      expect(fr.vatDecision.reason).toMatch(/no kind of goods set, so no reduced rate in FR: standard rate 20 %/);
      const lu = (await invoice('LU', legacy.id)).invoice;
      expect(lu.vatRegime).toBe('domestic');
      expect(lu.lines[0].vatRateBp).toBe(300);
    });

    it("applies the store's override, names it in the reason and logs every change; issued invoices stay as they were", async () => {
      const book = await stocked({ name: 'Könyv', goodsKind: 'PRINTED_BOOKS' });
      const before = (await invoice('HU', book.id)).invoice;
      expect(before.lines[0].vatRateBp).toBe(2700);
      const set = (
        await owner.ok(SET_OVERRIDE, {
          i: {
            productId: book.id,
            country: 'hu',
            rateCategory: 'reduced',
            note: 'printed book with ISBN: 5 % (accountant, 2026-03)',
          },
        })
      ).setProductVatOverride;
      expect(set).toMatchObject({ country: 'HU', rateCategory: 'reduced', setBy: a.users.owner.email });
      const after = (await invoice('HU', book.id)).invoice;
      expect(after.lines[0].vatRateBp).toBe(500);
      expect(after.vatDecision.reason).toContain(
        `override for HU (set by ${a.users.owner.email} on 2026-03-10): reduced rate 5 % — “printed book with ISBN`,
      );
      // Another member state is not affected.
      expect((await invoice('FR', book.id)).invoice.lines[0].vatRateBp).toBe(550);
      // The invoice issued before keeps its rate.
      const again = (await owner.ok(`{ invoice(id: "${before.id}") { lines { vatRateBp } } }`)).invoice;
      expect(again.lines[0].vatRateBp).toBe(2700);

      expect(await owner.ok(`mutation { removeProductVatOverride(productId: "${book.id}", country: "HU") }`)).toEqual({
        removeProductVatOverride: true,
      });
      expect((await invoice('HU', book.id)).invoice.lines[0].vatRateBp).toBe(2700);
      const log = (
        await staff.ok(
          `{ productVatOverrideChanges(productId: "${book.id}") { action country rateCategory changedBy } }`,
        )
      ).productVatOverrideChanges;
      expect(log).toEqual([
        { action: 'removed', country: 'HU', rateCategory: null, changedBy: a.users.owner.email },
        { action: 'set', country: 'HU', rateCategory: 'reduced', changedBy: a.users.owner.email },
      ]);
    });

    it('refuses a bad override with the field and the allowed values, and saves nothing', async () => {
      const p = await product(owner, { goodsKind: 'TOYS' });
      const fields = async (i: Record<string, unknown>) => {
        const e = await owner.fails(SET_OVERRIDE, {
          i: { productId: p.id, country: 'FR', rateCategory: 'reduced', note: 'ok, accountant', ...i },
        });
        expect(e.extensions?.reason).toBe('VALIDATION_FAILED');
        return e.extensions?.fields as Record<string, string>;
      };
      expect((await fields({ country: 'LU' })).country).toMatch(/other than the store's own \(LU\)/);
      expect((await fields({ country: 'CH' })).country).toMatch(/EU member state/);
      expect((await fields({ country: 'DK' })).rateCategory).toMatch(
        /DK has no reduced rate on 2026-03-10; choose one of standard, zero/,
      );
      expect((await fields({ rateCategory: 'cheap' })).rateCategory).toMatch(
        /must be one of standard, reduced, reduced2, super_reduced/,
      );
      // Trimmed first: a blank note is a missing one.
      expect((await fields({ note: ' ' })).note).toMatch(/is required/);
      expect((await owner.ok(`{ productVatOverrides(productId: "${p.id}") { id } }`)).productVatOverrides).toEqual([]);
      const notAnId = await owner.fails('mutation { removeProductVatOverride(productId: "nope", country: "FR") }');
      expect(notAnId.extensions?.fields).toEqual({ productId: 'is not a valid id' });
      // Staff may read but not decide; another store's product is not found.
      expect(
        (
          await staff.fails(SET_OVERRIDE, {
            i: { productId: p.id, country: 'FR', rateCategory: 'reduced', note: 'mine' },
          })
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await ownerB.fails(SET_OVERRIDE, {
            i: { productId: p.id, country: 'FR', rateCategory: 'reduced', note: 'mine' },
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('the OSS report sums the quarter’s invoices per member state and rate, as invoiced', async () => {
      const r = (await accountant.ok(REPORT, { y: 2026, q: 1 })).ossReport;
      const row = (ms: string, bp: number) => r.rows.find((x: any) => x.memberState === ms && x.rateBp === bp);
      // FR: confectionery, pharmaceuticals, the product without a kind (20 %); chocolate, food, book, the book's FR sale (5.5 %).
      expect(row('FR', 2000)?.invoiceCount).toBe(3);
      expect(row('FR', 550)?.invoiceCount).toBe(4);
      expect(row('FR', 210)).toBeUndefined();
      expect(row('DE', 1900)?.invoiceCount).toBe(3);
      expect(row('DE', 700)?.invoiceCount).toBe(1);
      expect(row('IE', 0)?.invoiceCount).toBe(2);
      expect(row('HU', 2700)?.invoiceCount).toBe(3);
      expect(row('HU', 500)?.invoiceCount).toBe(1);
      expect(row('BE', 600)?.invoiceCount).toBe(1);
      expect(row('NL', 900)?.invoiceCount).toBe(1);
      // A 20.00 € gross line at 20 %: 16.67 taxable, 3.33 VAT.
      expect(row('FR', 2000)).toMatchObject({ taxableCents: 3 * 1667, vatCents: 3 * 333 });
      const csv = await (
        await fetch(`${t.url}/api/vat/oss-report.csv?year=2026&quarter=1`, {
          headers: { cookie: accountant.cookie, 'x-store-id': a.storeId },
        })
      ).text();
      expect(csv).toMatch(/^2026,1,FR,20,50\.01,9\.99,/m);
      expect(csv).toMatch(/^2026,1,FR,5\.5,/m);
      expect(csv).not.toMatch(/^2026,1,FR,2\.1,/m);
    });
  });

  describe('before it matters', () => {
    it('lists the products without a kind of goods, with their suggestion and the EU sales they would affect', async () => {
      const r = (
        await staff.ok(`{ goodsKindReadiness { productsWithoutKind affectedOrders affectedGrossCents
          products { product { sku name } suggestion crossBorderOrders crossBorderGrossCents } } }`)
      ).goodsKindReadiness;
      expect(r.productsWithoutKind).toBe(r.products.length);
      const legacy = r.products.find((p: any) => p.product.name === 'Pralinés maison');
      // One order to FR counts; the domestic one does not.
      expect(legacy).toMatchObject({ suggestion: 'CONFECTIONERY', crossBorderOrders: 1, crossBorderGrossCents: 2000 });
      expect(r.products[0].product.name).toBe('Pralinés maison'); // most sold abroad first
      expect(r.affectedOrders).toBe(1);
      expect(r.affectedGrossCents).toBe(2000);
      // Store B sees only its own (none).
      expect(
        (await ownerB.ok('{ goodsKindReadiness { productsWithoutKind } }')).goodsKindReadiness.productsWithoutKind,
      ).toBe(0);
    });

    it("shows a member state's rates by kind of goods on a date, and refuses a bad country or date", async () => {
      const fr = (
        await accountant.ok('{ goodsRates(country: "fr", asOf: "2026-09-15") { kind rateBp basis reason note } }')
      ).goodsRates;
      const of = (k: string) => fr.find((r: any) => r.kind === k);
      expect(of('FOODSTUFFS')).toMatchObject({ rateBp: 550, basis: 'table' });
      expect(of('CONFECTIONERY')).toMatchObject({
        rateBp: 2000,
        basis: 'check',
        note: expect.stringMatching(/bonbons/),
      });
      expect(of('TOYS')).toMatchObject({ rateBp: 2000, basis: 'table' });
      const e = await accountant.fails('{ goodsRates(country: "CH", asOf: "2026-02-30") { kind } }');
      expect(e.extensions?.fields).toEqual({
        country: 'must be an EU member state (ISO code)',
        asOf: 'must be a date YYYY-MM-DD',
      });
    });

    it('lists every kind of goods with its Luxembourg category', async () => {
      const kinds = (await staff.ok('{ goodsKinds { kind scope luxembourgCategory } }')).goodsKinds;
      expect(kinds).toHaveLength(21);
      expect(kinds.find((k: any) => k.kind === 'CONFECTIONERY')).toMatchObject({ luxembourgCategory: 'SUPER_REDUCED' });
      expect(kinds.find((k: any) => k.kind === 'FLOWERS_PLANTS')).toMatchObject({ luxembourgCategory: 'REDUCED' });
    });
  });

  describe('CSV', () => {
    const HEADER = 'sku,name,price,vat_category,goods_kind';
    const importCsv = async (csv: string, dryRun: boolean) => {
      const res = await fetch(`${t.url}/api/products/import?dryRun=${dryRun}`, {
        method: 'POST',
        body: csv,
        headers: { cookie: staff.cookie, 'x-store-id': a.storeId, 'content-type': 'text/csv' },
      });
      return (await res.json()) as any;
    };
    const kindOf = async (sku: string) =>
      (
        await t.orm.em
          .fork()
          .execute<{ goods_kind: string | null; vat_category: string }[]>(
            'select goods_kind, vat_category from product where store_id = ? and sku = ?',
            [a.storeId, sku],
          )
      )[0];

    it('imports kinds of goods; an empty category follows the kind; unknown kinds are refused by line with the allowed list', async () => {
      const bad = await importCsv(
        [
          HEADER,
          'CSV-GK-1,Pralinés,12.90,,confectionery',
          'CSV-GK-2,Sweets,2.50,,sweets',
          'CSV-GK-3,Juice,3,,Fruit juices',
        ].join('\n'),
        false,
      );
      expect(bad).toMatchObject({ valid: false, written: false });
      expect(bad.errors).toEqual([
        {
          line: 3,
          sku: 'CSV-GK-2',
          reason: expect.stringMatching(
            /^goods_kind: "sweets" is not a kind of goods; use one of foodstuffs, chocolate, confectionery, .*, other$/,
          ),
        },
      ]);
      expect(await kindOf('CSV-GK-1')).toBeUndefined();
      const good = await importCsv(
        [
          HEADER,
          'CSV-GK-1,Pralinés,12.90,,confectionery',
          'CSV-GK-3,Juice,3,,Fruit juices',
          'CSV-GK-4,Crémant,15,standard,wine',
          'CSV-GK-5,Mystery,5,,',
        ].join('\n'),
        false,
      );
      expect(good).toMatchObject({ valid: true, written: true, toCreate: 4 });
      expect(await kindOf('CSV-GK-1')).toEqual({ goods_kind: 'confectionery', vat_category: 'super_reduced' });
      expect(await kindOf('CSV-GK-3')).toEqual({ goods_kind: 'fruit_juices', vat_category: 'super_reduced' });
      expect(await kindOf('CSV-GK-4')).toEqual({ goods_kind: 'wine', vat_category: 'standard' });
      expect(await kindOf('CSV-GK-5')).toEqual({ goods_kind: null, vat_category: 'standard' });
    });

    it('exports the column; a file without it leaves the kinds as they are', async () => {
      const res = await fetch(`${t.url}/api/products/export.csv`, {
        headers: { cookie: staff.cookie, 'x-store-id': a.storeId },
      });
      const csv = await res.text();
      expect(csv.split('\n')[0]).toContain(',vat_category,goods_kind,');
      expect(csv).toMatch(/^CSV-GK-1,,Pralinés,,,12\.90,0\.00,super_reduced,confectionery,/m);
      expect((await importCsv(csv, true)).toUpdate).toBe(0);
      const old = await importCsv(
        ['sku,name,price,vat_category', 'CSV-GK-1,Pralinés,13.50,super_reduced'].join('\n'),
        false,
      );
      expect(old).toMatchObject({ valid: true, toUpdate: 1 });
      expect(await kindOf('CSV-GK-1')).toEqual({ goods_kind: 'confectionery', vat_category: 'super_reduced' });
    });
  });
});
