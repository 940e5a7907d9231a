/**
 * Lists yesterday's invoices and credit notes (Luxembourg time) with their PDF links, and prints
 * the cost figures of each request. Configuration from the environment:
 *
 *   ORION_URL       the Orion server, e.g. https://orion.example.lu
 *   ORION_KEY       an API key (orion_sk_…, scope INVOICES_READ), or else a session:
 *   ORION_EMAIL, ORION_PASSWORD, ORION_STORE   a person's sign-in and the store's id
 *   ORION_DAY       another day than yesterday (YYYY-MM-DD)
 *
 *   node src/yesterday-invoices.ts            (Node 22.18 or later runs TypeScript as it is)
 */
import { type Auth, type Cost, OrionApiError, OrionClient } from './orion-client.ts';

interface InvoicePage {
  invoices: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      id: string;
      number: string;
      type: 'INVOICE' | 'CREDIT_NOTE';
      status: 'ISSUED' | 'PAID' | 'CANCELLED';
      issueDate: string;
      netCents: number;
      vatCents: number;
      grossCents: number;
      buyer: { name: string };
    }[];
  };
}

const INVOICES = `query DayInvoices($day: LocalDate!, $after: String) {
  invoices(first: 100, after: $after, from: $day, to: $day) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id number type status issueDate netCents vatCents grossCents buyer { name } }
  }
}`;

/** The calendar day before `now` in Luxembourg (where the invoices are dated), YYYY-MM-DD. */
export function yesterdayInLuxembourg(now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Luxembourg' }).format(now);
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const euros = (cents: number) => (cents / 100).toFixed(2);

function formatCost(c: Cost): string {
  if (c.requestedQueryCost !== undefined) {
    const t = c.throttleStatus;
    return `requested ${c.requestedQueryCost}, actual ${c.actualQueryCost ?? '?'}${t ? `, available ${t.currentlyAvailable}/${t.maximumAvailable} (+${t.restoreRate}/s)` : ''}`;
  }
  return `requested ${c.requested ?? '?'} of at most ${c.maximum ?? '?'}`;
}

function authFromEnv(env: NodeJS.ProcessEnv): Auth {
  if (env.ORION_KEY) return { kind: 'key', key: env.ORION_KEY };
  const { ORION_EMAIL: email, ORION_PASSWORD: password, ORION_STORE: storeId } = env;
  if (!email || !password || !storeId) {
    throw new Error('Set ORION_KEY, or ORION_EMAIL, ORION_PASSWORD and ORION_STORE');
  }
  return { kind: 'session', email, password, storeId };
}

async function main() {
  const baseUrl = process.env.ORION_URL;
  if (!baseUrl) throw new Error('Set ORION_URL, e.g. https://orion.example.lu');
  const day = process.env.ORION_DAY ?? yesterdayInLuxembourg();
  const client = new OrionClient({
    baseUrl,
    auth: authFromEnv(process.env),
    onCost: (op, c) => console.log(`cost ${op}: ${formatCost(c)}`),
    onThrottled: (s) => console.log(`throttled: waiting ${s} s (Retry-After)`),
  });

  let after: string | null = null;
  let count = 0;
  console.log(`Invoices of ${day}`);
  do {
    const page: InvoicePage = await client.request<InvoicePage, { day: string; after: string | null }>(
      'DayInvoices',
      INVOICES,
      { day, after },
    );
    for (const inv of page.invoices.nodes) {
      count += 1;
      console.log(
        [
          inv.number,
          inv.type,
          inv.status,
          inv.buyer.name,
          `net ${euros(inv.netCents)}`,
          `VAT ${euros(inv.vatCents)}`,
          `gross ${euros(inv.grossCents)} EUR`,
          client.invoicePdfUrl(inv.id),
        ].join('\t'),
      );
    }
    after = page.invoices.pageInfo.hasNextPage ? page.invoices.pageInfo.endCursor : null;
  } while (after);
  console.log(`${count} document(s)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof OrionApiError ? `Orion refused (HTTP ${err.status}): ${err.message}` : err);
  process.exitCode = 1;
});
