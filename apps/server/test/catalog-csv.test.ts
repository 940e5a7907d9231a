import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, createLocation, receive } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, ROLES, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const HEADER = 'sku,gtin,name,description,brand,price,cost,vat_category,digital,status,low_stock_threshold';
const CREATE =
  'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id sku name brand digital stock { quantity reserved available } } } }';

describe('catalogue: CSV edge cases, HTTP authorisation, concurrency', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  const as = {} as Record<(typeof ROLES)[number], GqlClient>;
  let staff: GqlClient;
  let ownerB: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'csv');
    b = await createTenant(t.orm, 'csvb');
    for (const role of ROLES) {
      as[role] = t.client().useStore(a.storeId);
      await as[role].login(a.users[role].email, PASSWORD);
    }
    staff = as.staff;
    ownerB = t.client().useStore(b.storeId);
    await ownerB.login(b.users.owner.email, PASSWORD);
    await t.orm.em
      .fork()
      .execute(
        `insert into store_subscription (store_id, tier, period_start, period_end) values (?, 'business', now(), now() + interval '1 month')`,
        [a.storeId],
      );
  });
  afterAll(() => t.close());

  const http = (c: GqlClient | null, path: string, init: RequestInit & { store?: string | null } = {}) =>
    fetch(`${t.url}${path}`, {
      ...init,
      headers: {
        ...(c?.cookie ? { cookie: c.cookie } : {}),
        ...(init.store === null ? {} : { 'x-store-id': init.store ?? a.storeId }),
        ...(init.headers ?? {}),
      },
    });
  const importCsv = async (c: GqlClient, csv: string, dryRun: boolean, headers: Record<string, string> = {}) => {
    const res = await http(c, `/api/products/import?dryRun=${dryRun}`, {
      method: 'POST',
      body: csv,
      headers: { 'content-type': 'text/csv', ...headers },
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const skus = async (prefix: string) =>
    (
      await t.orm.em
        .fork()
        .execute<{ sku: string }[]>('select sku from product where store_id = ? and sku like ? order by sku', [
          a.storeId,
          `${prefix}%`,
        ])
    ).map((r) => r.sku);

  it('reports lines as the file numbers them: CRLF, line breaks inside quotes, blank lines', async () => {
    const csv = [
      HEADER,
      'LN-1,,Two-line,"first line',
      'second line",,1.00,,standard,false,active,0',
      '',
      'LN-2,,Bad price,,,abc,,standard,false,active,0',
      '   ',
      'LN-3,,Bad GTIN,,,1,,standard,false,active,0'.replace(',,Bad', ',96385075,Bad'),
    ].join('\r\n');
    const { status, body } = await importCsv(staff, csv, true);
    expect(status).toBe(422);
    expect(body.rows).toBe(3);
    expect(body.errors).toEqual([
      { line: 5, sku: 'LN-2', reason: 'price: "abc" is not an amount from 0.00 to 1000000.00, like 12.90' },
      {
        line: 7,
        sku: 'LN-3',
        reason: 'gtin: has a wrong check digit: the last digit should be 4, not 5',
      },
    ]);
    const ok = await importCsv(staff, [HEADER, csv.split('\r\n').slice(1, 3).join('\r\n')].join('\r\n'), false);
    expect(ok.body).toMatchObject({ valid: true, written: true, toCreate: 1 });
    const p = (await staff.ok('{ products(search: "LN-1") { nodes { description } } }')).products.nodes[0];
    expect(p.description).toBe('first line\nsecond line');
  });

  it('reads semicolon-separated files with decimal commas (Excel in French or German)', async () => {
    const { body } = await importCsv(staff, 'SKU;Name;Price;Cost\nSEMI-1;Käse;12,90;6,5\n', false);
    expect(body).toMatchObject({ valid: true, written: true, toCreate: 1, ignoredColumns: [] });
    const p = (await staff.ok('{ products(search: "SEMI-1") { nodes { name priceCents costCents } } }')).products
      .nodes[0];
    expect(p).toEqual({ name: 'Käse', priceCents: 1290, costCents: 650 });
  });

  it('takes the intermediate VAT category (reduced2) and names the accepted categories on a bad one', async () => {
    const csv = [
      HEADER,
      'VAT2-1,,Crémant,,,14.50,,reduced2,false,active,0',
      'VAT2-2,,Bad,,,1,,intermediate,false,active,0',
    ];
    const bad = await importCsv(staff, csv.join('\n'), true);
    expect(bad.body.errors).toEqual([
      {
        line: 3,
        sku: 'VAT2-2',
        reason: 'vat_category: must be one of standard, reduced, reduced2, super_reduced, zero',
      },
    ]);
    const ok = await importCsv(staff, csv.slice(0, 2).join('\n'), false);
    expect(ok.body).toMatchObject({ valid: true, written: true, toCreate: 1 });
    const p = (await staff.ok('{ products(search: "VAT2-1") { nodes { vatCategory } } }')).products.nodes[0];
    expect(p.vatCategory).toBe('REDUCED2');
  });

  it('reports wrong field counts, over-long values and out-of-range numbers per row; lists ignored columns', async () => {
    const csv = [
      `${HEADER},colour`,
      'BAD-1,,Too many,,,1.00,,standard,false,active,0,red,extra',
      'BAD-2,,Too few,,,1.00',
      `BAD-3,,${'n'.repeat(256)},,,1.00,,standard,false,active,0,red`,
      'BAD-4,,Dear,,,1000000.01,,standard,false,active,0,red',
      'BAD-5,,Threshold,,,1.00,,standard,false,active,1e3,red',
      `BAD-6,,Brand,,${'b'.repeat(121)},1.00,,standard,false,active,0,red`,
      'GOOD-7,,Fine,,,1000000.00,,super-reduced,yes,archived,5,red',
      'BAD-8,,Negative,,,-5,,standard,false,active,0,red',
      'BAD-9,,Nul\u0000name,,,1.00,,standard,false,active,0,red',
    ].join('\n');
    const { status, body } = await importCsv(staff, csv, false);
    expect(status).toBe(422);
    expect(body.ignoredColumns).toEqual(['colour']);
    expect(body.errors.map((e: any) => [e.line, e.reason])).toEqual([
      [2, 'has 13 fields where the header has 12'],
      [3, 'has 6 fields where the header has 12'],
      [4, 'name: at most 255 characters (has 256)'],
      [5, 'price: must be an amount from 0.00 to 1000000.00'],
      [6, 'low_stock_threshold: must be a whole number from 0 to 1000000'],
      [7, 'brand: at most 120 characters (has 121)'],
      [9, 'price: "-5" is not an amount from 0.00 to 1000000.00, like 12.90'],
      [10, 'name: contains a character that cannot be stored (a NUL byte or a broken Unicode character)'],
    ]);
    expect(body.toCreate).toBe(1); // GOOD-7, though nothing was written
    expect(await skus('BAD-')).toEqual([]);
    expect(await skus('GOOD-')).toEqual([]);
  });

  it('refuses a header without the required columns, or with a column twice', async () => {
    const missing = await importCsv(staff, 'sku,title\nX,Y', true);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ reason: 'CSV_COLUMNS_MISSING', missing: ['name', 'price'] });
    const twice = await importCsv(staff, 'sku,name,price,name\nX,Y,1,Z', true);
    expect(twice.body.error).toMatchObject({ reason: 'CSV_COLUMNS_DUPLICATED', duplicated: ['name'] });
    const broken = await importCsv(staff, `${HEADER}\nQ-1,,"never closed,,1.00,,standard,false,active,0`, true);
    expect(broken.status).toBe(400);
    expect(broken.body.error.reason).toBe('CSV_UNREADABLE');
  });

  it('wants the file as a text/csv body of at most 20 MB, and the store in the x-store-id header', async () => {
    const json = await importCsv(staff, `${HEADER}\n`, true, { 'content-type': 'application/json' });
    expect(json.status).toBe(400);
    expect(json.body.error.reason).toBe('CSV_BODY_EXPECTED');
    const big = await importCsv(staff, `${HEADER}\n${'x'.repeat(21 * 1024 * 1024)}`, true);
    expect(big.status).toBe(400);
    expect(big.body.error.reason).toBe('CSV_TOO_LARGE');
    const viaQuery = await http(staff, `/api/products/import?dryRun=true&store=${a.storeId}`, {
      method: 'POST',
      body: `${HEADER}\n`,
      store: null,
      headers: { 'content-type': 'text/csv' },
    });
    expect(viaQuery.status).toBe(400);
    expect(((await viaQuery.json()) as any).error.reason).toBe('STORE_REQUIRED');
  });

  it('authorises the CSV routes like GraphQL: roles, sign-in, other stores', async () => {
    const csv = `${HEADER}\nAUTH-1,,Auth,,,1.00,,standard,false,active,0`;
    const seen: Record<string, [number, number]> = {};
    for (const role of ROLES) {
      const imp = await importCsv(as[role], csv, true);
      const exp = await http(as[role], '/api/products/export.csv');
      await exp.body?.cancel();
      seen[role] = [imp.status, exp.status];
    }
    expect(seen).toEqual({ owner: [200, 200], manager: [200, 200], staff: [200, 200], accountant: [403, 403] });
    const denied = await importCsv(as.accountant, csv, false);
    expect(denied.body.error).toMatchObject({ reason: 'PERMISSION_DENIED', missing: ['PRODUCTS_WRITE'] });
    expect((await http(null, '/api/products/export.csv')).status).toBe(401);
    expect((await importCsv(t.client(), csv, true)).status).toBe(401);
    // Store B's owner naming store A: refused, whatever the route.
    const crossExport = await http(ownerB, '/api/products/export.csv');
    expect(crossExport.status).toBe(403);
    expect(((await crossExport.json()) as any).error.reason).toBe('STORE_ACCESS_DENIED');
    expect((await importCsv(ownerB, csv, false)).body.error.reason).toBe('STORE_ACCESS_DENIED');
    expect(await skus('AUTH-')).toEqual([]);
  });

  it('pages products imported in one statement by creation time without gaps or duplicates', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 30; i++)
      lines.push(`CA-${String(i).padStart(2, '0')},,Created ${i},,,1.00,,standard,false,active,0`);
    expect((await importCsv(staff, lines.join('\n'), false)).body.written).toBe(true);
    for (const direction of ['asc', 'desc']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const page: any = await staff.ok(
          `query($a: String) { products(search: "CA-", first: 7, after: $a, sort: CREATED_AT, direction: "${direction}") { pageInfo { hasNextPage endCursor } nodes { sku } } }`,
          { a: after },
        );
        seen.push(...page.products.nodes.map((n: any) => n.sku));
        after = page.products.pageInfo.hasNextPage ? page.products.pageInfo.endCursor : null;
        if (!after) break;
      }
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
    }
    const bad = await staff.fails('{ products(direction: "DOWN") { totalCount } }');
    expect(bad.extensions?.fields).toEqual({ direction: 'must be asc or desc' });
  });

  it('streams the export in chunks; it holds only this store and re-imports unchanged', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 3000; i++)
      lines.push(
        `EXP-${i},,"Export ${i}, with ""quotes""",,Brand ${i % 7},${i % 90}.${String(i % 100).padStart(2, '0')},,zero,false,active,1`,
      );
    expect((await importCsv(staff, lines.join('\n'), false)).body.toCreate).toBe(3000);
    await ownerB.ok(CREATE, { i: { sku: 'EXP-B', name: 'Only in B', priceCents: 1 } });
    const res = await http(staff, '/api/products/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="products-store-csv-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = await res.text();
    expect(csv).not.toContain('Only in B');
    const [{ n }] = await t.orm.em
      .fork()
      .execute<{ n: number }[]>('select count(*)::int as n from product where store_id = ?', [a.storeId]);
    expect(
      csv
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith(' ')).length,
    ).toBeGreaterThanOrEqual(n + 1);
    const again = await importCsv(staff, csv, false);
    expect(again.body).toMatchObject({ valid: true, written: false, rows: n, toCreate: 0, toUpdate: 0, unchanged: n });
  });

  it('exports hostile names neutralised; the file re-imports with the names unchanged', async () => {
    const hostile = {
      'HOS-1': '=HYPERLINK("http://evil.example","x")',
      'HOS-2': '-Minus first',
      'HOS-3': '@SUM(1+1)',
      'HOS-4': "'=already quoted",
      'HOS-5': "'Plain quote",
    };
    for (const [sku, name] of Object.entries(hostile))
      await staff.ok(CREATE, { i: { sku, name, brand: '+Brand', priceCents: 1250 } });
    const csv = await (await http(staff, '/api/products/export.csv')).text();
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const bySku = Object.fromEntries(rows.filter((r) => r.sku!.startsWith('HOS-')).map((r) => [r.sku, r]));
    expect(Object.fromEntries(Object.entries(bySku).map(([sku, r]) => [sku, r.name]))).toEqual({
      'HOS-1': `'=HYPERLINK("http://evil.example","x")`,
      'HOS-2': "'-Minus first",
      'HOS-3': "'@SUM(1+1)",
      'HOS-4': "''=already quoted",
      'HOS-5': "'Plain quote",
    });
    expect(bySku['HOS-1']).toMatchObject({ brand: "'+Brand", price: '12.50', low_stock_threshold: '0' });

    const again = await importCsv(staff, csv, false);
    expect(again.body).toMatchObject({ valid: true, written: false, toCreate: 0, toUpdate: 0 });
    const names = await t.orm.em
      .fork()
      .execute<{ sku: string; name: string; brand: string }[]>(
        `select sku, name, brand from product where store_id = ? and sku like 'HOS-%' order by sku`,
        [a.storeId],
      );
    expect(Object.fromEntries(names.map((r) => [r.sku, r.name]))).toEqual(hostile);
    expect(new Set(names.map((r) => r.brand))).toEqual(new Set(['+Brand']));

    // A file saved from a spreadsheet that kept the neutralising quote imports the name without it.
    const edited = await importCsv(
      staff,
      `${HEADER}\nHOS-2,,'-Minus edited,,'+Brand,12.50,,standard,false,active,0`,
      false,
    );
    expect(edited.body).toMatchObject({ valid: true, written: true, toUpdate: 1 });
    const [edit] = await t.orm.em
      .fork()
      .execute<{ name: string }[]>(`select name from product where store_id = ? and sku = 'HOS-2'`, [a.storeId]);
    expect(edit!.name).toBe('-Minus edited');
  });

  it('says which check digit a GTIN should have; refuses blank names; filters brands literally', async () => {
    const g = await staff.fails(CREATE, { i: { sku: 'GT-1', gtin: '4006381333932', name: 'x', priceCents: 1 } });
    expect(g.extensions?.fields).toEqual({ gtin: 'has a wrong check digit: the last digit should be 1, not 2' });
    const blank = await staff.fails(CREATE, { i: { sku: 'BL-1', name: '   ', priceCents: 1 } });
    expect(blank.extensions?.fields).toEqual({ name: 'is required' });
    await staff.ok(CREATE, { i: { sku: 'BR-1', name: 'Percent', brand: 'Bio%', priceCents: 1 } });
    await staff.ok(CREATE, { i: { sku: 'BR-2', name: 'Letters', brand: 'Biolog', priceCents: 1 } });
    const r = await staff.ok('{ products(brand: "bio%") { nodes { sku } } }');
    expect(r.products.nodes).toEqual([{ sku: 'BR-1' }]);
  });

  it('gives one SKU to one of several concurrent creates; the others get SKU_TAKEN', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        staff.raw(CREATE, { i: { sku: 'RACE-1', name: `Racer ${i}`, priceCents: 1 } }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason)).toEqual(Array(5).fill('SKU_TAKEN'));
  });

  it('sums stock over locations for a page of products; digital products have no limit', async () => {
    const phys = (await staff.ok(CREATE, { i: { sku: 'STK-1', name: 'Stocked', priceCents: 100 } })).createProduct
      .product;
    const dig = (await staff.ok(CREATE, { i: { sku: 'STK-2', name: 'E-book', priceCents: 100, digital: true } }))
      .createProduct.product;
    expect(dig.stock).toEqual({ quantity: 0, reserved: 0, available: null });
    await receive(staff, phys.id, await createLocation(staff, 'STRASSEN', 'A-1'), 4);
    await receive(staff, phys.id, await createLocation(staff, 'ESCH', 'B-2'), 3);
    const r = await staff.ok(
      '{ products(search: "STK-", sort: SKU) { nodes { sku stock { quantity reserved available } } } }',
    );
    expect(r.products.nodes).toEqual([
      { sku: 'STK-1', stock: { quantity: 7, reserved: 0, available: 7 } },
      { sku: 'STK-2', stock: { quantity: 0, reserved: 0, available: null } },
    ]);
  });

  it('refuses to delete a product that is on an order (PRODUCT_HAS_ORDERS); archiving still works', async () => {
    const p = (await staff.ok(CREATE, { i: { sku: 'ORD-1', name: 'Voucher', priceCents: 2500, digital: true } }))
      .createProduct.product;
    await staff.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
      i: {
        newCustomer: { email: 'deleter@example.lu', firstName: 'D', lastName: 'L' },
        shippingAddress: ADDRESS,
        lines: [{ productId: p.id, quantity: 1 }],
      },
    });
    const err = await staff.fails('mutation($i: ProductIdInput!) { deleteProduct(input: $i) }', { i: { id: p.id } });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRODUCT_HAS_ORDERS' });
    expect(err.message).toContain('ORD-1');
    const archived = await staff.ok(
      'mutation($i: ProductIdInput!) { archiveProduct(input: $i) { product { status } } }',
      { i: { id: p.id } },
    );
    expect(archived.archiveProduct.product.status).toBe('ARCHIVED');
    // Store B cannot delete, archive or restore A's product.
    for (const op of ['deleteProduct', 'restoreProduct']) {
      const q =
        op === 'deleteProduct'
          ? 'mutation($i: ProductIdInput!) { deleteProduct(input: $i) }'
          : 'mutation($i: ProductIdInput!) { restoreProduct(input: $i) { product { id } } }';
      expect((await ownerB.fails(q, { i: { id: p.id } })).extensions?.code).toBe('NOT_FOUND');
    }
  });
});
