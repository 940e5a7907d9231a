import { describe, expect, it } from 'vitest';
import { invoicePdfFileName, toInvoiceDocument } from './invoice-document.js';
import { type Invoice, InvoiceType } from './invoice.entity.js';

const invoice = (over: Partial<Invoice> = {}) =>
  ({
    type: InvoiceType.INVOICE,
    number: 'INV-2026-00042',
    issueDate: '2026-03-02',
    supplyDate: '2026-02-27',
    dueDate: '2026-03-17',
    language: 'fr',
    vatRegime: 'domestic',
    seller: {
      legalName: 'Atelier Sàrl',
      addressLine: '1, rue X',
      postalCode: 'L-1111',
      city: 'Luxembourg',
      country: 'LU',
      vatNumber: 'LU26375245',
      rcsNumber: 'B123456',
      email: null,
      phone: '',
      iban: 'LU280019400644750000',
      bic: 'BCEELULL',
      bankName: null,
      paymentTerms: 'Within 15 days',
      footer: null,
    },
    buyer: {
      name: 'Léa Muller',
      company: null,
      addressLine: 'Rue de la Gare 12',
      postalCode: 'L-1616',
      city: 'Luxembourg',
      country: 'LU',
      vatNumber: null,
      email: 'lea@example.lu',
    },
    lines: [
      {
        description: 'Mug',
        sku: 'MUG-1',
        quantity: 2,
        unitPriceNetCents: 1274,
        vatCategoryCode: 'S',
        vatRateBp: 1700,
        netCents: 2547,
        vatCents: 433,
        grossCents: 2980,
        sourceLine: null,
      },
    ],
    vatBreakdown: [{ categoryCode: 'S', rateBp: 1700, taxableCents: 2547, vatCents: 433 }],
    legalMentions: [],
    netCents: 2547,
    vatCents: 433,
    grossCents: 2980,
    ...over,
  }) as unknown as Invoice;

describe('invoice → PDF document', () => {
  it('maps the snapshot field by field; empty optional texts are left out', () => {
    const doc = toInvoiceDocument(invoice(), { orderNumber: 17 });
    expect(doc).toMatchObject({
      kind: 'invoice',
      number: 'INV-2026-00042',
      issueDate: '2026-03-02',
      supplyDate: '2026-02-27',
      dueDate: '2026-03-17',
      language: 'fr',
      currency: 'EUR',
      vatRegime: 'domestic',
      orderReference: '#17',
      paymentTerms: 'Within 15 days',
      seller: { vatNumber: 'LU26375245', rcsNumber: 'B123456', iban: 'LU280019400644750000', bic: 'BCEELULL' },
      buyer: { name: 'Léa Muller', email: 'lea@example.lu' },
      netCents: 2547,
      vatCents: 433,
      grossCents: 2980,
    });
    expect(doc.seller.email).toBeUndefined();
    expect(doc.seller.phone).toBeUndefined();
    expect(doc.buyer.company).toBeUndefined();
    expect(doc.lines[0]).not.toHaveProperty('sourceLine');
    expect(doc.creditedInvoiceNumber).toBeUndefined();
  });

  it('a credit note names the invoice it corrects and has no payment terms', () => {
    const doc = toInvoiceDocument(invoice({ type: InvoiceType.CREDIT_NOTE, number: 'CN-2026-00001', dueDate: null }), {
      credited: { number: 'INV-2026-00042', issueDate: '2026-03-02' },
    });
    expect(doc).toMatchObject({
      kind: 'credit_note',
      creditedInvoiceNumber: 'INV-2026-00042',
      creditedInvoiceDate: '2026-03-02',
    });
    expect(doc.dueDate).toBeUndefined();
    expect(doc.paymentTerms).toBeUndefined();
  });

  it('names files after the number, in plain ASCII', () => {
    expect(invoicePdfFileName('INV-2026-00042')).toBe('INV-2026-00042.pdf');
    expect(invoicePdfFileName('FACT/Łódź 2026-1')).toBe('FACT_d_2026-1.pdf');
  });
});
