import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify';
import { keysetRows } from '../common/keyset.js';
import { formatEuros } from '../common/money.js';
import { Customer } from './customer.entity.js';

export const CUSTOMER_CSV_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'company',
  'phone',
  'total_orders',
  'total_spent',
  'avg_order_value',
  'first_order_date',
  'last_order_date',
  'preferred_language',
  'marketing_consent',
  'guest',
] as const;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

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
      c.company ?? '',
      c.phone ?? '',
      c.totalOrders,
      formatEuros(c.totalSpentCents),
      c.totalOrders > 0 ? formatEuros(Math.round(c.totalSpentCents / c.totalOrders)) : '0.00',
      day(c.firstOrderAt),
      day(c.lastOrderAt),
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
  await pipeline(
    Readable.from(customerRecords(em, where)),
    stringify({ header: true, columns: [...CUSTOMER_CSV_COLUMNS] }),
    out,
  );
}
