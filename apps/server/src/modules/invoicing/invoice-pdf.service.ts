import crypto from 'node:crypto';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { renderInvoicePdf } from '@orion/invoice-pdf';
import type { StoreCtx } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { Order } from '../orders/order.entity.js';
import { type InvoiceDocumentRefs, toInvoiceDocument } from './invoice-document.js';
import { InvoicePdf } from './invoice-pdf.entity.js';
import { Invoice } from './invoice.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StoredPdf {
  number: string;
  bytes: Buffer;
  sha256: string;
}

/** The order number and credited invoice a PDF names, read in the caller's transaction. */
export async function documentRefs(em: EntityManager, inv: Invoice): Promise<InvoiceDocumentRefs> {
  const order = inv.order ? await em.findOne(Order, inv.order.id, { fields: ['orderNumber'] }) : null;
  const credited = inv.creditedInvoice
    ? await em.findOne(Invoice, inv.creditedInvoice.id, { fields: ['number', 'issueDate'] })
    : null;
  return { orderNumber: order?.orderNumber ?? null, credited };
}

/**
 * Renders the issued invoice's PDF and adds it to `em`'s unit of work: the caller's transaction
 * stores it together with the invoice, so an invoice never exists without its PDF (and a render
 * failure issues nothing).
 */
export async function renderInvoicePdfInto(
  em: EntityManager,
  inv: Invoice,
  refs: InvoiceDocumentRefs,
  log: Logger,
  now: Date,
): Promise<InvoicePdf> {
  const started = performance.now();
  const bytes = await renderInvoicePdf(toInvoiceDocument(inv, refs));
  const pdf = em.create(InvoicePdf, {
    store: inv.store,
    invoice: inv,
    bytes,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    byteSize: bytes.length,
    renderedAt: now,
  });
  log.info(
    {
      event: 'invoice_pdf_rendered',
      invoiceId: inv.id,
      number: inv.number,
      bytes: bytes.length,
      ms: Math.round(performance.now() - started),
    },
    'invoice PDF rendered',
  );
  return pdf;
}

/**
 * The stored PDF of one invoice of the store (404 for an unknown id or another store's). An
 * invoice issued before PDFs were stored gets its PDF rendered and stored on first request.
 */
export async function loadInvoicePdf(ctx: StoreCtx, id: string): Promise<StoredPdf> {
  if (!UUID.test(id)) throw new NotFoundError('Invoice', id);
  const em = ctx.em.fork();
  const inv = await em.findOne(Invoice, { id });
  if (!inv) throw new NotFoundError('Invoice', id);
  const pdf = await em.findOne(InvoicePdf, { invoice: id }, { populate: ['bytes'] });
  if (pdf) return { number: inv.number, bytes: pdf.bytes, sha256: pdf.sha256 };
  return backfillPdf(ctx, em, inv);
}

/** Renders and stores the PDF of an invoice that has none (issued before PDFs were stored). */
export async function backfillPdf(ctx: StoreCtx, em: EntityManager, inv: Invoice): Promise<StoredPdf> {
  try {
    const pdf = await em.fork().transactional(async (tx) => {
      const own = await tx.findOneOrFail(Invoice, inv.id);
      const stored = await renderInvoicePdfInto(tx, own, await documentRefs(tx, own), ctx.log, ctx.clock.now());
      ctx.log.warn({ event: 'invoice_pdf_backfilled', invoiceId: inv.id }, 'stored the PDF of an older invoice');
      return stored;
    });
    return { number: inv.number, bytes: pdf.bytes, sha256: pdf.sha256 };
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    // Stored meanwhile by a concurrent request: serve that one.
    const pdf = await em.fork().findOneOrFail(InvoicePdf, { invoice: inv.id }, { populate: ['bytes'] });
    return { number: inv.number, bytes: pdf.bytes, sha256: pdf.sha256 };
  }
}
