import type { InvoiceDocument, InvoiceLanguage, InvoiceLine, VatBreakdownRow, VatCategoryCode } from '../src/index.js';

export const UNICODE_SAMPLE = 'Société Générale Straße Œuvre €';

export const SELLER: InvoiceDocument['seller'] = {
  legalName: 'Épicerie Fine Müller & Fils S.à r.l.',
  addressLine: '12, rue de la Gare',
  postalCode: 'L-1616',
  city: 'Luxembourg',
  country: 'LU',
  vatNumber: 'LU15027442',
  rcsNumber: 'B123456',
  email: 'factures@epicerie-muller.lu',
  phone: '+352 27 12 34 56',
  iban: 'LU280019400644750000',
  bic: 'BCEELULL',
  bankName: 'Spuerkeess',
};

const LU_CONSUMER: InvoiceDocument['buyer'] = {
  name: 'Anne-Françoise Weißmüller',
  addressLine: '5, Op der Héi',
  postalCode: 'L-9809',
  city: 'Hosingen',
  country: 'LU',
  email: 'anne.weissmuller@example.lu',
};

const FR_BUSINESS: InvoiceDocument['buyer'] = {
  name: 'Jérôme Lefèvre',
  company: 'Brasserie Cœur de Lorraine SARL',
  addressLine: '8, place Stanislas',
  postalCode: '54000',
  city: 'Nancy',
  country: 'FR',
  vatNumber: 'FR40303265045',
};

const FI_CONSUMER: InvoiceDocument['buyer'] = {
  name: 'Sökö Ääkkönen',
  addressLine: 'Mannerheimintie 12 B 7',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
};

export interface LineSpec {
  description: string;
  sku?: string;
  quantity: number;
  unitPriceNetCents: number;
  category: VatCategoryCode;
  rateBp: number;
}

/** Line amounts, VAT breakdown per (category, rate) group and totals, as EN 16931 computes them. */
export function computeAmounts(
  specs: LineSpec[],
): Pick<InvoiceDocument, 'lines' | 'vatBreakdown' | 'netCents' | 'vatCents' | 'grossCents'> {
  const lines: InvoiceLine[] = specs.map((s) => {
    const netCents = s.quantity * s.unitPriceNetCents;
    const vatCents = Math.round((netCents * s.rateBp) / 10_000);
    return {
      description: s.description,
      sku: s.sku,
      quantity: s.quantity,
      unitPriceNetCents: s.unitPriceNetCents,
      vatCategoryCode: s.category,
      vatRateBp: s.rateBp,
      netCents,
      vatCents,
      grossCents: netCents + vatCents,
    };
  });
  const groups = new Map<string, VatBreakdownRow>();
  for (const line of lines) {
    const key = `${line.vatCategoryCode}/${line.vatRateBp}`;
    const row = groups.get(key) ?? {
      categoryCode: line.vatCategoryCode,
      rateBp: line.vatRateBp,
      taxableCents: 0,
      vatCents: 0,
    };
    row.taxableCents += line.netCents;
    groups.set(key, row);
  }
  const vatBreakdown = [...groups.values()]
    .map((row) => ({ ...row, vatCents: Math.round((row.taxableCents * row.rateBp) / 10_000) }))
    .sort((a, b) => b.rateBp - a.rateBp);
  const netCents = vatBreakdown.reduce((sum, r) => sum + r.taxableCents, 0);
  const vatCents = vatBreakdown.reduce((sum, r) => sum + r.vatCents, 0);
  return { lines, vatBreakdown, netCents, vatCents, grossCents: netCents + vatCents };
}

const REVERSE_CHARGE_MENTION: Record<InvoiceLanguage, string> = {
  en: 'Intra-Community supply — exempt (Art. 138 Directive 2006/112/EC)',
  fr: 'Livraison intracommunautaire — exonérée (art. 138 de la directive 2006/112/CE)',
  de: 'Innergemeinschaftliche Lieferung — steuerfrei (Art. 138 Richtlinie 2006/112/EG)',
};

const OSS_MENTION: Record<InvoiceLanguage, string> = {
  en: 'VAT charged at the rate of the Member State of destination (OSS, Art. 369b Directive 2006/112/EC)',
  fr: "TVA appliquée au taux de l'État membre de destination (OSS, art. 369 ter de la directive 2006/112/CE)",
  de: 'MwSt. zum Satz des Bestimmungsmitgliedstaats berechnet (OSS, Art. 369b Richtlinie 2006/112/EG)',
};

const DOMESTIC_MENTION: Record<InvoiceLanguage, string> = {
  en: 'Goods remain our property until paid in full. „Qualität“ guaranteed.',
  fr: 'Les marchandises restent notre propriété jusqu’au paiement intégral. « Qualité » garantie.',
  de: 'Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. „Qualität“ garantiert.',
};

const PAYMENT_TERMS: Record<InvoiceLanguage, string> = {
  en: 'Payable by bank transfer by the due date, quoting the invoice number.',
  fr: "Payable par virement avant la date d'échéance, en indiquant le numéro de facture.",
  de: 'Zahlbar per Überweisung bis zum Fälligkeitsdatum unter Angabe der Rechnungsnummer.',
};

const FOOTER: Record<InvoiceLanguage, string> = {
  en: 'Thank you for your order — Merci, Danke!',
  fr: 'Merci pour votre commande !',
  de: 'Vielen Dank für Ihre Bestellung!',
};

/** One-line intra-Community B2B invoice (reverse charge, category K, 0 %). */
export function shortInvoice(language: InvoiceLanguage): InvoiceDocument {
  return {
    kind: 'invoice',
    number: 'INV-2026-00042',
    issueDate: '2026-03-01',
    supplyDate: '2026-02-27',
    dueDate: '2026-04-15',
    language,
    currency: 'EUR',
    seller: SELLER,
    buyer: FR_BUSINESS,
    ...computeAmounts([
      {
        description: UNICODE_SAMPLE,
        sku: 'SGS-ŒUV-001',
        quantity: 3,
        unitPriceNetCents: 123_456,
        category: 'K',
        rateBp: 0,
      },
    ]),
    vatRegime: 'reverse_charge',
    legalMentions: [REVERSE_CHARGE_MENTION[language]],
    paymentTerms: PAYMENT_TERMS[language],
    footer: FOOTER[language],
    orderReference: 'LZ-778812',
  };
}

const PRODUCTS = [
  { name: 'Crémant de Luxembourg brut', rateBp: 1400, price: 1_490 },
  { name: 'Kachkéis nature 200 g', rateBp: 300, price: 389 },
  { name: 'Bouneschlupp, bocal 750 ml', rateBp: 300, price: 675 },
  { name: 'Tasse en céramique « Œuvre »', rateBp: 1700, price: 1_250 },
  { name: 'Geschenkkorb „Straße“ groß', rateBp: 1700, price: 4_990 },
  { name: 'Bitter Mirabelle 50 cl', rateBp: 1700, price: 2_450 },
  { name: 'Gromperekichelcher Mix', rateBp: 300, price: 455 },
  { name: 'Livre de recettes « Cuisine luxembourgeoise »', rateBp: 300, price: 2_900 },
];

/** Domestic B2C invoice with `count` lines at 17 / 14 / 3 % (several pages for 120 lines). */
export function longInvoice(language: InvoiceLanguage, count = 120): InvoiceDocument {
  const specs: LineSpec[] = [];
  for (let i = 0; i < count; i++) {
    const p = PRODUCTS[i % PRODUCTS.length];
    specs.push({
      description: `${p.name} #${String(i + 1).padStart(3, '0')}`,
      sku: `SKU-${String(1000 + i)}`,
      quantity: (i % 7) + 1,
      unitPriceNetCents: p.price + i,
      category: 'S',
      rateBp: p.rateBp,
    });
  }
  return {
    kind: 'invoice',
    number: 'INV-2026-00107',
    issueDate: '2026-03-14',
    supplyDate: '2026-03-12',
    dueDate: '2026-04-15',
    language,
    currency: 'EUR',
    seller: SELLER,
    buyer: LU_CONSUMER,
    ...computeAmounts(specs),
    shippingNote: 'Post Luxembourg — Colis 3 (tracking LU123456789LU)',
    vatRegime: 'domestic',
    legalMentions: [DOMESTIC_MENTION[language]],
    paymentTerms: PAYMENT_TERMS[language],
    footer: FOOTER[language],
    orderReference: 'LZ-781200',
  };
}

/** Credit note for part of an OSS sale to a Finnish consumer (25.5 % and 14 %). */
export function creditNote(language: InvoiceLanguage): InvoiceDocument {
  return {
    kind: 'credit_note',
    number: 'CN-2026-00007',
    creditedInvoiceNumber: 'INV-2026-00042',
    creditedInvoiceDate: '2026-03-01',
    issueDate: '2026-03-20',
    supplyDate: '2026-02-27',
    language,
    currency: 'EUR',
    seller: SELLER,
    buyer: FI_CONSUMER,
    ...computeAmounts([
      {
        description: 'Geschenkkorb „Straße“ groß — returned',
        sku: 'GK-STR-01',
        quantity: 1,
        unitPriceNetCents: 4_990,
        category: 'S',
        rateBp: 2550,
      },
      {
        description: 'Kachkéis nature 200 g',
        quantity: 2,
        unitPriceNetCents: 389,
        category: 'S',
        rateBp: 1400,
      },
    ]),
    vatRegime: 'oss',
    legalMentions: [OSS_MENTION[language]],
    paymentTerms: {
      en: 'Refunded to the original means of payment.',
      fr: "Remboursé sur le moyen de paiement d'origine.",
      de: 'Erstattung auf das ursprüngliche Zahlungsmittel.',
    }[language],
    orderReference: 'LZ-778812',
  };
}
