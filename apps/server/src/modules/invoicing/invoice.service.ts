import { LockMode } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { type ConnectionShape, paginate } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError } from '../../core/errors.js';
import { loader } from '../../core/loaders.js';
import { takeSeriesNumber } from './invoice-series.js';
import { Customer } from '../customers/customer.entity.js';
import { OrderStatus } from '../orders/order-enums.js';
import { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import { Store } from '../tenancy/store.entity.js';
import { INVOICE_LABELS, type InvoiceLanguage, invoiceLanguage } from './invoice-labels.js';
import { computeInvoiceAmounts } from './invoice-lines.js';
import { InvoiceSettingsService } from './invoice-settings.service.js';
import type { InvoiceSettings } from './invoice-settings.entity.js';
import type { BuyerSnapshot, SellerSnapshot } from './invoice-snapshots.js';
import { Invoice, InvoiceStatus, InvoiceType } from './invoice.entity.js';
import type { CreateCreditNoteInput, InvoiceListArgs } from './invoice.inputs.js';
import { planCreditNote } from './credit-note-lines.js';
import { containsPattern } from '../../core/text.js';
import { planInvoiceVat, prepareBuyerVatCheck } from './invoice-vat.js';
import { documentRefs, renderInvoicePdfInto } from './invoice-pdf.service.js';
import { fieldLabel } from '../../core/field-labels.js';
import { inTransaction } from '../../core/transaction.js';
import { queueInvoiceEmailOnIssue } from './invoice-mail.js';

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000));

export const formatInvoiceNumber = (prefix: string, year: number, sequence: number) =>
  `${prefix}-${year}-${String(sequence).padStart(5, '0')}`;

function seller(s: InvoiceSettings): SellerSnapshot {
  return {
    legalName: s.legalName,
    addressLine: s.addressLine,
    postalCode: s.postalCode,
    city: s.city,
    country: s.country,
    vatNumber: s.vatNumber,
    rcsNumber: s.rcsNumber,
    email: s.email,
    phone: s.phone,
    iban: s.iban,
    bic: s.bic,
    bankName: s.bankName,
    paymentTerms: s.paymentTerms,
    footer: s.footer,
    peppolId: s.peppolId,
  };
}

export class InvoiceService {
  private readonly settings = new InvoiceSettingsService();

  list(ctx: StoreCtx, args: InvoiceListArgs): Promise<ConnectionShape<Invoice>> {
    const where: FilterQuery<Invoice>[] = [];
    if (args.type) where.push({ type: args.type });
    if (args.status) where.push({ status: args.status });
    if (args.from) where.push({ issueDate: { $gte: args.from } });
    if (args.to) where.push({ issueDate: { $lte: args.to } });
    if (args.number) where.push({ number: { $ilike: containsPattern(args.number) } });
    if (args.customer)
      where.push({
        $or: [
          { buyer: { name: { $ilike: containsPattern(args.customer) } } },
          { buyer: { email: { $ilike: containsPattern(args.customer) } } },
        ],
      });
    return paginate(ctx.em, Invoice, where.length ? { $and: where } : {}, args, { field: 'id', direction: 'desc' });
  }

  async get(ctx: StoreCtx, id: string): Promise<Invoice> {
    const inv = await ctx.em.findOne(Invoice, { id });
    if (!inv) throw new NotFoundError('Invoice', id);
    return inv;
  }

  /**
   * Issues the order's invoice, or returns it when it exists (also under concurrency: the order
   * row is locked). The number is taken in the same transaction that stores the invoice and its
   * PDF, so a failure never leaves a gap nor an invoice without its PDF.
   */
  async issue(ctx: StoreCtx, orderId: string, opts: { asConsumer?: boolean } = {}): Promise<Invoice> {
    // EU VAT: a B2B buyer's VAT number is checked in VIES before the transaction (see invoice-vat.ts).
    const vatCheck = await prepareBuyerVatCheck(ctx, orderId);
    const { id, emailId } = await inTransaction(ctx, async (tx) => {
      const em = tx.em;
      const order = await em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order) throw new NotFoundError('Order', orderId);
      const existing = await em.findOne(Invoice, {
        order: orderId,
        type: InvoiceType.INVOICE,
        status: { $ne: InvoiceStatus.CANCELLED },
      });
      if (existing) return { id: existing.id, emailId: null };
      if (order.status === OrderStatus.CANCELLED) {
        throw new DomainError(
          'ORDER_CANCELLED',
          `Order #${order.orderNumber} is cancelled; there is nothing to invoice.`,
          'CONFLICT',
        );
      }
      const settings = await this.settings.get(tx);
      const missing = (['legalName', 'addressLine', 'postalCode', 'city', 'vatNumber'] as const).filter(
        (f) => !settings[f],
      );
      if (missing.length) {
        throw new DomainError(
          'INVOICE_SETTINGS_INCOMPLETE',
          `Complete the invoice settings first: ${missing.map(fieldLabel).join(', ')}.`,
          'BAD_USER_INPUT',
          { missing },
        );
      }
      const store = await em.findOneOrFail(Store, ctx.storeId);
      const customer = await em.findOneOrFail(Customer, order.customer.id);
      const lines = await em.find(OrderLine, { order: order.id }, { orderBy: { position: 'asc' } });
      const language = invoiceLanguage(customer.preferredLanguage, settings.defaultLanguage);
      const supplyDate = day(order.shippedAt ?? order.orderedAt);
      const vat = await planInvoiceVat(tx, {
        order,
        customer,
        sellerCountry: store.country,
        supplyDate,
        language,
        check: vatCheck,
        asConsumer: opts.asConsumer ?? false,
        lines,
      });
      const computed = computeInvoiceAmounts(
        lines.map((l) => ({
          description: l.name,
          sku: l.sku,
          quantity: l.quantity,
          unitGrossCents: l.unitPriceCents,
          rateBp: vat.rateBp(l),
        })),
        order.shippingCents,
        order.discountCents,
        INVOICE_LABELS[language],
      );
      if (computed.grossCents !== order.totalCents) {
        throw new Error(`invoice total ${computed.grossCents} differs from order total ${order.totalCents}`);
      }
      const amounts = vat.finish(computed);
      const b = order.billingAddress;
      const buyer: BuyerSnapshot = {
        name: `${b.firstName} ${b.lastName}`.trim(),
        company: b.company ?? null,
        addressLine: [b.street, b.streetNumber].filter(Boolean).join(' '),
        postalCode: b.postalCode,
        city: b.city,
        country: b.country,
        vatNumber: vat.buyerVatNumber,
        email: order.customerSnapshot.email,
        peppolId: customer.peppolId,
      };
      const issueDate = day(ctx.clock.now());
      const { merchantId, sequence } = await takeSeriesNumber(em, ctx.storeId, settings.invoicePrefix);
      const invoice = em.create(Invoice, {
        store: ctx.storeId,
        type: InvoiceType.INVOICE,
        number: formatInvoiceNumber(settings.invoicePrefix, Number(issueDate.slice(0, 4)), sequence),
        merchant: merchantId,
        series: settings.invoicePrefix,
        sequence,
        order: order.id,
        issueDate,
        supplyDate,
        dueDate: addDays(issueDate, settings.paymentDueDays),
        language,
        vatRegime: vat.decision.regime,
        seller: seller(settings),
        buyer,
        legalMentions: vat.mentions,
        lines: amounts.lines,
        vatBreakdown: amounts.vatBreakdown,
        netCents: amounts.netCents,
        vatCents: amounts.vatCents,
        grossCents: amounts.grossCents,
      });
      vat.record(em, invoice);
      await renderInvoicePdfInto(em, invoice, { orderNumber: order.orderNumber }, ctx.log, ctx.clock.now());
      await em.flush();
      ctx.log.info({ event: 'invoice_issued', invoiceId: invoice.id, number: invoice.number }, 'invoice issued');
      return { id: invoice.id, emailId: await queueInvoiceEmailOnIssue(tx, invoice) };
    });
    if (emailId) await ctx.jobs.sendEmail(emailId);
    return this.get(ctx, id);
  }

  async markPaid(ctx: StoreCtx, id: string): Promise<Invoice> {
    const inv = await this.get(ctx, id);
    if (inv.type !== InvoiceType.INVOICE || inv.status !== InvoiceStatus.ISSUED) {
      throw new DomainError(
        'INVOICE_NOT_PAYABLE',
        `Invoice ${inv.number} is ${inv.status}; only an issued invoice can be marked paid.`,
        'CONFLICT',
      );
    }
    inv.status = InvoiceStatus.PAID;
    inv.paidAt = ctx.clock.now();
    await ctx.em.flush();
    return inv;
  }

  /**
   * A credit note for the invoice: full (everything that remains) or partial (lines and
   * quantities, or amounts per VAT rate), never more than what remains un-credited. Numbered in
   * its own series; it names the invoice it corrects. The invoice is cancelled once nothing of it
   * remains.
   */
  async createCreditNote(ctx: StoreCtx, input: CreateCreditNoteInput): Promise<Invoice> {
    const { id, emailId } = await inTransaction(ctx, async (tx) => {
      const em = tx.em;
      const inv = await em.findOne(Invoice, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!inv) throw new NotFoundError('Invoice', input.id);
      if (inv.type !== InvoiceType.INVOICE)
        throw new DomainError('NOT_AN_INVOICE', `${inv.number} is a credit note.`, 'BAD_USER_INPUT');
      if (inv.status === InvoiceStatus.CANCELLED) {
        throw new DomainError(
          'INVOICE_ALREADY_CREDITED',
          `Invoice ${inv.number} is already fully credited.`,
          'CONFLICT',
        );
      }
      const prior = await em.find(Invoice, { creditedInvoice: inv.id, type: InvoiceType.CREDIT_NOTE });
      const labels = INVOICE_LABELS[inv.language as InvoiceLanguage];
      const plan = planCreditNote(
        inv,
        prior.map((p) => p.lines),
        input,
        { remaining: labels.remainingOf, credit: labels.creditFor },
      );
      const settings = await this.settings.get(tx);
      const issueDate = day(ctx.clock.now());
      const { merchantId, sequence } = await takeSeriesNumber(em, ctx.storeId, settings.creditNotePrefix);
      const note = em.create(Invoice, {
        store: ctx.storeId,
        type: InvoiceType.CREDIT_NOTE,
        number: formatInvoiceNumber(settings.creditNotePrefix, Number(issueDate.slice(0, 4)), sequence),
        merchant: merchantId,
        series: settings.creditNotePrefix,
        sequence,
        order: inv.order?.id ?? null,
        creditedInvoice: inv.id,
        issueDate,
        supplyDate: inv.supplyDate,
        dueDate: null,
        language: inv.language,
        vatRegime: inv.vatRegime,
        seller: seller(settings),
        buyer: inv.buyer,
        lines: plan.lines,
        vatBreakdown: plan.vatBreakdown,
        legalMentions: [`${labels.creditFor} ${inv.number} (${inv.issueDate})`, ...inv.legalMentions],
        netCents: plan.netCents,
        vatCents: plan.vatCents,
        grossCents: plan.grossCents,
      });
      if (plan.exhausts) inv.status = InvoiceStatus.CANCELLED;
      const refs = await documentRefs(em, inv);
      await renderInvoicePdfInto(em, note, { ...refs, credited: inv }, ctx.log, ctx.clock.now());
      await em.flush();
      ctx.log.info(
        { event: 'credit_note_issued', invoiceId: inv.id, creditNote: note.number, full: plan.exhausts },
        'credit note issued',
      );
      return { id: note.id, emailId: await queueInvoiceEmailOnIssue(tx, note) };
    });
    if (emailId) await ctx.jobs.sendEmail(emailId);
    return this.get(ctx, id);
  }
}

/** The invoice in force for the order (not a cancelled one), batched per request. */
export function invoiceOfOrder(ctx: StoreCtx, orderId: string): Promise<Invoice | null> {
  return loader<string, Invoice | null>(ctx, 'orderInvoice', async (ids) => {
    const found = await ctx.em.find(Invoice, {
      order: { $in: [...ids] },
      type: InvoiceType.INVOICE,
      status: { $ne: InvoiceStatus.CANCELLED },
    });
    return ids.map((id) => found.find((i) => i.order?.id === id) ?? null);
  }).load(orderId);
}
