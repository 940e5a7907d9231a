import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatRate, renderInvoicePdf } from '../src/index.js';
import type { InvoiceDocument, InvoiceLanguage } from '../src/index.js';
import { t, VAT_CATEGORY_LABELS } from '../src/labels.js';
import { creditNote, longInvoice, shortInvoice, UNICODE_SAMPLE } from './fixtures.js';
import { type ExtractedPdf, extractPdf, norm } from './pdf-text.js';

const LANGUAGES: InvoiceLanguage[] = ['en', 'fr', 'de'];

/** Literal expectations, independent of the labels table. */
const EXPECTED = {
  en: {
    invoiceTitle: 'Invoice INV-2026-00042',
    creditTitle: 'Credit note CN-2026-00007',
    issueDate: '1 March 2026',
    creditedRef: 'Credit note for invoice INV-2026-00042 of 1 March 2026',
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    shortGross: '€3,703.68',
    longRates: ['17%', '14%', '3%'],
    creditRates: ['25.5%', '14%'],
  },
  fr: {
    invoiceTitle: 'Facture INV-2026-00042',
    creditTitle: 'Note de crédit CN-2026-00007',
    issueDate: '1 mars 2026',
    creditedRef: 'Note de crédit relative à la facture INV-2026-00042 du 1 mars 2026',
    page: (p: number, n: number) => `Page ${p} sur ${n}`,
    shortGross: '3 703,68 €',
    longRates: ['17 %', '14 %', '3 %'],
    creditRates: ['25,5 %', '14 %'],
  },
  de: {
    invoiceTitle: 'Rechnung INV-2026-00042',
    creditTitle: 'Gutschrift CN-2026-00007',
    issueDate: '1. März 2026',
    creditedRef: 'Gutschrift zur Rechnung INV-2026-00042 vom 1. März 2026',
    page: (p: number, n: number) => `Seite ${p} von ${n}`,
    shortGross: '3.703,68 €',
    longRates: ['17 %', '14 %', '3 %'],
    creditRates: ['25,5 %', '14 %'],
  },
} as const;

function expectContains(text: string, needle: string): void {
  expect(text).toContain(norm(needle));
}

/** Every mention Art. 226 / Art. 63 LTVA requires, checked against the extracted text. */
function expectMandatoryMentions(doc: InvoiceDocument, pdf: ExtractedPdf): void {
  const l = doc.language;
  const text = pdf.text;
  expectContains(text, doc.number);
  expectContains(text, formatDate(doc.issueDate, l));
  expectContains(text, formatDate(doc.supplyDate, l));
  if (doc.dueDate) expectContains(text, formatDate(doc.dueDate, l));

  const { seller, buyer } = doc;
  expectContains(text, seller.legalName);
  expectContains(text, seller.addressLine);
  expectContains(text, `${seller.postalCode} ${seller.city}`);
  expectContains(text, seller.vatNumber);
  if (seller.rcsNumber) expectContains(text, `RCS Luxemb`); // Luxembourg / Luxemburg
  if (seller.rcsNumber) expectContains(text, seller.rcsNumber);

  expectContains(text, buyer.name);
  if (buyer.company) expectContains(text, buyer.company);
  expectContains(text, buyer.addressLine);
  expectContains(text, `${buyer.postalCode} ${buyer.city}`);
  if (buyer.vatNumber) expectContains(text, buyer.vatNumber);

  // Each line, in table order: description, SKU, quantity, unit price excl. VAT, rate, amounts.
  for (const line of doc.lines) {
    const sku = line.sku ? `${t(l, 'sku')} ${line.sku} ` : '';
    expectContains(
      text,
      `${line.description} ${sku}${line.quantity} ${formatMoney(line.unitPriceNetCents, l)} ` +
        `${formatRate(line.vatRateBp, l)} ${formatMoney(line.netCents, l)} ` +
        `${formatMoney(line.vatCents, l)} ${formatMoney(line.grossCents, l)}`,
    );
  }
  // One breakdown row per (category, rate): taxable amount, rate, VAT amount.
  for (const row of doc.vatBreakdown) {
    expectContains(
      text,
      `${VAT_CATEGORY_LABELS[row.categoryCode][l]} (${row.categoryCode}) ` +
        `${formatRate(row.rateBp, l)} ${formatMoney(row.taxableCents, l)} ${formatMoney(row.vatCents, l)}`,
    );
  }
  expectContains(text, `${t(l, 'totalNet')} ${formatMoney(doc.netCents, l)}`);
  expectContains(text, `${t(l, 'totalVat')} ${formatMoney(doc.vatCents, l)}`);
  const grossLabel = t(l, doc.kind === 'credit_note' ? 'totalCredited' : 'totalGross');
  expectContains(text, `${grossLabel} ${formatMoney(doc.grossCents, l)}`);

  for (const mention of doc.legalMentions) expectContains(text, mention);
  if (doc.paymentTerms) expectContains(text, doc.paymentTerms);
  if (doc.kind === 'invoice' && seller.iban) expectContains(text, 'LU28 0019 4006 4475 0000');
  if (doc.kind === 'invoice' && seller.bic) expectContains(text, seller.bic);
  if (doc.footer) expectContains(text, doc.footer);
  if (doc.orderReference) expectContains(text, doc.orderReference);
  if (doc.shippingNote) expectContains(text, doc.shippingNote);

  // Page x of y on every page.
  pdf.pages.forEach((page, i) => {
    expectContains(page, EXPECTED[l].page(i + 1, pdf.pages.length));
  });
}

describe.each(LANGUAGES)('renderInvoicePdf (%s)', (language) => {
  const expected = EXPECTED[language];
  const docs = {
    short: shortInvoice(language),
    long: longInvoice(language, 120),
    credit: creditNote(language),
  };
  const bytes: Record<keyof typeof docs, Buffer> = {} as never;
  const pdfs: Record<keyof typeof docs, ExtractedPdf> = {} as never;

  beforeAll(async () => {
    for (const key of Object.keys(docs) as (keyof typeof docs)[]) {
      bytes[key] = await renderInvoicePdf(docs[key]);
      pdfs[key] = await extractPdf(bytes[key]);
    }
  });

  it('produces valid PDF files with embedded fonts only', () => {
    for (const pdf of Object.values(bytes)) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
      const raw = pdf.toString('latin1');
      expect(raw).toContain('/FontFile2');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto/);
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    }
  });

  it('1-line invoice: every mandatory mention, on one page', () => {
    expect(pdfs.short.pages).toHaveLength(1);
    expectMandatoryMentions(docs.short, pdfs.short);
    expectContains(pdfs.short.text, expected.invoiceTitle);
    expectContains(pdfs.short.text, expected.issueDate);
    expectContains(pdfs.short.text, expected.shortGross);
    expectContains(pdfs.short.text, expected.page(1, 1));
  });

  it('1-line invoice: reverse charge shows both VAT numbers and the mention', () => {
    const text = pdfs.short.text;
    expectContains(text, docs.short.legalMentions[0]);
    expectContains(text, `${t(language, 'sellerVatNumber')}${t(language, 'colon')}LU15027442`);
    expectContains(text, `${t(language, 'buyerVatNumber')}${t(language, 'colon')}FR40303265045`);
  });

  it('Unicode text comes out intact', () => {
    expectContains(pdfs.short.text, UNICODE_SAMPLE);
    expectContains(pdfs.short.text, 'Épicerie Fine Müller & Fils S.à r.l.');
    expectContains(pdfs.short.text, 'Brasserie Cœur de Lorraine SARL');
    expectContains(pdfs.long.text, 'Geschenkkorb „Straße“ groß');
    expectContains(pdfs.long.text, 'Tasse en céramique « Œuvre »');
    expectContains(pdfs.long.text, 'Anne-Françoise Weißmüller');
    expectContains(pdfs.credit.text, 'Sökö Ääkkönen');
  });

  it('120-line invoice: runs over several pages, header row repeated, Page 1 of N', () => {
    const { pages } = pdfs.long;
    expect(pages.length).toBeGreaterThan(1);
    expectContains(pages[0], expected.page(1, pages.length));
    expectContains(pages.at(-1) ?? '', expected.page(pages.length, pages.length));
    const header = `${t(language, 'colDescription')} ${t(language, 'colQuantity')}`;
    for (const page of pages) expectContains(page, header);
    expectMandatoryMentions(docs.long, pdfs.long);
    for (const rate of expected.longRates) expectContains(pdfs.long.text, ` ${rate} `);
  });

  it('credit note: says so and names the invoice it corrects', () => {
    const text = pdfs.credit.text;
    expectContains(text, expected.creditTitle);
    expectContains(text, expected.creditedRef);
    expectContains(text, 'INV-2026-00042');
    expectMandatoryMentions(docs.credit, pdfs.credit);
    for (const rate of expected.creditRates) expectContains(text, ` ${rate} `);
    // No bank details inviting a payment on a credit note.
    expect(text).not.toContain('LU28 0019');
  });

  it('sets PDF metadata title and author', () => {
    expect(pdfs.short.info.Title).toBe(expected.invoiceTitle);
    expect(pdfs.long.info.Title).toBe(expected.invoiceTitle.replace('00042', '00107'));
    expect(pdfs.credit.info.Title).toBe(expected.creditTitle);
    for (const pdf of Object.values(pdfs)) {
      expect(pdf.info.Author).toBe('Épicerie Fine Müller & Fils S.à r.l.');
    }
  });
});

describe('renderInvoicePdf', () => {
  it('does not mutate the snapshot', async () => {
    const doc = shortInvoice('en');
    const before = structuredClone(doc);
    const deepFreeze = (o: object): void => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
    };
    deepFreeze(doc);
    await renderInvoicePdf(doc);
    expect(doc).toEqual(before);
  });

  it('renders concurrently without mixing documents up', async () => {
    const docs = [shortInvoice('de'), creditNote('fr'), longInvoice('en', 30), shortInvoice('fr')];
    const results = await Promise.all(docs.map((d) => renderInvoicePdf(d)));
    const texts = await Promise.all(results.map((r) => extractPdf(r)));
    texts.forEach((pdf, i) => {
      expectMandatoryMentions(docs[i], pdf);
    });
  });

  it('prints only what it is given: no optional block when the data is absent', async () => {
    const doc: InvoiceDocument = {
      ...shortInvoice('en'),
      dueDate: undefined,
      orderReference: undefined,
      paymentTerms: undefined,
      footer: undefined,
      legalMentions: [],
      seller: { ...shortInvoice('en').seller, iban: undefined, bic: undefined, bankName: undefined },
      buyer: { ...shortInvoice('en').buyer, vatNumber: undefined },
    };
    const pdf = await extractPdf(await renderInvoicePdf(doc));
    expect(pdf.text).not.toContain('Due date');
    expect(pdf.text).not.toContain('PAYMENT');
    expect(pdf.text).not.toContain('IBAN');
    expect(pdf.text).not.toContain('Customer VAT');
    expectMandatoryMentions(doc, pdf);
  });

  it('rejects snapshots it cannot print faithfully', async () => {
    const base = shortInvoice('en');
    await expect(renderInvoicePdf({ ...base, netCents: 12.5 })).rejects.toThrow(/integer cents/);
    await expect(renderInvoicePdf({ ...base, issueDate: '01/03/2026' })).rejects.toThrow(/issueDate/);
    await expect(renderInvoicePdf({ ...base, dueDate: '2026-02-30' })).rejects.toThrow(/dueDate/);
    await expect(renderInvoicePdf({ ...base, language: 'it' as InvoiceLanguage })).rejects.toThrow(/language/);
    await expect(renderInvoicePdf({ ...base, lines: [{ ...base.lines[0], quantity: 1.5 }] })).rejects.toThrow(
      /quantity/,
    );
  });
});

describe('printer', () => {
  it('parses the embedded fonts once and reuses them (the fast path is active)', async () => {
    const { fontsAreParsedOnce } = await import('../src/printer.js');
    expect(fontsAreParsedOnce()).toBe(true);
  });
});
