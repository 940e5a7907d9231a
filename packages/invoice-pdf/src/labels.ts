import type { InvoiceLanguage, VatCategoryCode } from './types.js';

type Translations = Readonly<Record<InvoiceLanguage, string>>;

/**
 * Every text the renderer prints itself, in the three document languages.
 * `{name}` placeholders are filled by {@link t}.
 */
export const LABELS = {
  invoiceTitle: { en: 'Invoice', fr: 'Facture', de: 'Rechnung' },
  creditNoteTitle: { en: 'Credit note', fr: 'Note de crédit', de: 'Gutschrift' },
  /** PDF metadata title. */
  invoiceDocTitle: { en: 'Invoice {number}', fr: 'Facture {number}', de: 'Rechnung {number}' },
  creditNoteDocTitle: {
    en: 'Credit note {number}',
    fr: 'Note de crédit {number}',
    de: 'Gutschrift {number}',
  },
  creditNoteFor: {
    en: 'Credit note for invoice {number}',
    fr: 'Note de crédit relative à la facture {number}',
    de: 'Gutschrift zur Rechnung {number}',
  },
  creditNoteForDated: {
    en: 'Credit note for invoice {number} of {date}',
    fr: 'Note de crédit relative à la facture {number} du {date}',
    de: 'Gutschrift zur Rechnung {number} vom {date}',
  },
  /** Between a label and its value; French puts a no-break space before the colon. */
  colon: { en: ': ', fr: '\u00a0: ', de: ': ' },
  issueDate: { en: 'Issue date', fr: "Date d'émission", de: 'Ausstellungsdatum' },
  supplyDate: { en: 'Date of supply', fr: 'Date de livraison', de: 'Lieferdatum' },
  dueDate: { en: 'Due date', fr: "Date d'échéance", de: 'Fälligkeitsdatum' },
  orderReference: { en: 'Order reference', fr: 'Référence de commande', de: 'Bestellnummer' },
  billTo: { en: 'Bill to', fr: 'Facturé à', de: 'Rechnungsempfänger' },
  creditTo: { en: 'Customer', fr: 'Client', de: 'Kunde' },
  vatNumber: { en: 'VAT no.', fr: 'N° TVA', de: 'MwSt.-IdNr.' },
  rcsLuxembourg: { en: 'RCS Luxembourg', fr: 'RCS Luxembourg', de: 'RCS Luxemburg' },
  tradeRegister: { en: 'Trade register', fr: 'Registre du commerce', de: 'Handelsregister' },
  email: { en: 'Email', fr: 'E-mail', de: 'E-Mail' },
  phone: { en: 'Phone', fr: 'Tél.', de: 'Tel.' },
  // Lines table
  colDescription: { en: 'Description', fr: 'Désignation', de: 'Beschreibung' },
  colQuantity: { en: 'Qty', fr: 'Qté', de: 'Menge' },
  colUnitPrice: {
    en: 'Unit price excl. VAT',
    fr: 'Prix unitaire HT',
    de: 'Einzelpreis netto',
  },
  colVatRate: { en: 'VAT rate', fr: 'Taux TVA', de: 'MwSt.-Satz' },
  colNet: { en: 'Net amount', fr: 'Montant HT', de: 'Nettobetrag' },
  colVat: { en: 'VAT', fr: 'TVA', de: 'MwSt.' },
  colGross: { en: 'Total incl. VAT', fr: 'Total TTC', de: 'Brutto' },
  sku: { en: 'SKU', fr: 'Réf.', de: 'Art.-Nr.' },
  // VAT breakdown
  vatBreakdown: { en: 'VAT breakdown', fr: 'Récapitulatif TVA', de: 'MwSt.-Aufstellung' },
  colCategory: { en: 'VAT category', fr: 'Catégorie TVA', de: 'MwSt.-Kategorie' },
  colRate: { en: 'Rate', fr: 'Taux', de: 'Satz' },
  colTaxable: { en: 'Taxable amount', fr: 'Base imposable', de: 'Bemessungsgrundlage' },
  colVatAmount: { en: 'VAT amount', fr: 'Montant TVA', de: 'MwSt.-Betrag' },
  // Totals
  totalNet: { en: 'Total excl. VAT', fr: 'Total HT', de: 'Summe netto' },
  totalVat: { en: 'Total VAT', fr: 'Total TVA', de: 'Summe MwSt.' },
  totalGross: { en: 'Total incl. VAT', fr: 'Total TTC', de: 'Gesamtbetrag inkl. MwSt.' },
  totalCredited: {
    en: 'Total credited incl. VAT',
    fr: 'Total TTC crédité',
    de: 'Gutschriftsbetrag inkl. MwSt.',
  },
  // Payment
  payment: { en: 'Payment', fr: 'Paiement', de: 'Zahlung' },
  bank: { en: 'Bank', fr: 'Banque', de: 'Bank' },
  iban: { en: 'IBAN', fr: 'IBAN', de: 'IBAN' },
  bic: { en: 'BIC', fr: 'BIC', de: 'BIC' },
  paymentReference: {
    en: 'Payment reference',
    fr: 'Référence de paiement',
    de: 'Verwendungszweck',
  },
  // Legal
  legalMentions: { en: 'Legal mentions', fr: 'Mentions légales', de: 'Rechtliche Hinweise' },
  sellerVatNumber: {
    en: 'Seller VAT no.',
    fr: 'N° TVA du vendeur',
    de: 'MwSt.-IdNr. des Verkäufers',
  },
  buyerVatNumber: {
    en: 'Customer VAT no.',
    fr: 'N° TVA du client',
    de: 'MwSt.-IdNr. des Kunden',
  },
  // Footer
  page: { en: 'Page {page} of {pages}', fr: 'Page {page} sur {pages}', de: 'Seite {page} von {pages}' },
  continued: {
    en: '{title} {number} (continued)',
    fr: '{title} {number} (suite)',
    de: '{title} {number} (Fortsetzung)',
  },
} as const satisfies Record<string, Translations>;

export type LabelKey = keyof typeof LABELS;

/** Category names for the VAT breakdown. 'S' covers every non-zero rate (standard or reduced). */
export const VAT_CATEGORY_LABELS: Readonly<Record<VatCategoryCode, Translations>> = {
  S: { en: 'Taxable', fr: 'Soumis à TVA', de: 'Steuerpflichtig' },
  Z: { en: 'Zero rated', fr: 'Taux zéro', de: 'Nullsatz' },
  K: {
    en: 'Intra-Community supply, exempt',
    fr: 'Livraison intracommunautaire exonérée',
    de: 'Innergemeinschaftliche Lieferung, steuerfrei',
  },
  AE: { en: 'Reverse charge', fr: 'Autoliquidation', de: 'Umkehrung der Steuerschuldnerschaft' },
  G: {
    en: 'Export outside the EU, exempt',
    fr: "Exportation hors de l'UE, exonérée",
    de: 'Ausfuhr aus der EU, steuerfrei',
  },
  E: { en: 'Exempt from VAT', fr: 'Exonéré de TVA', de: 'Steuerbefreit' },
};

export function t(
  language: InvoiceLanguage,
  key: LabelKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template: string = LABELS[key][language];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
