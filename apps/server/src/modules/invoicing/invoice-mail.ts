import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError } from '../../core/errors.js';
import { inTransaction } from '../../core/transaction.js';
import { InvoicePdf } from './invoice-pdf.entity.js';
import { loadInvoicePdf } from './invoice-pdf.service.js';
import { INVOICE_PDF_ATTACHMENT } from './invoice-pdf-attachment.js';
import { Invoice, InvoiceType } from './invoice.entity.js';
import { mailLanguage } from '../mail/email-layout.js';
import { formatDate, formatMoney, t } from '../mail/email-texts.js';
import { deliverable, queueEmail } from '../mail/outbox.js';
import { EmailKind, OutboundEmail } from '../mail/outbound-email.entity.js';
import { storeSender } from '../mail/mail-settings.js';

/**
 * Writes the e-mail of an invoice or credit note to its buyer into the outbox, in the caller's
 * transaction: the invoice's language, its stored PDF attached (read at send time, byte for byte).
 */
export async function queueInvoiceEmail(tx: StoreCtx, invoiceId: string): Promise<OutboundEmail> {
  const inv = await tx.em.findOne(Invoice, { id: invoiceId });
  if (!inv) throw new NotFoundError('Invoice', invoiceId);
  if (!deliverable(inv.buyer.email)) {
    throw new DomainError(
      'INVOICE_NO_RECIPIENT',
      `Invoice ${inv.number} has no customer e-mail address to send it to.`,
      'BAD_USER_INPUT',
      { fields: { email: 'the customer has no e-mail address' } },
    );
  }
  const lang = mailLanguage(inv.language);
  const sender = await storeSender(tx.em, tx.storeId);
  const note = inv.type === InvoiceType.CREDIT_NOTE;
  const credited = inv.creditedInvoice
    ? await tx.em.findOne(Invoice, inv.creditedInvoice.id, { fields: ['number'] })
    : null;
  const vars = {
    number: inv.number,
    store: sender.storeName,
    name: inv.buyer.company || inv.buyer.name,
    date: formatDate(lang, inv.issueDate),
    amount: formatMoney(lang, inv.grossCents, inv.currency),
    due: inv.dueDate ? formatDate(lang, inv.dueDate) : '',
    credited: credited?.number ?? '',
  };
  return queueEmail(tx.em, tx.config, {
    storeId: tx.storeId,
    kind: EmailKind.INVOICE,
    subjectId: inv.id,
    to: inv.buyer.email!,
    fromName: sender.name,
    replyTo: sender.replyTo ?? inv.seller.email ?? null,
    subject: t(lang, note ? 'creditNoteSubject' : 'invoiceSubject', vars),
    content: {
      language: lang,
      letterhead: sender.storeName,
      heading: t(lang, note ? 'creditNoteHeading' : 'invoiceHeading', vars),
      paragraphs: [
        t(lang, 'greeting', vars),
        t(lang, note ? 'creditNoteBody' : 'invoiceBody', vars),
        ...(!note && inv.dueDate ? [t(lang, 'invoiceDue', vars)] : []),
        ...(note ? [] : [t(lang, 'invoiceThanks')]),
      ],
      footer: t(lang, 'invoiceFooter', vars),
    },
    attachments: [
      { filename: `${inv.number}.pdf`, contentType: 'application/pdf', source: INVOICE_PDF_ATTACHMENT, id: inv.id },
    ],
    requestedBy: tx.user?.id ?? null,
  });
}

/** "Send" and "Send again": queues the invoice's e-mail and hands it to the mail job after the commit. */
export async function sendInvoice(ctx: StoreCtx, invoiceId: string): Promise<OutboundEmail> {
  // An invoice issued before PDFs were stored gets its PDF now, so the attachment exists.
  const hasPdf = await ctx.em.count(InvoicePdf, { invoice: invoiceId });
  if (!hasPdf) await loadInvoicePdf(ctx, invoiceId);
  const email = await inTransaction(ctx, (tx) => queueInvoiceEmail(tx, invoiceId));
  await ctx.jobs.sendEmail(email.id);
  return email;
}

/** Auto-sending on issue (store setting): queued in the issuing transaction; null when off or no address. */
export async function queueInvoiceEmailOnIssue(tx: StoreCtx, invoice: Invoice): Promise<string | null> {
  const { settings } = await storeSender(tx.em, tx.storeId);
  if (!settings.autoSendInvoices) return null;
  if (!deliverable(invoice.buyer.email)) {
    tx.log.info({ event: 'invoice_not_mailed', invoiceId: invoice.id }, 'auto-send: the buyer has no e-mail address');
    return null;
  }
  return (await queueInvoiceEmail(tx, invoice.id)).id;
}

/** Every message sent (or being sent) about one document of the store, newest first. */
export function emailHistory(ctx: StoreCtx, subjectId: string): Promise<OutboundEmail[]> {
  return ctx.em.find(OutboundEmail, { store: ctx.storeId, subjectId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}
