/**
 * The issued invoice or credit note as {@link invoiceToUbl} takes it: the immutable snapshot
 * frozen at issue (the same data the PDF prints), plus the electronic addresses stored with it.
 * Amounts are integer cents as stored: an Orion credit note holds negative amounts (what the
 * seller gives back); the UBL `CreditNote` states them positive, as the standard wants.
 */

export type IsoDate = string;
export type UblLanguage = 'en' | 'fr' | 'de';
/** EN 16931 VAT category code (UNCL 5305) as Orion classifies lines. */
export type UblVatCategory = 'S' | 'Z' | 'K' | 'AE' | 'G' | 'E' | 'O';

/** A Peppol electronic address: EAS scheme (e.g. `9938`, `0088`, `EM`) and identifier. */
export interface ElectronicAddress {
  scheme: string;
  id: string;
}

export interface UblParty {
  addressLine: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** With country prefix, e.g. `LU15027442`. */
  vatNumber?: string;
  email?: string;
  phone?: string;
  /** The electronic address stored at issue; without it one is derived from the VAT number. */
  electronicAddress?: ElectronicAddress;
}

export interface UblSeller extends UblParty {
  legalName: string;
  /** Trade register number (BT-30), e.g. `B123456`. */
  rcsNumber?: string;
  iban?: string;
  bic?: string;
}

export interface UblBuyer extends UblParty {
  /** The person's name; the legal name is `company` when there is one. */
  name: string;
  company?: string;
}

export interface UblLine {
  description: string;
  sku?: string;
  quantity: number;
  unitPriceNetCents: number;
  vatCategoryCode: UblVatCategory | string;
  vatRateBp: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface UblVatRow {
  categoryCode: UblVatCategory | string;
  rateBp: number;
  taxableCents: number;
  vatCents: number;
}

export interface UblSnapshot {
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: IsoDate;
  supplyDate: IsoDate;
  dueDate?: IsoDate;
  language: UblLanguage;
  currency: string;
  seller: UblSeller;
  buyer: UblBuyer;
  lines: UblLine[];
  vatBreakdown: UblVatRow[];
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** Credit notes: the invoice this one corrects (BillingReference). */
  creditedInvoiceNumber?: string;
  creditedInvoiceDate?: IsoDate;
  /** The order number (OrderReference; also the buyer reference when the buyer gave none). */
  orderReference?: string;
  /** The buyer's own reference (BT-10), when the buyer gave one. */
  buyerReference?: string;
  paymentTerms?: string;
  /** The invoice's VAT mention in its language: the exemption reason text of K, AE, G, E. */
  vatExemptionReason?: string;
}

/** A Peppol / EN 16931 rule the document would break, and what fixes it. */
export interface UblProblem {
  /** `error`: the document would break the rule and is not written; `warning`: valid, but not what Peppol routing wants. */
  severity: 'error' | 'warning';
  /** The rule's identifier, e.g. `PEPPOL-EN16931-R010`, `BR-CO-15`. */
  rule: string;
  /** What is missing or wrong, in English, for logs. */
  message: string;
  /** Which data to fix: a stable key the UI translates. */
  fix: UblFix;
}

export type UblFix =
  | 'SELLER_ELECTRONIC_ADDRESS'
  | 'BUYER_ELECTRONIC_ADDRESS'
  | 'BUYER_REFERENCE'
  | 'SELLER_DETAILS'
  | 'BUYER_DETAILS'
  | 'CREDITED_INVOICE'
  | 'DOCUMENT_DATA';
