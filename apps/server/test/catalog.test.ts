import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const CREATE =
  'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id sku gtin name priceCents status stock { quantity available } } } }';
const LIST =
  'query($s: String, $a: String, $f: Int!, $st: ProductStatus) { products(search: $s, after: $a, first: $f, status: $st, sort: SKU) { totalCount pageInfo { hasNextPage endCursor } nodes { id sku } } }';

describe('catalogue', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let staff: GqlClient;
  let ownerB: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'cat');
    b = await createTenant(t.orm, 'catb');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    // Business: no product limit in the way of the large import.
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')`,
        [a.storeId],
      );
  });
  afterAll(() => t.close());

  const http = (c: GqlClient, path: string, init: RequestInit = {}) =>
    fetch(`${t.url}${path}`, {
      ...init,
      headers: { cookie: c.cookie, 'x-store-id': c.storeId ?? '', ...(init.headers ?? {}) },
    });

  it('creates, edits, archives and restores; SKU unique per store only', async () => {
    const r = await staff.ok(CREATE, { i: { sku: 'TEA-1', gtin: '4006381333931', name: 'Thé', priceCents: 890 } });
    const p = r.createProduct.product;
    expect(p).toMatchObject({
      sku: 'TEA-1',
      gtin: '4006381333931',
      status: 'ACTIVE',
      stock: { quantity: 0, available: 0 },
    });
    const dup = await staff.fails(CREATE, { i: { sku: 'TEA-1', name: 'Other', priceCents: 1 } });
    expect(dup.extensions).toMatchObject({
      reason: 'SKU_TAKEN',
      fields: { sku: 'is already used by another product' },
    });
    await ownerB.ok(CREATE, { i: { sku: 'TEA-1', name: 'Same SKU, other store', priceCents: 1 } });
    const upd = await staff.ok(
      'mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { name priceCents } } }',
      {
        i: { id: p.id, name: 'Thé vert', priceCents: 990 },
      },
    );
    expect(upd.updateProduct.product).toEqual({ name: 'Thé vert', priceCents: 990 });
    await staff.ok('mutation($i: ProductIdInput!) { archiveProduct(input: $i) { product { status } } }', {
      i: { id: p.id },
    });
    expect((await staff.ok(LIST, { s: 'TEA-1', f: 10 })).products.totalCount).toBe(0);
    expect((await staff.ok(LIST, { s: 'TEA-1', f: 10, st: 'ARCHIVED' })).products.totalCount).toBe(1);
    await staff.ok('mutation($i: ProductIdInput!) { restoreProduct(input: $i) { product { status } } }', {
      i: { id: p.id },
    });
    expect((await staff.ok(LIST, { s: 'TEA-1', f: 10 })).products.totalCount).toBe(1);
  });

  it.each([
    ['96385074', true],
    ['036000291452', true],
    ['4006381333931', true],
    ['10012345678902', true],
    ['4006381333932', false],
    ['036000291453', false],
    ['12345', false],
    ['40063813339A1', false],
  ])('GTIN %s valid: %s', async (gtin, valid) => {
    const r = await staff.raw(CREATE, { i: { sku: `G-${gtin}`, gtin, name: 'x', priceCents: 1 } });
    if (valid) expect(r.errors).toBeUndefined();
    else expect(r.errors?.[0]?.extensions?.fields).toHaveProperty('gtin');
  });

  it('searches by name, SKU and GTIN, and pages without gaps or duplicates', async () => {
    for (let i = 0; i < 23; i++)
      await staff.ok(CREATE, {
        i: { sku: `PAGE-${String(i).padStart(2, '0')}`, name: `Pager ${i}`, priceCents: 100 + i },
      });
    expect((await staff.ok(LIST, { s: 'pager 1', f: 50 })).products.totalCount).toBe(11);
    expect((await staff.ok(LIST, { s: '40063813', f: 50 })).products.nodes.map((n: any) => n.sku)).toEqual([
      'G-4006381333931',
      'TEA-1',
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await staff.ok(LIST, { s: 'PAGE-', f: 5, a: after });
      seen.push(...page.products.nodes.map((n: any) => n.sku));
      after = page.products.pageInfo.hasNextPage ? page.products.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `PAGE-${String(i).padStart(2, '0')}`));
  });

  it('refuses to delete a product with history; deletes a fresh one', async () => {
    const p = (await staff.ok(CREATE, { i: { sku: 'TYPO', name: 'Typo', priceCents: 1 } })).createProduct.product;
    expect(
      (await staff.ok('mutation($i: ProductIdInput!) { deleteProduct(input: $i) }', { i: { id: p.id } })).deleteProduct,
    ).toBe(true);
    const q = (await staff.ok(CREATE, { i: { sku: 'KEEP', name: 'Keep', priceCents: 1 } })).createProduct.product;
    const loc = (await staff.ok('mutation { createLocation(input: { warehouse: "W", bin: "1" }) { id } }'))
      .createLocation.id;
    await staff.ok('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }', {
      i: { productId: q.id, locationId: loc, reason: 'RECEIVED', quantity: 3 },
    });
    const err = await staff.fails('mutation($i: ProductIdInput!) { deleteProduct(input: $i) }', { i: { id: q.id } });
    expect(err.extensions?.reason).toBe('PRODUCT_HAS_HISTORY');
    expect((await staff.ok(`{ product(id: "${q.id}") { stock { quantity available } } }`)).product.stock).toEqual({
      quantity: 3,
      available: 3,
    });
  });

  describe('CSV import and export', () => {
    const HEADER = 'sku,gtin,name,description,brand,price,cost,vat_category,digital,status,low_stock_threshold';
    const importCsv = async (c: GqlClient, csv: string, dryRun: boolean) => {
      const res = await http(c, `/api/products/import?dryRun=${dryRun}`, {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv' },
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const count = async () =>
      (await t.orm.em.fork().execute('select count(*)::int as n from product where store_id = ?', [a.storeId]))[0].n;

    it('reports every bad row with its line and writes nothing', async () => {
      const before = await count();
      const csv = [
        HEADER,
        'CSV-1,,Good row,,,12.90,6,standard,false,active,2',
        ',,No SKU,,,1.00,,standard,false,active,0',
        'CSV-3,4006381333932,Bad GTIN,,,1.00,,standard,false,active,0',
        'CSV-4,,Bad price,,,12.999,,standard,false,active,0',
        'CSV-1,,Duplicate,,,1.00,,standard,false,active,0',
        'CSV-6,,Bad category,,,1.00,,luxury,maybe,active,-1',
        'CSV-7,,Too dear,,,99999999.99,,standard,false,active,0',
      ].join('\n');
      const { status, body } = await importCsv(staff, csv, false);
      expect(status).toBe(422);
      expect(body).toMatchObject({ valid: false, written: false, rows: 7 });
      expect(body.errors.map((e: any) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
      expect(body.errors[5].reason).toContain('price: must be an amount from 0.00 to 1000000.00');
      expect(body.errors[1].reason).toContain('check digit');
      expect(body.errors[3].reason).toContain('also on line 2');
      expect(body.errors[4].reason).toMatch(/vat_category.*digital.*low_stock_threshold/);
      expect(await count()).toBe(before);
    });

    it('dry run reports and writes nothing; re-import updates by SKU, never duplicates', async () => {
      const csv = [
        HEADER,
        'CSV-A,,"Crémant ""Brut""",Bulles,Bernard-Massard,"13,90",7.80,reduced,false,active,12',
        'CSV-B,96385074,Carte cadeau,,,50,0,zero,true,active,0',
      ].join('\n');
      const before = await count();
      const dry = await importCsv(staff, csv, true);
      expect(dry.body).toMatchObject({
        dryRun: true,
        valid: true,
        written: false,
        toCreate: 2,
        toUpdate: 0,
        unchanged: 0,
      });
      expect(await count()).toBe(before);
      const real = await importCsv(staff, csv, false);
      expect(real.body).toMatchObject({ valid: true, written: true, toCreate: 2 });
      expect(await count()).toBe(before + 2);
      const again = await importCsv(staff, csv, false);
      expect(again.body).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 2 });
      const changed = await importCsv(staff, csv.replace('13,90', '14.50'), false);
      expect(changed.body).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 1 });
      expect(await count()).toBe(before + 2);
      const p = (await staff.ok(LIST, { s: 'CSV-A', f: 5 })).products.nodes[0];
      expect((await staff.ok(`{ product(id: "${p.id}") { name priceCents costCents vatCategory } }`)).product).toEqual({
        name: 'Crémant "Brut"',
        priceCents: 1450,
        costCents: 780,
        vatCategory: 'REDUCED',
      });
    });

    it('exports as a streamed CSV that re-imports unchanged, and only this store', async () => {
      const res = await http(staff, '/api/products/export.csv');
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="products-store-cat-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const csv = await res.text();
      // Files without the newer goods_kind column still import (the test's HEADER); exports carry it.
      expect(csv.split('\r\n')[0]).toBe(HEADER.replace('vat_category,', 'vat_category,goods_kind,'));
      expect(csv).not.toContain('Same SKU, other store');
      const round = await importCsv(staff, csv, true);
      expect(round.body).toMatchObject({ valid: true, toCreate: 0, toUpdate: 0 });
      expect(round.body.unchanged).toBe(await count());
    });

    it('imports a 20,000-row file', async () => {
      const lines = [HEADER];
      for (let i = 0; i < 20_000; i++)
        lines.push(`BIG-${i},,Big item ${i},,,${(i % 500) + 1}.99,1,standard,false,active,0`);
      const started = Date.now();
      const { body } = await importCsv(staff, lines.join('\n'), false);
      expect(body).toMatchObject({ valid: true, written: true, toCreate: 20_000 });
      expect((await staff.ok(LIST, { s: 'BIG-', f: 1 })).products.totalCount).toBe(20_000);
      console.log(`20,000-row import: ${Date.now() - started} ms`);
    });

    it('refuses rows past the plan limit and names them; accountants may not import or export products', async () => {
      const c = await createTenant(t.orm, 'catlim');
      const ownerC = t.client().useStore(c.storeId);
      await ownerC.login(c.users.owner.email, PASSWORD);
      const lines = [HEADER];
      for (let i = 0; i < 203; i++) lines.push(`LIM-${i},,Item ${i},,,1.00,,standard,false,active,0`);
      const { status, body } = await importCsv(ownerC, lines.join('\n'), false);
      expect(status).toBe(422);
      expect(body.errors.map((e: any) => e.line)).toEqual([202, 203, 204]);
      expect(body.errors[0].reason).toContain('TIER_LIMIT_REACHED');
      const acc = t.client().useStore(a.storeId);
      await acc.login(a.users.accountant.email, PASSWORD);
      expect((await http(acc, '/api/products/export.csv')).status).toBe(403);
      expect((await importCsv(acc, lines.join('\n'), true)).status).toBe(403);
      expect((await http(t.client().useStore(a.storeId), '/api/products/export.csv')).status).toBe(401);
    });
  });

  it('creating past the Essential limit is refused with TIER_LIMIT_REACHED', async () => {
    const d = await createTenant(t.orm, 'catess');
    const ownerD = t.client().useStore(d.storeId);
    await ownerD.login(d.users.owner.email, PASSWORD);
    await t.orm.em
      .fork()
      .execute(
        `insert into product (id, store_id, sku, name, price_cents) select gen_random_uuid(), ?, 'E-' || g, 'E ' || g, 1 from generate_series(1, 200) g`,
        [d.storeId],
      );
    const err = await ownerD.fails(CREATE, { i: { sku: 'ONE-TOO-MANY', name: 'x', priceCents: 1 } });
    expect(err.extensions).toMatchObject({ reason: 'TIER_LIMIT_REACHED', resource: 'products', limit: 200 });
  });

  it("isolates tenants: B's products are not found or changed from A", async () => {
    const pb = (await ownerB.ok(CREATE, { i: { sku: 'B-ONLY', name: 'B only', priceCents: 5 } })).createProduct.product;
    expect((await staff.fails(`{ product(id: "${pb.id}") { id } }`)).extensions?.code).toBe('NOT_FOUND');
    expect(
      (
        await staff.fails('mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { id } } }', {
          i: { id: pb.id, name: 'hacked' },
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await staff.fails('mutation($i: ProductIdInput!) { archiveProduct(input: $i) { product { id } } }', {
          i: { id: pb.id },
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await staff.ok(LIST, { s: 'B-ONLY', f: 5 })).products.totalCount).toBe(0);
    expect((await ownerB.ok(`{ product(id: "${pb.id}") { name } }`)).product.name).toBe('B only');
  });
});
