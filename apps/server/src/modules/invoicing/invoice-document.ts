import type { InvoiceDocument, InvoiceLanguage, VatCategoryCode, VatRegime } from '@orion/invoice-pdf';
import { type Invoice, InvoiceType } from './invoice.entity.js';

/** What the invoice row does not hold itself: the order number and, on a credit note, the invoice it corrects. */
export interface InvoiceDocumentRefs {
  orderNumber?: string | number | null;
  credited?: Pick<Invoice, 'number' | 'issueDate'> | null;
}

/** The columns of an issued invoice that make its document: the snapshot frozen at issue. */
export type InvoiceSnapshotFields = Pick<
  Invoice,
  | 'type'
  | 'number'
  | 'issueDate'
  | 'supplyDate'
  | 'dueDate'
  | 'language'
  | 'seller'
  | 'buyer'
  | 'lines'
  | 'vatBreakdown'
  | 'netCents'
  | 'vatCents'
  | 'grossCents'
  | 'vatRegime'
  | 'legalMentions'
>;

const opt = (v: string | null | undefined): string | undefined => (v == null || v.trim() === '' ? undefined : v);

/**
 * The issued invoice's snapshot as the PDF renderer takes it. Nothing is computed or looked up
 * beyond `refs`: every figure and name comes from the snapshot frozen at issue.
 */
export function toInvoiceDocument(inv: InvoiceSnapshotFields, refs: InvoiceDocumentRefs = {}): InvoiceDocument {
  const s = inv.seller;
  const b = inv.buyer;
  const creditNote = inv.type === InvoiceType.CREDIT_NOTE;
  return {
    kind: creditNote ? 'credit_note' : 'invoice',
    number: inv.number,
    creditedInvoiceNumber: creditNote ? refs.credited?.number : undefined,
    creditedInvoiceDate: creditNote ? refs.credited?.issueDate : undefined,
    issueDate: inv.issueDate,
    supplyDate: inv.supplyDate,
    dueDate: opt(inv.dueDate),
    language: inv.language as InvoiceLanguage,
    currency: 'EUR',
    seller: {
      legalName: s.legalName,
      addressLine: s.addressLine,
      postalCode: s.postalCode,
      city: s.city,
      country: s.country,
      vatNumber: s.vatNumber ?? '',
      rcsNumber: opt(s.rcsNumber),
      email: opt(s.email),
      phone: opt(s.phone),
      iban: opt(s.iban),
      bic: opt(s.bic),
      bankName: opt(s.bankName),
    },
    buyer: {
      name: b.name,
      company: opt(b.company),
      addressLine: b.addressLine,
      postalCode: b.postalCode,
      city: b.city,
      country: b.country,
      vatNumber: opt(b.vatNumber),
      email: opt(b.email),
    },
    lines: inv.lines.map((l) => ({
      description: l.description,
      sku: opt(l.sku),
      quantity: l.quantity,
      unitPriceNetCents: l.unitPriceNetCents,
      vatCategoryCode: l.vatCategoryCode as VatCategoryCode,
      vatRateBp: l.vatRateBp,
      netCents: l.netCents,
      vatCents: l.vatCents,
      grossCents: l.grossCents,
    })),
    vatBreakdown: inv.vatBreakdown.map((r) => ({
      categoryCode: r.categoryCode as VatCategoryCode,
      rateBp: r.rateBp,
      taxableCents: r.taxableCents,
      vatCents: r.vatCents,
    })),
    netCents: inv.netCents,
    vatCents: inv.vatCents,
    grossCents: inv.grossCents,
    vatRegime: inv.vatRegime as VatRegime,
    legalMentions: inv.legalMentions,
    paymentTerms: creditNote ? undefined : opt(s.paymentTerms),
    footer: opt(s.footer),
    orderReference: refs.orderNumber == null ? undefined : `#${refs.orderNumber}`,
  };
}

/**
 * The file name of an invoice's PDF: its number, with anything but ASCII letters, digits, `.`,
 * `_` and `-` replaced (prefixes are free text; HTTP headers and ZIP readers want plain names).
 */
export const invoicePdfFileName = (number: string): string => `${number.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`;
