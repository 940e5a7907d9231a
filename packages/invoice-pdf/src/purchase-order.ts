import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatCountry, formatDate, formatMoney, formatQuantity, LOCALES } from './format.js';
import { COLOR_ACCENT, COLOR_MUTED, COLOR_TEXT, FONT_FAMILY, linesLayout, PAGE_MARGINS } from './layout.js';
import { getPrinter } from './printer.js';
import type { InvoiceLanguage, IsoDate } from './types.js';

/** A purchase order as printed: the store buys, the supplier sells. Amounts in cents, excl. VAT. */
export interface PurchaseOrderDocument {
  language: InvoiceLanguage;
  number: string;
  orderDate: IsoDate | null;
  expectedDate: IsoDate | null;
  buyer: {
    name: string;
    addressLine: string;
    postalCode: string;
    city: string;
    country: string;
    vatNumber: string | null;
  };
  supplier: {
    name: string;
    contactPerson: string | null;
    addressLine: string | null;
    postalCode: string | null;
    city: string | null;
    country: string | null;
    vatNumber: string | null;
    email: string | null;
  };
  deliveryAddress: string;
  lines: { sku: string; supplierSku: string | null; name: string; quantity: number; unitCostCents: number }[];
  totalCents: number;
  notes: string | null;
  paymentTerms: string | null;
}

type Tr = Readonly<Record<InvoiceLanguage, string>>;
const L = {
  title: { en: 'Purchase order', fr: 'Bon de commande', de: 'Bestellung' },
  buyer: { en: 'Buyer', fr: 'Acheteur', de: 'Besteller' },
  supplier: { en: 'Supplier', fr: 'Fournisseur', de: 'Lieferant' },
  orderDate: { en: 'Order date', fr: 'Date de commande', de: 'Bestelldatum' },
  expectedDate: { en: 'Expected delivery', fr: 'Livraison prévue', de: 'Voraussichtliche Lieferung' },
  deliverTo: { en: 'Deliver to', fr: 'Adresse de livraison', de: 'Lieferadresse' },
  draft: { en: 'Draft — not sent', fr: 'Brouillon — non envoyé', de: 'Entwurf — nicht versendet' },
  sku: { en: 'Our SKU', fr: 'Notre réf.', de: 'Unsere Art.-Nr.' },
  supplierSku: { en: 'Your ref.', fr: 'Votre réf.', de: 'Ihre Art.-Nr.' },
  description: { en: 'Description', fr: 'Désignation', de: 'Bezeichnung' },
  quantity: { en: 'Qty', fr: 'Qté', de: 'Menge' },
  unitCost: { en: 'Unit price excl. VAT', fr: 'Prix unitaire HT', de: 'Einzelpreis netto' },
  amount: { en: 'Amount excl. VAT', fr: 'Montant HT', de: 'Betrag netto' },
  total: { en: 'Total excl. VAT', fr: 'Total HT', de: 'Gesamt netto' },
  vatNumber: { en: 'VAT No.', fr: 'N° TVA', de: 'USt-IdNr.' },
  contact: { en: 'Attn.', fr: "À l'attention de", de: 'z. Hd.' },
  notes: { en: 'Notes', fr: 'Remarques', de: 'Anmerkungen' },
  paymentTerms: { en: 'Payment terms', fr: 'Conditions de paiement', de: 'Zahlungsbedingungen' },
} satisfies Record<string, Tr>;
const colon: Tr = { en: ': ', fr: '\u00a0: ', de: ': ' };

function party(label: string, lines: (string | null | undefined)[]): Content {
  const [first, ...rest] = lines.filter((x): x is string => !!x);
  return {
    width: '*',
    stack: [
      {
        text: label.toUpperCase(),
        fontSize: 7.5,
        bold: true,
        color: COLOR_MUTED,
        characterSpacing: 0.6,
        margin: [0, 0, 0, 4],
      },
      { text: first ?? '', bold: true },
      ...rest,
    ],
  } as Content;
}

/** The pdfmake definition of a purchase order (pure: same document in, same content out). */
export function buildPurchaseOrderDefinition(doc: PurchaseOrderDocument): TDocumentDefinitions {
  const l = doc.language;
  const s = doc.supplier;
  const place = (pc: string | null, city: string | null) => [pc, city].filter(Boolean).join(' ') || null;
  const kv = (label: string, value: string): Content => ({
    text: [{ text: `${label}${colon[l]}`, color: COLOR_MUTED }, value],
  });
  const header: TableCell[] = [
    L.sku[l],
    L.supplierSku[l],
    L.description[l],
    L.quantity[l],
    L.unitCost[l],
    L.amount[l],
  ].map((text, i) => ({ text, bold: true, fontSize: 7.5, alignment: i >= 3 ? 'right' : 'left' }));
  const body: TableCell[][] = [
    header,
    ...doc.lines.map(
      (x) =>
        [
          x.sku,
          x.supplierSku ?? '—',
          x.name,
          { text: formatQuantity(x.quantity, l), alignment: 'right' },
          { text: formatMoney(x.unitCostCents, l), alignment: 'right' },
          { text: formatMoney(x.quantity * x.unitCostCents, l), alignment: 'right' },
        ] as TableCell[],
    ),
  ];
  const content: Content[] = [
    {
      columns: [
        party(L.buyer[l], [
          doc.buyer.name,
          doc.buyer.addressLine,
          place(doc.buyer.postalCode, doc.buyer.city),
          formatCountry(doc.buyer.country, l),
          doc.buyer.vatNumber ? `${L.vatNumber[l]} ${doc.buyer.vatNumber}` : null,
        ]),
        party(L.supplier[l], [
          s.name,
          s.contactPerson ? `${L.contact[l]} ${s.contactPerson}` : null,
          s.addressLine,
          place(s.postalCode, s.city),
          s.country ? formatCountry(s.country, l) : null,
          s.vatNumber ? `${L.vatNumber[l]} ${s.vatNumber}` : null,
          s.email,
        ]),
      ],
      columnGap: 12,
    },
    { text: L.title[l], fontSize: 22, bold: true, color: COLOR_ACCENT, margin: [0, 18, 0, 0] },
    { text: doc.number, fontSize: 11, color: COLOR_MUTED, margin: [0, 2, 0, 8] },
    doc.orderDate
      ? kv(L.orderDate[l], formatDate(doc.orderDate, l))
      : { text: L.draft[l], bold: true, color: COLOR_MUTED },
    ...(doc.expectedDate ? [kv(L.expectedDate[l], formatDate(doc.expectedDate, l))] : []),
    kv(L.deliverTo[l], doc.deliveryAddress),
    {
      table: { headerRows: 1, widths: [60, 60, '*', 34, 80, 80], body },
      layout: linesLayout,
      margin: [0, 12, 0, 0],
    },
    {
      columns: [
        { width: '*', text: '' },
        { width: 'auto', text: `${L.total[l]}${colon[l]}`, bold: true },
        { width: 90, text: formatMoney(doc.totalCents, l), bold: true, alignment: 'right' },
      ],
      margin: [0, 8, 3, 0],
    },
  ];
  if (doc.paymentTerms) content.push({ stack: [kv(L.paymentTerms[l], doc.paymentTerms)], margin: [0, 12, 0, 0] });
  if (doc.notes) content.push({ stack: [{ text: L.notes[l], bold: true }, doc.notes], margin: [0, 12, 0, 0] });
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: LOCALES[l],
    info: {
      title: `${L.title[l]} ${doc.number}`,
      author: doc.buyer.name,
      creator: 'Orion',
      producer: 'Orion invoice-pdf (pdfmake)',
    },
    content,
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, color: COLOR_TEXT, lineHeight: 1.15 },
  };
}

/** Renders a purchase order to PDF bytes with the invoices' fonts and printer. */
export async function renderPurchaseOrderPdf(doc: PurchaseOrderDocument): Promise<Buffer> {
  if (!['en', 'fr', 'de'].includes(doc.language)) throw new TypeError(`unknown language ${doc.language}`);
  for (const x of doc.lines)
    if (!Number.isSafeInteger(x.unitCostCents) || !Number.isSafeInteger(x.quantity))
      throw new TypeError('purchase order amounts must be integer cents and whole quantities');
  const pdf = await getPrinter().createPdfKitDocument(buildPurchaseOrderDefinition(doc));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
