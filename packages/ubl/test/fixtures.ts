import type { UblLine, UblSnapshot, UblVatRow } from '../src/index.js';

/** Stands in for the stored PDF: the UBL embeds whatever bytes it is given. */
export const PDF = new TextEncoder().encode('%PDF-1.7\n%Orion test document\n1 0 obj <<>> endobj\n%%EOF\n');

export const SELLER: UblSnapshot['seller'] = {
  legalName: 'Épicerie Fine Müller & Fils S.à r.l.',
  addressLine: '12, rue de la Gare',
  postalCode: 'L-1616',
  city: 'Luxembourg',
  country: 'LU',
  vatNumber: 'LU15027442',
  rcsNumber: 'B123456',
  email: 'factures@epicerie-muller.lu',
  phone: '+352 27 12 34 56',
  iban: 'LU28 0019 4006 4475 0000',
  bic: 'BCEELULL',
};

const LU_CONSUMER: UblSnapshot['buyer'] = {
  name: 'Anne-Françoise Weißmüller',
  addressLine: '5, Op der Héi',
  postalCode: 'L-9809',
  city: 'Hosingen',
  country: 'LU',
  email: 'anne.weissmuller@example.lu',
};
const FR_BUSINESS: UblSnapshot['buyer'] = {
  name: 'Jérôme Lefèvre',
  company: 'Brasserie Cœur de Lorraine SARL',
  addressLine: '8, place Stanislas',
  postalCode: '54000',
  city: 'Nancy',
  country: 'FR',
  vatNumber: 'FR40303265045',
  email: 'compta@coeur-lorraine.fr',
};
const DE_BUSINESS: UblSnapshot['buyer'] = {
  name: 'Jana Hofmann',
  company: 'Hofmann Digital GmbH',
  addressLine: 'Königsallee 1',
  postalCode: '40212',
  city: 'Düsseldorf',
  country: 'DE',
  vatNumber: 'DE136695976',
};
const FI_CONSUMER: UblSnapshot['buyer'] = {
  name: 'Sökö Ääkkönen',
  addressLine: 'Mannerheimintie 12 B 7',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
  email: 'soko@example.fi',
};
const CH_CONSUMER: UblSnapshot['buyer'] = {
  name: 'Luca Bernasconi',
  addressLine: 'Bahnhofstrasse 10',
  postalCode: '8001',
  city: 'Zürich',
  country: 'CH',
  email: 'luca@example.ch',
};
const CANARY_CONSUMER: UblSnapshot['buyer'] = {
  name: 'Carmen Pérez',
  addressLine: 'Calle Triana 20',
  postalCode: '35002',
  city: 'Las Palmas de Gran Canaria',
  country: 'ES',
  email: 'carmen@example.es',
};
const US_CONSUMER: UblSnapshot['buyer'] = {
  name: 'Mary Smith',
  addressLine: '1 Main Street',
  postalCode: '10001',
  city: 'New York',
  country: 'US',
  email: 'mary@example.com',
};

interface Spec {
  description: string;
  sku?: string;
  quantity: number;
  netCents: number;
  category: string;
  rateBp: number;
  /** VAT as Orion extracted it from the VAT-inclusive price, when it differs from net × rate. */
  vatCents?: number;
}

function amounts(specs: Spec[]): Pick<UblSnapshot, 'lines' | 'vatBreakdown' | 'netCents' | 'vatCents' | 'grossCents'> {
  const lines: UblLine[] = specs.map((s) => {
    const vatCents = s.vatCents ?? Math.round((s.netCents * s.rateBp) / 10_000);
    return {
      description: s.description,
      sku: s.sku,
      quantity: s.quantity,
      unitPriceNetCents: Math.round(s.netCents / s.quantity),
      vatCategoryCode: s.category,
      vatRateBp: s.rateBp,
      netCents: s.netCents,
      vatCents,
      grossCents: s.netCents + vatCents,
    };
  });
  const rows = new Map<string, UblVatRow>();
  for (const l of lines) {
    const key = `${l.vatCategoryCode}/${l.vatRateBp}`;
    const r = rows.get(key) ?? { categoryCode: l.vatCategoryCode, rateBp: l.vatRateBp, taxableCents: 0, vatCents: 0 };
    r.taxableCents += l.netCents;
    r.vatCents += l.vatCents;
    rows.set(key, r);
  }
  return {
    lines,
    vatBreakdown: [...rows.values()],
    netCents: lines.reduce((s, l) => s + l.netCents, 0),
    vatCents: lines.reduce((s, l) => s + l.vatCents, 0),
    grossCents: lines.reduce((s, l) => s + l.grossCents, 0),
  };
}

const base = {
  kind: 'invoice' as const,
  issueDate: '2026-03-02',
  supplyDate: '2026-02-27',
  dueDate: '2026-03-17',
  currency: 'EUR',
  seller: SELLER,
  paymentTerms: 'Payable within 15 days',
};

/** A negated copy: Orion's credit notes hold negative amounts. */
function credit(
  of: UblSnapshot,
  number: string,
  pick: (a: UblSnapshot) => Pick<UblSnapshot, 'lines' | 'vatBreakdown' | 'netCents' | 'vatCents' | 'grossCents'>,
): UblSnapshot {
  const p = pick(of);
  const neg = (n: number) => (n === 0 ? 0 : -n);
  return {
    ...of,
    kind: 'credit_note',
    number,
    issueDate: '2026-03-10',
    dueDate: undefined,
    paymentTerms: undefined,
    creditedInvoiceNumber: of.number,
    creditedInvoiceDate: of.issueDate,
    lines: p.lines.map((l) => ({
      ...l,
      unitPriceNetCents: neg(l.unitPriceNetCents),
      netCents: neg(l.netCents),
      vatCents: neg(l.vatCents),
      grossCents: neg(l.grossCents),
    })),
    vatBreakdown: p.vatBreakdown.map((r) => ({ ...r, taxableCents: neg(r.taxableCents), vatCents: neg(r.vatCents) })),
    netCents: neg(p.netCents),
    vatCents: neg(p.vatCents),
    grossCents: neg(p.grossCents),
  };
}

export const DOMESTIC: UblSnapshot = {
  ...base,
  number: 'INV-2026-00042',
  language: 'fr',
  buyer: LU_CONSUMER,
  orderReference: '#1042',
  ...amounts([
    {
      description: 'Riesling Grand Premier Cru 2022',
      sku: 'WINE-RIE-22',
      quantity: 6,
      netCents: 8_400,
      category: 'S',
      rateBp: 1700,
    },
  ]),
};

/** 17 %, 8 %, 3 %, shipping, a discount line (negative) and a unit price that does not divide. */
export const SEVERAL_RATES: UblSnapshot = {
  ...base,
  number: 'INV-2026-00043',
  language: 'de',
  buyer: LU_CONSUMER,
  orderReference: '#1043',
  buyerReference: 'PO-7781',
  ...amounts([
    {
      description: 'Crémant de Luxembourg brut',
      sku: 'CRE-BRUT',
      quantity: 3,
      netCents: 3_590,
      category: 'S',
      rateBp: 1700,
      vatCents: 611,
    },
    {
      description: 'Bouneschlupp (Bio) 500 g',
      sku: 'SOUP-BIO',
      quantity: 7,
      netCents: 2_593,
      category: 'S',
      rateBp: 800,
    },
    {
      description: 'Kachkéis <nature> & "fin"',
      sku: 'KACH-250',
      quantity: 2,
      netCents: 777,
      category: 'S',
      rateBp: 300,
    },
    { description: 'Versand', quantity: 1, netCents: 427, category: 'S', rateBp: 1700 },
    { description: 'Rabatt', quantity: 1, netCents: -500, category: 'S', rateBp: 1700 },
  ]),
};

/** OSS: a Finnish consumer under destination VAT (25.5 %). */
export const OSS: UblSnapshot = {
  ...base,
  number: 'INV-2026-00044',
  language: 'en',
  buyer: FI_CONSUMER,
  orderReference: '#1044',
  ...amounts([
    {
      description: 'Olive oil, extra virgin, 1 l',
      sku: 'OIL-1L',
      quantity: 2,
      netCents: 2_390,
      category: 'S',
      rateBp: 1400,
    },
    {
      description: 'Board game "Luxembourg"',
      sku: 'GAME-LUX',
      quantity: 1,
      netCents: 3_187,
      category: 'S',
      rateBp: 2550,
    },
  ]),
};

export const INTRA_COMMUNITY: UblSnapshot = {
  ...base,
  number: 'INV-2026-00045',
  language: 'fr',
  buyer: FR_BUSINESS,
  orderReference: '#1045',
  vatExemptionReason: 'Livraison intracommunautaire exonérée, art. 138 de la directive 2006/112/CE',
  ...amounts([
    {
      description: 'Riesling Grand Premier Cru 2022',
      sku: 'WINE-RIE-22',
      quantity: 24,
      netCents: 33_600,
      category: 'K',
      rateBp: 0,
    },
    { description: 'Transport', quantity: 1, netCents: 2_500, category: 'K', rateBp: 0 },
  ]),
};

export const EXPORT: UblSnapshot = {
  ...base,
  number: 'INV-2026-00046',
  language: 'de',
  buyer: CH_CONSUMER,
  orderReference: '#1046',
  vatExemptionReason: 'Steuerfreie Ausfuhrlieferung (Art. 146 Richtlinie 2006/112/EG)',
  ...amounts([
    { description: 'Praline box 250 g', sku: 'PRAL-250', quantity: 4, netCents: 7_180, category: 'G', rateBp: 0 },
  ]),
};

/** Canary Islands: a member state, outside the EU VAT area — invoiced as an export (G), as Orion decides. */
export const OUTSIDE_EU_TERRITORY: UblSnapshot = {
  ...base,
  number: 'INV-2026-00047',
  language: 'en',
  buyer: CANARY_CONSUMER,
  orderReference: '#1047',
  vatExemptionReason:
    'Export of goods, exempt (Art. 146 Directive 2006/112/EC): Canary Islands, outside the EU VAT area',
  ...amounts([
    {
      description: 'Cookbook "Lëtzebuerger Kichen"',
      sku: 'BOOK-KICH',
      quantity: 1,
      netCents: 2_990,
      category: 'G',
      rateBp: 0,
    },
  ]),
};

/** Reverse charge (AE): e-services to a German business. */
export const REVERSE_CHARGE: UblSnapshot = {
  ...base,
  number: 'INV-2026-00048',
  language: 'en',
  buyer: DE_BUSINESS,
  orderReference: '#1048',
  vatExemptionReason: 'Reverse charge: the customer accounts for the VAT (Art. 196 Directive 2006/112/EC)',
  ...amounts([
    { description: 'Recipe e-book licence', sku: 'EBOOK-1', quantity: 5, netCents: 4_995, category: 'AE', rateBp: 0 },
  ]),
};

/** E-services to a consumer outside the EU: exempt (E) with the invoice's mention as the reason. */
export const SERVICES_OUTSIDE_EU: UblSnapshot = {
  ...base,
  number: 'INV-2026-00049',
  language: 'en',
  buyer: US_CONSUMER,
  orderReference: '#1049',
  vatExemptionReason: 'Electronically supplied services taxable outside the EU (Art. 44/58 Directive 2006/112/EC)',
  ...amounts([{ description: 'Recipe e-book', sku: 'EBOOK-1', quantity: 1, netCents: 999, category: 'E', rateBp: 0 }]),
};

export const FULL_CREDIT_NOTE = credit(SEVERAL_RATES, 'CN-2026-00007', (a) => a);

export const PARTIAL_CREDIT_NOTE = credit(INTRA_COMMUNITY, 'CN-2026-00008', () =>
  amounts([
    {
      description: 'Riesling Grand Premier Cru 2022',
      sku: 'WINE-RIE-22',
      quantity: 5,
      netCents: 7_000,
      category: 'K',
      rateBp: 0,
    },
  ]),
);

export const GOLDEN: Record<string, UblSnapshot> = {
  domestic: DOMESTIC,
  'several-rates': SEVERAL_RATES,
  oss: OSS,
  'intra-community': INTRA_COMMUNITY,
  export: EXPORT,
  'outside-eu-territory': OUTSIDE_EU_TERRITORY,
  'reverse-charge': REVERSE_CHARGE,
  'services-outside-eu': SERVICES_OUTSIDE_EU,
  'credit-note-full': FULL_CREDIT_NOTE,
  'credit-note-partial': PARTIAL_CREDIT_NOTE,
};
