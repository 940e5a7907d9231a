import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify';
import { formatEuros } from '../common/money.js';

const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : '');

/** Streams the store's customers as CSV for a mailing tool or a spreadsheet (keyset batches). */
export async function exportCustomersCsv(em: EntityManager, storeId: string, out: Writable): Promise<void> {
  const csv = stringify({
    header: true,
    columns: [
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
    ],
  });
  csv.pipe(out);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await em.execute<Record<string, any>[]>(
      `select id, email, first_name, last_name, company, phone, total_orders, total_spent_cents::bigint as spent, first_order_at, last_order_at,
              preferred_language, marketing_consent, is_guest
         from customer where store_id = ? and id > ? order by id limit 1000`,
      [storeId, after],
    );
    for (const r of rows) {
      const spent = Number(r.spent);
      const ok = csv.write([
        r.email,
        r.first_name,
        r.last_name,
        r.company ?? '',
        r.phone ?? '',
        r.total_orders,
        formatEuros(spent),
        r.total_orders > 0 ? formatEuros(Math.round(spent / r.total_orders)) : '0.00',
        day(r.first_order_at),
        day(r.last_order_at),
        r.preferred_language,
        r.marketing_consent ? 'yes' : 'no',
        r.is_guest ? 'yes' : 'no',
      ]);
      if (!ok) await new Promise((res) => csv.once('drain', res));
    }
    if (rows.length < 1000) break;
    after = rows.at(-1)!.id;
  }
  csv.end();
  await new Promise<void>((res, rej) => {
    out.once('finish', res);
    out.once('error', rej);
  });
}
