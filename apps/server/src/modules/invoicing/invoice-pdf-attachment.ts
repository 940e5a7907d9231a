import { registerAttachmentSource } from '../mail/attachment-sources.js';
import { InvoicePdf } from './invoice-pdf.entity.js';

/** The outbox's name for an invoice's stored PDF; the reference's id is the invoice's. */
export const INVOICE_PDF_ATTACHMENT = 'invoice-pdf';

/** Lets the mail job attach an invoice's stored PDF, byte for byte. */
export function registerInvoicePdfAttachments(): void {
  registerAttachmentSource(INVOICE_PDF_ATTACHMENT, async (em, storeId, invoiceId) => {
    const pdf = await em.findOneOrFail(
      InvoicePdf,
      { invoice: invoiceId, store: storeId },
      { populate: ['bytes'], filters: { tenant: false } },
    );
    return pdf.bytes;
  });
}
