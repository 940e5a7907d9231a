import type { Column, Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { formatCountry, formatDate, formatMoney, formatQuantity, formatRate, LOCALES } from './format.js';
import { t, VAT_CATEGORY_LABELS } from './labels.js';
import type { InvoiceDocument, InvoiceLanguage } from './types.js';

/** Name under which the embedded font family is registered with the printer. */
export const FONT_FAMILY = 'Roboto';

export const COLOR_TEXT = '#1f2328';
export const COLOR_MUTED = '#5b6470';
export const COLOR_ACCENT = '#1d3557';
const COLOR_RULE = '#d8dde3';
const COLOR_HEADER_FILL = '#eef1f5';
const COLOR_NOTICE_FILL = '#f3f6fa';

const PAGE_MARGIN_X = 48;
export const PAGE_MARGINS: [number, number, number, number] = [PAGE_MARGIN_X, 46, PAGE_MARGIN_X, 64];
const RIGHT_COLUMN_WIDTH = 210;

/** Light horizontal rules, no vertical lines, compact padding. */
export const linesLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 ? 0 : i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? COLOR_ACCENT : COLOR_RULE),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (row) => (row === 0 ? COLOR_HEADER_FILL : null),
};

const keyValueLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 6),
  paddingTop: () => 1.2,
  paddingBottom: () => 1.2,
};

const totalsLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === node.table.body.length - 1 ? 0.8 : 0),
  vLineWidth: () => 0,
  hLineColor: () => COLOR_ACCENT,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: (i) => (i === 0 ? 6 : 0),
  paddingTop: (i, node) => (i === node.table.body.length - 1 ? 5 : 2),
  paddingBottom: () => 2,
};

const noticeLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (i) => (i === 0 ? 2.5 : 0),
  vLineColor: () => COLOR_ACCENT,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 7,
  paddingBottom: () => 7,
  fillColor: () => COLOR_NOTICE_FILL,
};

/** Advance widths (em) of Roboto Regular for the characters of formatted amounts and rates. */
const NARROW_GLYPHS: Readonly<Record<string, number>> = {
  ' ': 0.248,
  '\u00a0': 0.248,
  ',': 0.197,
  '.': 0.264,
  '-': 0.276,
  '%': 0.732,
};

/**
 * Printed width of a formatted amount, rate or quantity (digits and '€' are 0.562 em in
 * Roboto), rounded up with a small margin so the estimate never falls short.
 */
function estimateWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += NARROW_GLYPHS[ch] ?? 0.6;
  return Math.ceil(em * fontSize) + 1;
}

function formatIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

function documentTitle(doc: InvoiceDocument): string {
  return t(doc.language, doc.kind === 'credit_note' ? 'creditNoteTitle' : 'invoiceTitle');
}

/** PDF metadata title, e.g. "Invoice INV-2026-00042". */
export function metadataTitle(doc: InvoiceDocument): string {
  return t(doc.language, doc.kind === 'credit_note' ? 'creditNoteDocTitle' : 'invoiceDocTitle', {
    number: doc.number,
  });
}

function sellerRcsLabel(doc: InvoiceDocument): string {
  return t(doc.language, doc.seller.country.toUpperCase() === 'LU' ? 'rcsLuxembourg' : 'tradeRegister');
}

function labelled(language: InvoiceLanguage, label: string, value: string): Content {
  return { text: [{ text: `${label}${t(language, 'colon')}`, color: COLOR_MUTED }, value] };
}

function sellerBlock(doc: InvoiceDocument): Column {
  const { seller, language: l } = doc;
  const stack: Content[] = [
    { text: seller.legalName, style: 'sellerName' },
    seller.addressLine,
    `${seller.postalCode} ${seller.city}`,
    formatCountry(seller.country, l),
    { text: '', margin: [0, 0, 0, 3] },
    labelled(l, t(l, 'vatNumber'), seller.vatNumber),
  ];
  if (seller.rcsNumber) {
    // "RCS Luxembourg B123456": the register's usual form, no colon.
    stack.push({ text: [{ text: `${sellerRcsLabel(doc)} `, color: COLOR_MUTED }, seller.rcsNumber] });
  }
  if (seller.email) stack.push(labelled(l, t(l, 'email'), seller.email));
  if (seller.phone) stack.push(labelled(l, t(l, 'phone'), seller.phone));
  return { width: '*', stack };
}

function buyerBlock(doc: InvoiceDocument): Column {
  const { buyer, language: l } = doc;
  const stack: Content[] = [
    {
      text: t(l, doc.kind === 'credit_note' ? 'creditTo' : 'billTo').toUpperCase(),
      style: 'sectionLabel',
    },
  ];
  if (buyer.company) {
    stack.push({ text: buyer.company, bold: true }, buyer.name);
  } else {
    stack.push({ text: buyer.name, bold: true });
  }
  stack.push(buyer.addressLine, `${buyer.postalCode} ${buyer.city}`, formatCountry(buyer.country, l));
  if (buyer.vatNumber) {
    stack.push({ text: '', margin: [0, 0, 0, 3] }, labelled(l, t(l, 'vatNumber'), buyer.vatNumber));
  }
  if (buyer.email) stack.push({ text: buyer.email, color: COLOR_MUTED });
  return {
    width: RIGHT_COLUMN_WIDTH,
    stack: [
      {
        table: { widths: ['*'], body: [[{ stack }]] },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0.6,
          hLineColor: () => COLOR_RULE,
          vLineColor: () => COLOR_RULE,
          paddingLeft: () => 10,
          paddingRight: () => 10,
          paddingTop: () => 8,
          paddingBottom: () => 8,
        },
      },
    ],
  };
}

function titleBlock(doc: InvoiceDocument): Content {
  const l = doc.language;
  const left: Content[] = [
    { text: documentTitle(doc), style: 'title' },
    { text: doc.number, style: 'number' },
  ];
  if (doc.kind === 'credit_note' && doc.creditedInvoiceNumber) {
    const text = doc.creditedInvoiceDate
      ? t(l, 'creditNoteForDated', {
          number: doc.creditedInvoiceNumber,
          date: formatDate(doc.creditedInvoiceDate, l),
        })
      : t(l, 'creditNoteFor', { number: doc.creditedInvoiceNumber });
    left.push({ text, bold: true, color: COLOR_ACCENT, margin: [0, 6, 0, 0] });
  }

  const meta: TableCell[][] = [
    [{ text: t(l, 'issueDate'), color: COLOR_MUTED }, formatDate(doc.issueDate, l)],
    [{ text: t(l, 'supplyDate'), color: COLOR_MUTED }, formatDate(doc.supplyDate, l)],
  ];
  if (doc.dueDate) {
    meta.push([
      { text: t(l, 'dueDate'), color: COLOR_MUTED },
      { text: formatDate(doc.dueDate, l), bold: true },
    ]);
  }
  if (doc.orderReference) {
    meta.push([{ text: t(l, 'orderReference'), color: COLOR_MUTED }, doc.orderReference]);
  }

  return {
    margin: [0, 20, 0, 0],
    columns: [
      { width: '*', stack: left },
      {
        width: RIGHT_COLUMN_WIDTH,
        margin: [9, 4, 0, 0],
        table: { widths: ['auto', '*'], body: meta },
        layout: keyValueLayout,
      },
    ],
    columnGap: 12,
  };
}

function linesTable(doc: InvoiceDocument): Content {
  const l = doc.language;
  const head = (key: Parameters<typeof t>[1], right = true): TableCell => ({
    text: t(l, key),
    style: 'tableHeader',
    alignment: right ? 'right' : 'left',
  });
  const body: TableCell[][] = [
    [
      head('colDescription', false),
      head('colQuantity'),
      head('colUnitPrice'),
      head('colVatRate'),
      head('colNet'),
      head('colVat'),
      head('colGross'),
    ],
  ];
  const skuLabel = t(l, 'sku');
  // Default column widths fit amounts up to ~€99,999.99; wider figures widen their column.
  const widths = [26, 58, 34, 58, 50, 60];
  for (const line of doc.lines) {
    const description: TableCell = line.sku
      ? {
          stack: [line.description, { text: `${skuLabel} ${line.sku}`, fontSize: 7, color: COLOR_MUTED }],
        }
      : { text: line.description };
    const cells = [
      formatQuantity(line.quantity, l),
      formatMoney(line.unitPriceNetCents, l),
      formatRate(line.vatRateBp, l),
      formatMoney(line.netCents, l),
      formatMoney(line.vatCents, l),
      formatMoney(line.grossCents, l),
    ];
    cells.forEach((text, i) => {
      widths[i] = Math.max(widths[i], estimateWidth(text, 8.5));
    });
    body.push([description, ...cells.map((text): TableCell => ({ text, alignment: 'right', noWrap: true }))]);
  }
  return {
    margin: [0, 18, 0, 0],
    fontSize: 8.5,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: ['*', ...widths],
      body,
    },
    layout: linesLayout,
  };
}

function summaryBlock(doc: InvoiceDocument): Content {
  const l = doc.language;
  const breakdown: TableCell[][] = [
    [
      { text: t(l, 'colCategory'), style: 'tableHeader' },
      { text: t(l, 'colRate'), style: 'tableHeader', alignment: 'right' },
      { text: t(l, 'colTaxable'), style: 'tableHeader', alignment: 'right' },
      { text: t(l, 'colVatAmount'), style: 'tableHeader', alignment: 'right' },
    ],
  ];
  for (const row of doc.vatBreakdown) {
    breakdown.push([
      `${VAT_CATEGORY_LABELS[row.categoryCode][l]} (${row.categoryCode})`,
      { text: formatRate(row.rateBp, l), alignment: 'right', noWrap: true },
      { text: formatMoney(row.taxableCents, l), alignment: 'right', noWrap: true },
      { text: formatMoney(row.vatCents, l), alignment: 'right', noWrap: true },
    ]);
  }

  const totals: TableCell[][] = [
    [
      { text: t(l, 'totalNet'), color: COLOR_MUTED },
      { text: formatMoney(doc.netCents, l), alignment: 'right', noWrap: true },
    ],
    [
      { text: t(l, 'totalVat'), color: COLOR_MUTED },
      { text: formatMoney(doc.vatCents, l), alignment: 'right', noWrap: true },
    ],
    [
      {
        text: t(l, doc.kind === 'credit_note' ? 'totalCredited' : 'totalGross'),
        bold: true,
        fontSize: 10.5,
        color: COLOR_ACCENT,
      },
      {
        text: formatMoney(doc.grossCents, l),
        bold: true,
        fontSize: 10.5,
        color: COLOR_ACCENT,
        alignment: 'right',
        noWrap: true,
      },
    ],
  ];

  return {
    margin: [0, 14, 0, 0],
    unbreakable: true,
    columns: [
      {
        width: '*',
        stack: [
          { text: t(l, 'vatBreakdown').toUpperCase(), style: 'sectionLabel' },
          {
            fontSize: 8.5,
            table: { headerRows: 1, widths: ['*', 'auto', 'auto', 'auto'], body: breakdown },
            layout: linesLayout,
          },
        ],
      },
      {
        width: RIGHT_COLUMN_WIDTH,
        margin: [9, 14, 0, 0],
        table: { widths: ['*', 'auto'], body: totals },
        layout: totalsLayout,
      },
    ],
    columnGap: 12,
  };
}

function legalBlock(doc: InvoiceDocument): Content | null {
  const l = doc.language;
  const mentions = doc.legalMentions.filter((m) => m.trim() !== '');
  if (mentions.length === 0 && !doc.buyer.vatNumber) return null;
  const colon = t(l, 'colon');
  const ids: string[] = [`${t(l, 'sellerVatNumber')}${colon}${doc.seller.vatNumber}`];
  if (doc.seller.rcsNumber) ids.push(`${sellerRcsLabel(doc)} ${doc.seller.rcsNumber}`);
  if (doc.buyer.vatNumber) ids.push(`${t(l, 'buyerVatNumber')}${colon}${doc.buyer.vatNumber}`);
  const stack: Content[] = mentions.map((m) => ({
    text: m,
    bold: true,
    fontSize: 9.5,
    margin: [0, 0, 0, 3],
  }));
  stack.push({ text: ids.join('   ·   '), fontSize: 8, color: COLOR_MUTED, margin: [0, 2, 0, 0] });
  return {
    margin: [0, 14, 0, 0],
    unbreakable: true,
    table: { widths: ['*'], body: [[{ stack }]] },
    layout: noticeLayout,
  };
}

function paymentBlock(doc: InvoiceDocument): Content | null {
  const l = doc.language;
  const { seller } = doc;
  const rows: TableCell[][] = [];
  const add = (label: string, value: string, bold = false) =>
    rows.push([
      { text: label, color: COLOR_MUTED },
      { text: value, bold },
    ]);
  // Bank details are for paying an invoice; on a credit note they would invite a payment.
  if (doc.kind === 'invoice') {
    if (seller.bankName) add(t(l, 'bank'), seller.bankName);
    if (seller.iban) add(t(l, 'iban'), formatIban(seller.iban), true);
    if (seller.bic) add(t(l, 'bic'), seller.bic.toUpperCase());
    if (seller.iban) add(t(l, 'paymentReference'), doc.number);
  }
  if (!doc.paymentTerms && rows.length === 0) return null;
  const stack: Content[] = [{ text: t(l, 'payment').toUpperCase(), style: 'sectionLabel' }];
  if (doc.paymentTerms) stack.push({ text: doc.paymentTerms, margin: [0, 0, 0, 4] });
  if (rows.length > 0) {
    stack.push({ table: { widths: ['auto', '*'], body: rows }, layout: keyValueLayout });
  }
  return { margin: [0, 14, 0, 0], unbreakable: true, stack };
}

function footer(doc: InvoiceDocument) {
  const l = doc.language;
  const { seller } = doc;
  const identity = [
    seller.legalName,
    `${seller.addressLine}, ${seller.postalCode} ${seller.city}, ${formatCountry(seller.country, l)}`,
    `${t(l, 'vatNumber')} ${seller.vatNumber}`,
  ];
  if (seller.rcsNumber) identity.push(`${sellerRcsLabel(doc)} ${seller.rcsNumber}`);
  const identityLine = identity.join('  ·  ');
  return (currentPage: number, pageCount: number): Content => ({
    margin: [PAGE_MARGIN_X, 18, PAGE_MARGIN_X, 0],
    columns: [
      {
        width: '*',
        fontSize: 7,
        color: COLOR_MUTED,
        stack: doc.footer ? [identityLine, doc.footer] : [identityLine],
      },
      {
        width: 'auto',
        text: t(l, 'page', { page: currentPage, pages: pageCount }),
        fontSize: 7.5,
        color: COLOR_MUTED,
        alignment: 'right',
      },
    ],
    columnGap: 16,
  });
}

function header(doc: InvoiceDocument) {
  const continued = t(doc.language, 'continued', {
    title: documentTitle(doc),
    number: doc.number,
  });
  return (currentPage: number): Content | null =>
    currentPage > 1
      ? {
          text: continued,
          fontSize: 7.5,
          color: COLOR_MUTED,
          alignment: 'right',
          margin: [PAGE_MARGIN_X, 22, PAGE_MARGIN_X, 0],
        }
      : null;
}

/** Builds the pdfmake document definition of an invoice or credit note. */
export function buildDocDefinition(doc: InvoiceDocument): TDocumentDefinitions {
  const content: Content[] = [
    { columns: [sellerBlock(doc), buyerBlock(doc)], columnGap: 12 },
    titleBlock(doc),
    linesTable(doc),
  ];
  if (doc.shippingNote) {
    content.push({
      text: doc.shippingNote,
      italics: true,
      color: COLOR_MUTED,
      fontSize: 8,
      margin: [0, 6, 0, 0],
    });
  }
  content.push(summaryBlock(doc));
  const legal = legalBlock(doc);
  if (legal) content.push(legal);
  const payment = paymentBlock(doc);
  if (payment) content.push(payment);

  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: LOCALES[doc.language],
    info: {
      title: metadataTitle(doc),
      author: doc.seller.legalName,
      subject: metadataTitle(doc),
      creator: 'Orion',
      producer: 'Orion invoice-pdf (pdfmake)',
    },
    header: header(doc),
    footer: footer(doc),
    content,
    defaultStyle: { font: FONT_FAMILY, fontSize: 9, color: COLOR_TEXT, lineHeight: 1.15 },
    styles: {
      sellerName: { fontSize: 13, bold: true, color: COLOR_ACCENT, margin: [0, 0, 0, 3] },
      title: { fontSize: 22, bold: true, color: COLOR_ACCENT },
      number: { fontSize: 11, color: COLOR_MUTED, margin: [0, 2, 0, 0] },
      sectionLabel: {
        fontSize: 7.5,
        bold: true,
        color: COLOR_MUTED,
        characterSpacing: 0.6,
        margin: [0, 0, 0, 4],
      },
      tableHeader: { bold: true, fontSize: 7.5, color: COLOR_TEXT },
    },
  };
}
