import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { amount, percent, type ModelParty, type UblModel, toModel, UNIT_CODE } from './model.js';
import { checkModel, findEmptyElements } from './rules.js';
import type { UblProblem, UblSnapshot } from './types.js';

const NS = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/**
 * The PDF's base64 (~40 KB) is put in after serialising: it needs no escaping, and the builder's
 * escaping scan of it was half the time of a document. The slot cannot collide with any text:
 * a literal `</` only ever comes from the builder itself.
 */
const PDF_PLACEHOLDER = 'pdf';
const PDF_SLOT = `>${PDF_PLACEHOLDER}</cbc:EmbeddedDocumentBinaryObject>`;

/** The document would break the rules listed in `problems`; nothing is written. */
export class UblRuleError extends Error {
  constructor(readonly problems: UblProblem[]) {
    super(`UBL rules not met: ${problems.map((p) => `${p.rule} ${p.message}`).join('; ')}`);
    this.name = 'UblRuleError';
  }
}

/**
 * What the rules need and the snapshot lacks, without writing anything: errors (the document
 * cannot be written) and warnings (valid, but a Peppol access point cannot route it).
 */
export function checkUbl(snapshot: UblSnapshot): UblProblem[] {
  const model = toModel(snapshot);
  const problems = checkModel(model);
  const b = snapshot.buyer;
  const business = !!(b.company?.trim() || b.vatNumber?.trim());
  if (business && model.buyer.endpoint?.scheme === 'EM') {
    problems.push({
      rule: 'PEPPOL-EN16931-R010',
      severity: 'warning',
      message: 'A business buyer is addressed by e-mail only: a Peppol access point cannot deliver to it',
      fix: 'BUYER_ELECTRONIC_ADDRESS',
    });
  }
  return problems;
}

/**
 * The Peppol BIS Billing 3.0 UBL 2.1 `Invoice` or `CreditNote` of an issued document, with the
 * stored PDF embedded. Pure and byte-stable: the same snapshot and bytes give the same XML.
 * @throws UblRuleError when the snapshot lacks what the rules need (see {@link checkUbl}).
 */
export function invoiceToUbl(snapshot: UblSnapshot, pdfBytes?: Uint8Array): string {
  const model = toModel(snapshot, pdfBytes);
  const problems = checkModel(model);
  if (problems.length) throw new UblRuleError(problems);
  const xml = writeModel(model);
  const empty = findEmptyElements(xml);
  if (empty.length) {
    throw new UblRuleError([
      {
        rule: 'PEPPOL-EN16931-R008',
        severity: 'error',
        message: `Empty elements: ${empty.join(', ')}`,
        fix: 'DOCUMENT_DATA',
      },
    ]);
  }
  return xml;
}

/** Serialises a model; exported for the rule tests, which break models on purpose. */
export function writeModel(m: UblModel): string {
  const cur = { currencyID: m.currency };
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS[m.root], m.root, {
    'xmlns:cac': NS.cac,
    'xmlns:cbc': NS.cbc,
  });
  const cbc = (parent: XMLBuilder, name: string, text: string | undefined, attrs?: Record<string, string>) => {
    if (text == null || text === '') return parent;
    parent.ele(NS.cbc, `cbc:${name}`, attrs).txt(text);
    return parent;
  };
  const cac = (parent: XMLBuilder, name: string) => parent.ele(NS.cac, `cac:${name}`);

  cbc(root, 'CustomizationID', m.customizationId);
  cbc(root, 'ProfileID', m.profileId);
  cbc(root, 'ID', m.number);
  cbc(root, 'IssueDate', m.issueDate);
  if (m.root === 'Invoice') {
    cbc(root, 'DueDate', m.dueDate);
    cbc(root, 'InvoiceTypeCode', m.typeCode);
  } else {
    cbc(root, 'CreditNoteTypeCode', m.typeCode);
  }
  for (const n of m.notes) cbc(root, 'Note', n);
  cbc(root, 'DocumentCurrencyCode', m.currency);
  cbc(root, 'BuyerReference', m.buyerReference);
  if (m.orderReference) cbc(cac(root, 'OrderReference'), 'ID', m.orderReference);
  if (m.billingReference?.number) {
    const ref = cac(cac(root, 'BillingReference'), 'InvoiceDocumentReference');
    cbc(ref, 'ID', m.billingReference.number);
    cbc(ref, 'IssueDate', m.billingReference.issueDate);
  }
  if (m.attachment) {
    const ref = cac(root, 'AdditionalDocumentReference');
    cbc(ref, 'ID', m.attachment.id);
    const att = cac(ref, 'Attachment');
    cbc(att, 'EmbeddedDocumentBinaryObject', PDF_PLACEHOLDER, {
      mimeCode: m.attachment.mimeCode,
      filename: m.attachment.fileName,
    });
  }
  party(cac(root, 'AccountingSupplierParty'), m.seller, cbc, cac);
  party(cac(root, 'AccountingCustomerParty'), m.buyer, cbc, cac);

  const delivery = cac(root, 'Delivery');
  cbc(delivery, 'ActualDeliveryDate', m.delivery.date);
  if (m.delivery.country) {
    const country = cac(cac(cac(delivery, 'DeliveryLocation'), 'Address'), 'Country');
    cbc(country, 'IdentificationCode', m.delivery.country);
  }
  if (m.paymentMeans) {
    const pm = cac(root, 'PaymentMeans');
    cbc(pm, 'PaymentMeansCode', m.paymentMeans.code);
    cbc(pm, 'PaymentDueDate', m.root === 'CreditNote' ? m.paymentMeans.dueDate : undefined);
    cbc(pm, 'PaymentID', m.paymentMeans.paymentId);
    if (m.paymentMeans.iban) {
      const acct = cac(pm, 'PayeeFinancialAccount');
      cbc(acct, 'ID', m.paymentMeans.iban);
      if (m.paymentMeans.bic) cbc(cac(acct, 'FinancialInstitutionBranch'), 'ID', m.paymentMeans.bic);
    }
  }
  if (m.paymentTerms) cbc(cac(root, 'PaymentTerms'), 'Note', m.paymentTerms);

  const taxTotal = cac(root, 'TaxTotal');
  cbc(taxTotal, 'TaxAmount', amount(m.vatTotalCents), cur);
  for (const r of m.vatRows) {
    const sub = cac(taxTotal, 'TaxSubtotal');
    cbc(sub, 'TaxableAmount', amount(r.taxableCents), cur);
    cbc(sub, 'TaxAmount', amount(r.vatCents), cur);
    const cat = cac(sub, 'TaxCategory');
    cbc(cat, 'ID', r.category);
    cbc(cat, 'Percent', percent(r.rateBp));
    cbc(cat, 'TaxExemptionReasonCode', r.exemptionCode);
    cbc(cat, 'TaxExemptionReason', r.exemptionText);
    cbc(cac(cat, 'TaxScheme'), 'ID', 'VAT');
  }
  const totals = cac(root, 'LegalMonetaryTotal');
  cbc(totals, 'LineExtensionAmount', amount(m.lineExtensionCents), cur);
  cbc(totals, 'TaxExclusiveAmount', amount(m.taxExclusiveCents), cur);
  cbc(totals, 'TaxInclusiveAmount', amount(m.taxInclusiveCents), cur);
  cbc(totals, 'PayableAmount', amount(m.payableCents), cur);

  const lineName = m.root === 'Invoice' ? 'InvoiceLine' : 'CreditNoteLine';
  const qtyName = m.root === 'Invoice' ? 'InvoicedQuantity' : 'CreditedQuantity';
  for (const l of m.lines) {
    const line = cac(root, lineName);
    cbc(line, 'ID', l.id);
    cbc(line, qtyName, String(l.quantity), { unitCode: UNIT_CODE });
    cbc(line, 'LineExtensionAmount', amount(l.netCents), cur);
    const item = cac(line, 'Item');
    cbc(item, 'Name', l.name);
    if (l.sku) cbc(cac(item, 'SellersItemIdentification'), 'ID', l.sku);
    const cat = cac(item, 'ClassifiedTaxCategory');
    cbc(cat, 'ID', l.category);
    cbc(cat, 'Percent', percent(l.rateBp));
    cbc(cac(cat, 'TaxScheme'), 'ID', 'VAT');
    cbc(cac(line, 'Price'), 'PriceAmount', l.price, cur);
  }
  const xml = root.end({ prettyPrint: true, indent: '  ', newline: '\n' });
  return m.attachment ? xml.replace(PDF_SLOT, `>${m.attachment.base64}</cbc:EmbeddedDocumentBinaryObject>`) : xml;
}

type Cbc = (parent: XMLBuilder, name: string, text: string | undefined, attrs?: Record<string, string>) => XMLBuilder;
type Cac = (parent: XMLBuilder, name: string) => XMLBuilder;

function party(holder: XMLBuilder, p: ModelParty, cbc: Cbc, cac: Cac) {
  const el = cac(holder, 'Party');
  if (p.endpoint) cbc(el, 'EndpointID', p.endpoint.id, { schemeID: p.endpoint.scheme });
  cbc(cac(el, 'PartyName'), 'Name', p.name);
  const addr = cac(el, 'PostalAddress');
  cbc(addr, 'StreetName', p.street);
  cbc(addr, 'CityName', p.city);
  cbc(addr, 'PostalZone', p.postalCode);
  cbc(cac(addr, 'Country'), 'IdentificationCode', p.country);
  if (p.vatNumber) {
    const tax = cac(el, 'PartyTaxScheme');
    cbc(tax, 'CompanyID', p.vatNumber);
    cbc(cac(tax, 'TaxScheme'), 'ID', 'VAT');
  }
  const legal = cac(el, 'PartyLegalEntity');
  cbc(legal, 'RegistrationName', p.name);
  cbc(legal, 'CompanyID', p.legalId);
  if (p.contactName || p.email || p.phone) {
    const contact = cac(el, 'Contact');
    cbc(contact, 'Name', p.contactName);
    cbc(contact, 'Telephone', p.phone);
    cbc(contact, 'ElectronicMail', p.email);
  }
}
