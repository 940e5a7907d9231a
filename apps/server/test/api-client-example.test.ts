import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const run = promisify(execFile);
const SCRIPT = path.join(repoRoot, 'examples/api-client/src/yesterday-invoices.ts');

/** examples/api-client run as a user runs it (node on the TypeScript file) against a test server. */
describe('the example API client (examples/api-client)', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let staff: GqlClient;
  let issued: { id: string; number: string; issueDate: string }[];
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'client-a');
    b = await createTenant(t.orm, 'client-b');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    const owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    await owner.ok('mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { vatNumber } }', {
      i: { vatNumber: 'LU 2637 5245', iban: 'LU28 0019 4006 4475 0000', bic: 'BCEELULL', rcsNumber: 'B123456' },
    });
    const p = await seedProduct(t.orm, a.storeId, { priceCents: 6000 });
    await receive(staff, p.id, await createLocation(staff, 'W', '1'), 10);
    issued = [];
    for (let i = 0; i < 2; i++) {
      const o = (
        await staff.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
          i: {
            newCustomer: { email: `c${i}@example.lu`, firstName: 'Léa', lastName: `Muller ${i}` },
            shippingAddress: ADDRESS,
            lines: [{ productId: p.id, quantity: 1 }],
          },
        })
      ).createOrder.order;
      issued.push(
        (
          await staff.ok(
            'mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id number issueDate } } }',
            {
              i: { orderId: o.id },
            },
          )
        ).issueInvoice.invoice,
      );
    }
  });
  afterAll(() => t.close());

  const client = (env: Record<string, string>) =>
    run(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH, ORION_URL: t.url, ...env } });

  it('lists the day’s invoices with their PDF links and prints the cost figures (session)', async () => {
    const day = issued[0]!.issueDate;
    const { stdout } = await client({
      ORION_EMAIL: a.users.accountant.email,
      ORION_PASSWORD: PASSWORD,
      ORION_STORE: a.storeId,
      ORION_DAY: day,
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(`Invoices of ${day}`);
    // The cost of the query: 2 + 100 × (1 invoice + 1 buyer).
    expect(stdout).toMatch(/^cost DayInvoices: requested 202\b/m);
    for (const inv of issued) {
      const row = lines.find((l) => l.startsWith(`${inv.number}\t`));
      expect(row, inv.number).toBeDefined();
      const cells = row!.split('\t');
      expect(cells.slice(1, 3)).toEqual(['INVOICE', 'ISSUED']);
      expect(cells).toContain('gross 60.00 EUR');
      const pdfUrl = cells.at(-1)!;
      expect(pdfUrl).toBe(`${t.url}/api/invoices/${inv.id}.pdf`);
      // The link it prints is the document, for the same credentials.
      const accountant = t.client().useStore(a.storeId);
      await accountant.login(a.users.accountant.email, PASSWORD);
      const pdf = await fetch(pdfUrl, { headers: { cookie: accountant.cookie, 'x-store-id': a.storeId } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    }
    expect(lines.at(-1)).toBe('2 document(s)');
  });

  it('lists nothing of another store, and nothing for a day without invoices', async () => {
    const other = await client({
      ORION_EMAIL: b.users.owner.email,
      ORION_PASSWORD: PASSWORD,
      ORION_STORE: b.storeId,
      ORION_DAY: issued[0]!.issueDate,
    });
    expect(other.stdout.trim().split('\n').at(-1)).toBe('0 document(s)');
    const yesterday = await client({
      ORION_EMAIL: a.users.owner.email,
      ORION_PASSWORD: PASSWORD,
      ORION_STORE: a.storeId,
    });
    expect(yesterday.stdout).not.toContain(issued[0]!.number);
  });

  it('fails with the server’s reason when the store is not the caller’s', async () => {
    const err = await client({
      ORION_EMAIL: a.users.accountant.email,
      ORION_PASSWORD: PASSWORD,
      ORION_STORE: b.storeId,
      ORION_DAY: issued[0]!.issueDate,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(1);
    expect((err as { stderr: string }).stderr).toContain('STORE_ACCESS_DENIED');
  });
});
