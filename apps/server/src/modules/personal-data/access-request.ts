import type { Response } from 'express';
import { ZipArchive } from 'archiver';
import type { StoreCtx } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { csvColumns, csvText } from '../common/csv-writer.js';
import type { Address } from '../customers/address.js';
import { consentHistory } from '../customers/consent.js';
import { Customer } from '../customers/customer.entity.js';
import { invoicePdfFileName } from '../invoicing/invoice-document.js';
import { backfillPdf } from '../invoicing/invoice-pdf.service.js';
import { Invoice } from '../invoicing/invoice.entity.js';
import { logPersonalDataAccess } from './access-log.js';
import { PersonalDataAccessKind } from './personal-data-access.entity.js';

interface OrderRow {
  id: string;
  order_number: number;
  channel: string;
  status: string;
  ordered_at: Date;
  total_cents: number;
  shipping_address: Address;
  billing_address: Address;
  external_order_number: string | null;
}
interface InvoiceRow {
  id: string;
  number: string;
  type: string;
  issue_date: string;
  gross_cents: number;
  bytes: Buffer | null;
}

const ADDRESS_COLUMNS = csvColumns({
  kind: 'text',
  first_name: 'text',
  last_name: 'text',
  company: 'text',
  street: 'text',
  street_number: 'text',
  postal_code: 'text',
  city: 'text',
  country: 'text',
  phone: 'text',
});
const addressCells = (kind: string, a: Address | null) =>
  a
    ? [
        kind,
        a.firstName,
        a.lastName,
        a.company ?? null,
        a.street,
        a.streetNumber ?? null,
        a.postalCode,
        a.city,
        a.country,
        a.phone ?? null,
      ]
    : null;

/** What the ZIP holds for one customer (GDPR Art. 15 and 20): machine-readable JSON, readable CSV, the invoices' PDFs. */
export async function accessRequestContents(ctx: StoreCtx, customerId: string) {
  const c = await ctx.em.findOne(Customer, { id: customerId });
  if (!c) throw new NotFoundError('Customer', customerId);
  const history = await consentHistory(ctx, c.id);
  const orders = await ctx.em.execute<OrderRow[]>(
    `select id, order_number, channel::text as channel, status::text as status, ordered_at, total_cents,
            shipping_address, billing_address, external_order_number
       from customer_order where store_id = ? and customer_id = ? order by ordered_at, order_number`,
    [ctx.storeId, c.id],
  );
  const invoices = await ctx.em.execute<InvoiceRow[]>(
    `select i.id, i.number, i.type::text as type, i.issue_date::text as issue_date, i.gross_cents, p.bytes
       from invoice i join customer_order o on o.id = i.order_id left join invoice_pdf p on p.invoice_id = i.id
      where i.store_id = ? and o.customer_id = ? order by i.issue_date, i.number`,
    [ctx.storeId, c.id],
  );
  const profile = {
    email: c.email,
    firstName: c.firstName,
    lastName: c.lastName,
    company: c.company,
    phone: c.phone,
    vatNumber: c.vatNumber,
    business: c.isBusiness,
    guest: c.isGuest,
    language: c.preferredLanguage,
    tags: c.tags,
    createdAt: c.createdAt,
    erasedAt: c.erasedAt,
    statistics: {
      totalOrders: c.totalOrders,
      totalSpentCents: c.totalSpentCents,
      firstOrderAt: c.firstOrderAt,
      lastOrderAt: c.lastOrderAt,
    },
  };
  const consent = {
    status: c.consentStatus,
    source: c.consentSource,
    changedAt: c.consentChangedAt,
    history: history.map((e) => ({
      status: e.status,
      source: e.source,
      changedAt: e.changedAt,
      recordedBy: e.recordedBy,
    })),
  };
  const json = {
    exportedAt: ctx.clock.now(),
    profile,
    addresses: { billing: c.billingAddress, shipping: c.shippingAddress },
    consent,
    orders: orders.map((o) => ({
      number: o.order_number,
      channel: o.channel,
      status: o.status,
      orderedAt: o.ordered_at,
      totalCents: Number(o.total_cents),
      letzshopOrderNumber: o.external_order_number,
      shippingAddress: o.shipping_address,
      billingAddress: o.billing_address,
    })),
    invoices: invoices.map((i) => ({
      number: i.number,
      type: i.type,
      issueDate: i.issue_date,
      grossCents: Number(i.gross_cents),
      file: `invoices/${invoicePdfFileName(i.number)}`,
    })),
  };
  const files: { name: string; body: string }[] = [
    { name: 'customer.json', body: `${JSON.stringify(json, null, 2)}\n` },
    {
      name: 'profile.csv',
      body: csvText(
        csvColumns({ field: 'text', value: 'text' }),
        Object.entries({ ...profile, tags: c.tags.join(', '), statistics: undefined })
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v === null ? null : String(v)]),
      ),
    },
    {
      name: 'addresses.csv',
      body: csvText(
        ADDRESS_COLUMNS,
        [addressCells('billing', c.billingAddress), addressCells('shipping', c.shippingAddress)].filter(
          (x): x is NonNullable<typeof x> => x !== null,
        ),
      ),
    },
    {
      name: 'consent-history.csv',
      body: csvText(
        csvColumns({ status: 'text', source: 'text', changed_at: 'text', recorded_by: 'text' }),
        history.map((e) => [e.status, e.source, e.changedAt.toISOString(), e.recordedBy]),
      ),
    },
    {
      name: 'orders.csv',
      body: csvText(
        csvColumns({
          number: 'integer',
          date: 'date',
          channel: 'text',
          status: 'text',
          total: 'cents',
          letzshop_order: 'text',
        }),
        orders.map((o) => [
          o.order_number,
          o.ordered_at,
          o.channel,
          o.status,
          Number(o.total_cents),
          o.external_order_number,
        ]),
      ),
    },
  ];
  return { customer: c, files, invoices };
}

/** Streams the access-request ZIP and logs it. */
export async function writeAccessRequestZip(ctx: StoreCtx, customerId: string, res: Response): Promise<void> {
  const { customer, files, invoices } = await accessRequestContents(ctx, customerId);
  await logPersonalDataAccess(ctx, {
    kind: PersonalDataAccessKind.ACCESS_REQUEST,
    detail: `customer ${customer.id}`,
    rowCount: 1,
  });
  res.setHeader('Content-Type', 'application/zip');
  res.setHeader('Content-Disposition', `attachment; filename="personal-data-${customer.id}.zip"`);
  res.setHeader('Cache-Control', 'private, no-store');
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    archive.on('error', reject);
    res.on('finish', resolve);
    res.on('close', resolve);
  });
  archive.pipe(res);
  for (const f of files) archive.append(f.body, { name: f.name });
  for (const i of invoices) {
    const bytes =
      i.bytes ??
      (await backfillPdf(ctx, ctx.em.fork(), await ctx.em.fork().findOneOrFail(Invoice, { id: i.id }))).bytes;
    archive.append(bytes, { name: `invoices/${invoicePdfFileName(i.number)}`, store: true });
  }
  await archive.finalize();
  await done;
}
