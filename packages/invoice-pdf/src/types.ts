/**
 * The invoice snapshot rendered by {@link renderInvoicePdf}.
 *
 * An issued invoice is immutable: this snapshot carries everything printed on the PDF
 * (seller, buyer, lines, VAT breakdown, totals, legal mentions) so later edits to the store,
 * customer or product never change it. The renderer does not compute any amount: it prints the
 * integer-cent figures it is given.
 */

/** Language of the document: every label, date and amount is formatted for it. */
export type InvoiceLanguage = 'en' | 'fr' | 'de';

/** EN 16931 VAT category code (UNCL5305 subset). */
export type VatCategoryCode = 'S' | 'Z' | 'K' | 'AE' | 'G' | 'E';

/** Which VAT rule applied to the invoice (see domain notes "Which VAT applies"). */
export type VatRegime = 'domestic' | 'oss' | 'origin' | 'reverse_charge' | 'exempt';

/** Calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface InvoiceSeller {
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. 'LU'. */
  country: string;
  /** With country prefix, e.g. 'LU12345613'. */
  vatNumber: string;
  /** Luxembourg trade register number, e.g. 'B123456'. */
  rcsNumber?: string;
  email?: string;
  phone?: string;
  iban?: string;
  bic?: string;
  bankName?: string;
}

export interface InvoiceBuyer {
  name: string;
  company?: string;
  addressLine: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  vatNumber?: string;
  email?: string;
}

export interface InvoiceLine {
  description: string;
  sku?: string;
  /** Integer quantity. */
  quantity: number;
  /** Unit price excluding VAT, integer cents. */
  unitPriceNetCents: number;
  vatCategoryCode: VatCategoryCode;
  /** VAT rate in basis points: 1700 = 17 %, 550 = 5.5 %. */
  vatRateBp: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** One row per (category, rate) group, as per EN 16931. */
export interface VatBreakdownRow {
  categoryCode: VatCategoryCode;
  rateBp: number;
  taxableCents: number;
  vatCents: number;
}

export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note';
  /** Sequential number within its series, e.g. 'INV-2026-00042'. */
  number: string;
  /** Credit notes: the invoice this credit note corrects. */
  creditedInvoiceNumber?: string;
  creditedInvoiceDate?: IsoDate;
  issueDate: IsoDate;
  supplyDate: IsoDate;
  dueDate?: IsoDate;
  language: InvoiceLanguage;
  currency: 'EUR';
  seller: InvoiceSeller;
  buyer: InvoiceBuyer;
  lines: InvoiceLine[];
  vatBreakdown: VatBreakdownRow[];
  /** Invoice totals, integer cents. */
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** Free text printed under the lines, e.g. how the goods were shipped. */
  shippingNote?: string;
  vatRegime: VatRegime;
  /** Mentions already in the invoice language (e.g. the reverse-charge text); printed prominently. */
  legalMentions: string[];
  /** Free text, e.g. 'Paid on 1 March 2026 via Letzshop' or 'Payable within 30 days'. */
  paymentTerms?: string;
  /** Free text printed at the bottom of every page. */
  footer?: string;
  /** The customer's or marketplace's order number. */
  orderReference?: string;
}
