/** The few words the server writes into invoices, per invoice language. */
export const INVOICE_LABELS = {
  en: {
    shipping: 'Shipping',
    discount: 'Discount',
    creditFor: 'Credit note for invoice',
    remainingOf: 'Remaining balance of invoice',
  },
  fr: {
    shipping: 'Frais de livraison',
    discount: 'Remise',
    creditFor: 'Note de crédit pour la facture',
    remainingOf: 'Solde restant de la facture',
  },
  de: {
    shipping: 'Versand',
    discount: 'Rabatt',
    creditFor: 'Gutschrift zur Rechnung',
    remainingOf: 'Restbetrag der Rechnung',
  },
} as const;

export type InvoiceLanguage = keyof typeof INVOICE_LABELS;

export const invoiceLanguage = (preferred: string | null | undefined, fallback: string): InvoiceLanguage =>
  preferred === 'en' || preferred === 'fr' || preferred === 'de'
    ? preferred
    : fallback === 'en' || fallback === 'de'
      ? fallback
      : 'fr';
