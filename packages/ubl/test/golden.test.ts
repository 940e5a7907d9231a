import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkUbl, findEmptyElements, invoiceToUbl } from '../src/index.js';
import { GOLDEN, PDF, SEVERAL_RATES } from './fixtures.js';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}.xml`, import.meta.url), 'utf8');

describe('golden UBL documents (each validated against the UBL 2.1 XSD before it was committed)', () => {
  for (const [name, snapshot] of Object.entries(GOLDEN)) {
    it(`${name}: the same bytes as the golden file, twice, and no rule broken`, () => {
      const first = invoiceToUbl(snapshot, PDF);
      expect(first).toBe(golden(name));
      expect(invoiceToUbl(structuredClone(snapshot), PDF.slice())).toBe(first);
      expect(checkUbl(snapshot)).toEqual([]);
      expect(findEmptyElements(first)).toEqual([]);
    });
  }

  it('embeds the PDF bytes exactly, named like the PDF download', () => {
    const xml = invoiceToUbl(SEVERAL_RATES, PDF);
    const m =
      /<cbc:EmbeddedDocumentBinaryObject mimeCode="application\/pdf" filename="INV-2026-00043.pdf">([^<]+)</.exec(xml);
    expect(Buffer.from(m?.[1] ?? '', 'base64')).toEqual(Buffer.from(PDF));
  });

  it('a credit note states Orion’s negative amounts positive, with BillingReference to the invoice', () => {
    const xml = golden('credit-note-full');
    expect(xml).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    expect(xml).toMatch(
      /<cac:InvoiceDocumentReference>\s*<cbc:ID>INV-2026-00043<\/cbc:ID>\s*<cbc:IssueDate>2026-03-02</,
    );
    expect(xml).toContain(
      `<cbc:PayableAmount currencyID="EUR">${(GOLDEN['several-rates'].grossCents / 100).toFixed(2)}<`,
    );
    expect(xml).not.toMatch(/<cbc:(TaxAmount|TaxableAmount|PayableAmount)[^>]*>-/);
  });

  it('a discount line is a negative quantity at a positive price (BR-27)', () => {
    const xml = golden('several-rates');
    expect(xml).toMatch(
      /<cbc:InvoicedQuantity unitCode="C62">-1<\/cbc:InvoicedQuantity>\s*<cbc:LineExtensionAmount currencyID="EUR">-5.00</,
    );
  });

  it('K and G carry VATEX-EU-IC / VATEX-EU-G; the IC supply names the deliver-to country', () => {
    expect(golden('intra-community')).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-IC<');
    expect(golden('intra-community')).toMatch(
      /<cac:DeliveryLocation>\s*<cac:Address>\s*<cac:Country>\s*<cbc:IdentificationCode>FR</,
    );
    expect(golden('export')).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-G<');
    expect(golden('outside-eu-territory')).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-G<');
    expect(golden('reverse-charge')).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-AE<');
  });

  it('the seller is addressed by its LU VAT number under 9938, the IBAN without spaces under SEPA transfer', () => {
    const xml = golden('domestic');
    expect(xml).toContain('<cbc:EndpointID schemeID="9938">LU15027442</cbc:EndpointID>');
    expect(xml).toMatch(
      /<cbc:PaymentMeansCode>58<\/cbc:PaymentMeansCode>\s*<cbc:PaymentID>INV-2026-00042<\/cbc:PaymentID>\s*<cac:PayeeFinancialAccount>\s*<cbc:ID>LU280019400644750000</,
    );
    expect(xml).toContain('<cbc:EndpointID schemeID="EM">anne.weissmuller@example.lu</cbc:EndpointID>');
  });
});
