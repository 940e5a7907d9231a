import { partyAddress } from './endpoints.js';
import { amount, percent, unitPrice } from './format.js';
import type { ElectronicAddress, UblLanguage, UblSnapshot } from './types.js';

export const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
export const UNIT_CODE = 'C62';

/** VATEX codes (CEF code list) of the exempt categories Orion issues; E has none of its own. */
export const VATEX: Readonly<Record<string, string>> = {
  K: 'VATEX-EU-IC',
  G: 'VATEX-EU-G',
  AE: 'VATEX-EU-AE',
  O: 'VATEX-EU-O',
};

const EXEMPTION_TEXT: Record<string, Record<UblLanguage, string>> = {
  K: {
    en: 'Intra-Community supply of goods, exempt (Art. 138 Directive 2006/112/EC)',
    fr: 'Livraison intracommunautaire de biens, exonérée (art. 138 de la directive 2006/112/CE)',
    de: 'Steuerfreie innergemeinschaftliche Lieferung (Art. 138 Richtlinie 2006/112/EG)',
  },
  G: {
    en: 'Export of goods outside the EU, exempt (Art. 146 Directive 2006/112/EC)',
    fr: 'Exportation de biens hors de l’UE, exonérée (art. 146 de la directive 2006/112/CE)',
    de: 'Steuerfreie Ausfuhrlieferung (Art. 146 Richtlinie 2006/112/EG)',
  },
  AE: {
    en: 'Reverse charge: the customer accounts for the VAT (Art. 196 Directive 2006/112/EC)',
    fr: 'Autoliquidation : la TVA est due par le preneur (art. 196 de la directive 2006/112/CE)',
    de: 'Steuerschuldnerschaft des Leistungsempfängers (Art. 196 Richtlinie 2006/112/EG)',
  },
};

const REFUND_TERMS: Record<UblLanguage, string> = {
  en: 'Amount credited to the buyer',
  fr: 'Montant crédité à l’acheteur',
  de: 'Dem Käufer gutgeschriebener Betrag',
};

export interface ModelParty {
  name: string;
  endpoint?: ElectronicAddress;
  street: string;
  city: string;
  postalCode: string;
  country: string;
  vatNumber?: string;
  legalId?: string;
  contactName?: string;
  email?: string;
  phone?: string;
}

export interface ModelLine {
  id: string;
  /** Signed: a line that takes money off (a discount) has a negative quantity and a positive price. */
  quantity: number;
  netCents: number;
  price: string;
  name: string;
  sku?: string;
  category: string;
  rateBp: number;
}

export interface ModelVatRow {
  category: string;
  rateBp: number;
  taxableCents: number;
  vatCents: number;
  exemptionCode?: string;
  exemptionText?: string;
}

/** The document as it will be written: every value final, amounts in the document's sign. */
export interface UblModel {
  root: 'Invoice' | 'CreditNote';
  customizationId: string;
  profileId: string;
  number: string;
  issueDate: string;
  dueDate?: string;
  typeCode: string;
  notes: string[];
  currency: string;
  buyerReference?: string;
  orderReference?: string;
  billingReference?: { number?: string; issueDate?: string };
  attachment?: { id: string; fileName: string; mimeCode: string; base64: string };
  seller: ModelParty;
  buyer: ModelParty;
  delivery: { date: string; country?: string };
  paymentMeans?: { code: string; paymentId: string; iban?: string; bic?: string; dueDate?: string };
  paymentTerms?: string;
  vatRows: ModelVatRow[];
  vatTotalCents: number;
  lineExtensionCents: number;
  taxExclusiveCents: number;
  taxInclusiveCents: number;
  payableCents: number;
  lines: ModelLine[];
}

const opt = (v: string | undefined | null): string | undefined => (v == null || v.trim() === '' ? undefined : v.trim());

/** The file name of the embedded PDF, as the PDF download names it. */
export const pdfFileName = (number: string) => `${number.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`;

/** The UBL model of a snapshot: a pure mapping, nothing computed beyond signs and formats. */
export function toModel(s: UblSnapshot, pdf?: Uint8Array): UblModel {
  const creditNote = s.kind === 'credit_note';
  const sign = creditNote ? -1 : 1;
  const lang: UblLanguage = s.language in REFUND_TERMS ? s.language : 'en';
  const buyerLegal = opt(s.buyer.company) ?? s.buyer.name;
  const hasCategory = (c: string) => s.lines.some((l) => l.vatCategoryCode === c);
  const grossCents = sign * s.grossCents;
  const paymentTerms =
    opt(s.paymentTerms) ?? (creditNote && !s.dueDate && grossCents > 0 ? REFUND_TERMS[lang] : undefined);
  const iban = opt(s.seller.iban)?.replace(/\s+/g, '');
  return {
    root: creditNote ? 'CreditNote' : 'Invoice',
    customizationId: CUSTOMIZATION_ID,
    profileId: PROFILE_ID,
    number: s.number,
    issueDate: s.issueDate,
    dueDate: opt(s.dueDate),
    typeCode: creditNote ? '381' : '380',
    notes: [],
    currency: s.currency,
    buyerReference: opt(s.buyerReference) ?? opt(s.orderReference),
    orderReference: opt(s.orderReference),
    billingReference: creditNote
      ? { number: opt(s.creditedInvoiceNumber), issueDate: opt(s.creditedInvoiceDate) }
      : undefined,
    attachment: pdf
      ? {
          id: s.number,
          fileName: pdfFileName(s.number),
          mimeCode: 'application/pdf',
          base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64'),
        }
      : undefined,
    seller: {
      name: s.seller.legalName,
      endpoint: partyAddress(s.seller, false),
      street: s.seller.addressLine,
      city: s.seller.city,
      postalCode: s.seller.postalCode,
      country: s.seller.country,
      vatNumber: opt(s.seller.vatNumber),
      legalId: opt(s.seller.rcsNumber),
      email: opt(s.seller.email),
      phone: opt(s.seller.phone),
    },
    buyer: {
      name: buyerLegal,
      endpoint: partyAddress(s.buyer, true),
      street: s.buyer.addressLine,
      city: s.buyer.city,
      postalCode: s.buyer.postalCode,
      country: s.buyer.country,
      vatNumber: opt(s.buyer.vatNumber),
      contactName: opt(s.buyer.company) ? opt(s.buyer.name) : undefined,
      email: opt(s.buyer.email),
    },
    delivery: { date: s.supplyDate, country: hasCategory('K') ? s.buyer.country : undefined },
    paymentMeans:
      !creditNote && iban
        ? { code: '58', paymentId: s.number, iban, bic: opt(s.seller.bic)?.replace(/\s+/g, '') }
        : undefined,
    paymentTerms,
    vatRows: s.vatBreakdown.map((r) => {
      const exempt = !['S', 'Z'].includes(r.categoryCode);
      return {
        category: r.categoryCode,
        rateBp: r.rateBp,
        taxableCents: sign * r.taxableCents,
        vatCents: sign * r.vatCents,
        exemptionCode: exempt ? VATEX[r.categoryCode] : undefined,
        exemptionText: exempt ? (opt(s.vatExemptionReason) ?? EXEMPTION_TEXT[r.categoryCode]?.[lang]) : undefined,
      };
    }),
    vatTotalCents: sign * s.vatCents,
    lineExtensionCents: sign * s.netCents,
    taxExclusiveCents: sign * s.netCents,
    taxInclusiveCents: grossCents,
    payableCents: grossCents,
    lines: s.lines.map((l, i) => {
      const net = sign * l.netCents;
      const qty = net < 0 ? -l.quantity : l.quantity;
      return {
        id: String(i + 1),
        quantity: qty,
        netCents: net,
        price: unitPrice(Math.abs(net), l.quantity, Math.abs(l.unitPriceNetCents)),
        name: l.description,
        sku: opt(l.sku),
        category: l.vatCategoryCode,
        rateBp: l.vatRateBp,
      };
    }),
  };
}

export { amount, percent };
