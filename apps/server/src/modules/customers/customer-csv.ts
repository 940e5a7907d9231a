import type { Writable } from 'node:stream';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { csvColumns, GENERIC_CSV, writeCsv } from '../common/csv-writer.js';
import { keysetRows } from '../common/keyset.js';
import { Customer } from './customer.entity.js';

export const CUSTOMER_CSV_COLUMNS = csvColumns({
  email: 'text',
  first_name: 'text',
  last_name: 'text',
  company: 'text',
  phone: 'text',
  total_orders: 'integer',
  total_spent: 'cents',
  avg_order_value: 'cents',
  first_order_date: 'date',
  last_order_date: 'date',
  preferred_language: 'text',
  marketing_consent: 'text',
  guest: 'text',
});

async function* customerRecords(em: EntityManager, where: FilterQuery<Customer>) {
  // The tenant filter confines these to the request's store; no identity map, so memory stays flat.
  const customers = keysetRows(
    (after: string | null, limit) =>
      em.find(Customer, after ? { $and: [where, { id: { $gt: after } }] } : where, {
        orderBy: { id: 'asc' },
        limit,
        disableIdentityMap: true,
      }),
    (c) => c.id,
  );
  for await (const c of customers) {
    yield [
      c.email,
      c.firstName,
      c.lastName,
      c.company ?? null,
      c.phone ?? null,
      c.totalOrders,
      c.totalSpentCents,
      c.totalOrders > 0 ? Math.round(c.totalSpentCents / c.totalOrders) : 0,
      c.firstOrderAt ?? null,
      c.lastOrderAt ?? null,
      c.preferredLanguage,
      c.marketingConsent ? 'yes' : 'no',
      c.isGuest ? 'yes' : 'no',
    ];
  }
}

/**
 * Streams the customers matching `where` (the list's search and filters) as CSV for a mailing
 * tool or a spreadsheet: keyset batches of 1,000 piped with back-pressure, oldest first.
 */
export async function exportCustomersCsv(
  em: EntityManager,
  where: FilterQuery<Customer>,
  out: Writable,
): Promise<void> {
  await writeCsv(out, CUSTOMER_CSV_COLUMNS, customerRecords(em, where), GENERIC_CSV);
}
