import { isEasScheme, isValidGln } from './endpoints.js';
import { decimalToMicro } from './format.js';
import { CUSTOMIZATION_ID, PROFILE_ID, UNIT_CODE, type UblModel } from './model.js';
import type { UblFix, UblProblem } from './types.js';

/**
 * The EN 16931 (CEN) and Peppol BIS Billing 3.0 schematron rules that bear on what Orion issues,
 * checked on the document as it will be written. Each has a test in `test/rules.test.ts`.
 * Rules about elements Orion never writes (allowances and charges, invoicing periods, tax
 * representatives, payee, VAT in an accounting currency, direct debit, cards) are not listed.
 */

const ISO_COUNTRY =
  /^(A[DEFGILMOQRSTUWXZ]|B[ABDEFGHIJLMNOQRSTVWYZ]|C[ACDFGHIKLMNORUVWXYZ]|D[EJKMOZ]|E[CEGHLRST]|F[IJKMOR]|G[ABDEFGHILMNPQRSTUWY]|H[KMNRTU]|I[DELMNOQRST]|J[EMOP]|K[EGHIMNPRWYZ]|L[ABCIKRSTUVY]|M[ACDEFGHKLMNOPQRSTUVWXYZ]|N[ACEFGILOPRUZ]|OM|P[AEFGHKLMNRSTWY]|QA|R[EOSUW]|S[ABCDEGHIJKLMNORSTVXYZ]|T[CDFGHJKLMNORTVWZ]|U[AGMSYZ]|V[ACEGINU]|W[FS]|XI|Y[ET]|Z[AMW])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];
/** Categories with a 0 % rate and an exemption reason. */
const EXEMPT = ['E', 'AE', 'K', 'G', 'O'];
/** Categories whose seller must state a VAT identifier (BR-x-02…04). */
const SELLER_VAT = ['S', 'Z', 'E', 'AE', 'K', 'G'];
const MIME_CODES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.spreadsheet',
];

const blank = (v: string | undefined) => v == null || v.trim() === '';

export function checkModel(m: UblModel): UblProblem[] {
  const out: UblProblem[] = [];
  const fail = (rule: string, message: string, fix: UblFix, severity: UblProblem['severity'] = 'error') =>
    out.push({ rule, message, fix, severity });

  // Document
  if (m.customizationId !== CUSTOMIZATION_ID)
    fail('PEPPOL-EN16931-R004', 'Specification identifier must be the Peppol BIS 3 one', 'DOCUMENT_DATA');
  if (m.profileId !== PROFILE_ID) fail('PEPPOL-EN16931-R001', 'Business process must be billing 01', 'DOCUMENT_DATA');
  if (blank(m.number)) fail('BR-02', 'The invoice number is missing', 'DOCUMENT_DATA');
  if (!DATE.test(m.issueDate)) fail('BR-03', 'The issue date is missing or not YYYY-MM-DD', 'DOCUMENT_DATA');
  for (const d of [m.issueDate, m.dueDate, m.delivery.date, m.billingReference?.issueDate])
    if (d != null && !DATE.test(d)) fail('PEPPOL-EN16931-F001', `Date ${d} is not YYYY-MM-DD`, 'DOCUMENT_DATA');
  if (m.root === 'Invoice' && m.typeCode !== '380')
    fail('PEPPOL-EN16931-P0100', 'Invoice type code not allowed', 'DOCUMENT_DATA');
  if (m.root === 'CreditNote' && m.typeCode !== '381')
    fail('PEPPOL-EN16931-P0101', 'Credit note type code not allowed', 'DOCUMENT_DATA');
  if (!/^[A-Z]{3}$/.test(m.currency)) fail('BR-05', 'The currency code is missing', 'DOCUMENT_DATA');
  if (m.notes.length > 1) fail('PEPPOL-EN16931-R002', 'No more than one note on document level', 'DOCUMENT_DATA');
  if (blank(m.buyerReference) && blank(m.orderReference))
    fail('PEPPOL-EN16931-R003', 'A buyer reference or purchase order reference must be provided', 'BUYER_REFERENCE');
  if (m.root === 'CreditNote' && blank(m.billingReference?.number))
    fail('BR-55', 'The credit note does not name the invoice it corrects', 'CREDITED_INVOICE');
  if (m.attachment) {
    if (blank(m.attachment.id)) fail('BR-52', 'The attached document has no reference', 'DOCUMENT_DATA');
    if (!MIME_CODES.includes(m.attachment.mimeCode))
      fail('PEPPOL-EN16931-CL001', `MIME code ${m.attachment.mimeCode} not allowed`, 'DOCUMENT_DATA');
  }

  // Seller (BG-4) and buyer (BG-7)
  const party = (p: UblModel['seller'], who: 'Seller' | 'Buyer') => {
    const fix: UblFix = who === 'Seller' ? 'SELLER_DETAILS' : 'BUYER_DETAILS';
    if (blank(p.name)) fail(who === 'Seller' ? 'BR-06' : 'BR-07', `${who} name missing`, fix);
    if (blank(p.street) && blank(p.city) && blank(p.postalCode))
      fail(who === 'Seller' ? 'BR-08' : 'BR-10', `${who} postal address missing`, fix);
    if (!ISO_COUNTRY.test(p.country)) fail(who === 'Seller' ? 'BR-09' : 'BR-11', `${who} country code missing`, fix);
    if (p.vatNumber && !/^([A-Z]{2}|EL)/.test(p.vatNumber))
      fail('BR-CO-09', `${who} VAT identifier must start with its country prefix`, fix);
    if (p.vatNumber && !ISO_COUNTRY.test(p.vatNumber.slice(0, 2)) && !p.vatNumber.startsWith('EL'))
      fail('BR-CO-09', `${who} VAT identifier must start with an ISO 3166 country code (or EL)`, fix);
    const addrFix: UblFix = who === 'Seller' ? 'SELLER_ELECTRONIC_ADDRESS' : 'BUYER_ELECTRONIC_ADDRESS';
    if (!p.endpoint)
      fail(
        who === 'Seller' ? 'PEPPOL-EN16931-R020' : 'PEPPOL-EN16931-R010',
        `${who} electronic address must be provided`,
        addrFix,
      );
    else if (!isEasScheme(p.endpoint.scheme))
      fail('PEPPOL-EN16931-CL008', `${who} electronic address scheme ${p.endpoint.scheme} is not an EAS code`, addrFix);
    else if (p.endpoint.scheme === '0088' && !isValidGln(p.endpoint.id))
      fail('PEPPOL-COMMON-R040', `${who} GLN ${p.endpoint.id} has a wrong check digit`, addrFix);
  };
  party(m.seller, 'Seller');
  party(m.buyer, 'Buyer');
  if (!m.seller.vatNumber && !m.seller.legalId)
    fail('BR-CO-26', 'The seller needs a VAT identifier or a legal registration identifier', 'SELLER_DETAILS');

  // Lines (BG-25)
  if (m.lines.length === 0) fail('BR-16', 'An invoice needs at least one line', 'DOCUMENT_DATA');
  for (const l of m.lines) {
    if (blank(l.id)) fail('BR-21', 'Line without identifier', 'DOCUMENT_DATA');
    if (!Number.isFinite(l.quantity) || l.quantity === 0)
      fail('BR-22', `Line ${l.id}: quantity missing`, 'DOCUMENT_DATA');
    if (blank(l.name)) fail('BR-25', `Line ${l.id}: item name missing`, 'DOCUMENT_DATA');
    if (l.price.startsWith('-'))
      fail('BR-27', `Line ${l.id}: the item net price must not be negative`, 'DOCUMENT_DATA');
    // R120: line net = quantity × price (base quantity 1), within the rule's 0.02 slack.
    const expected = l.quantity * decimalToMicro(l.price);
    if (Math.abs(expected - l.netCents * 10_000) > 20_000)
      fail('PEPPOL-EN16931-R120', `Line ${l.id}: net amount is not quantity × price`, 'DOCUMENT_DATA');
    if (!CATEGORIES.includes(l.category))
      fail('BR-CO-04', `Line ${l.id}: VAT category ${l.category} unknown`, 'DOCUMENT_DATA');
    if (l.category === 'S' && l.rateBp <= 0)
      fail('BR-S-05', `Line ${l.id}: a standard-rated line needs a rate above 0`, 'DOCUMENT_DATA');
    const zero: Record<string, string> = { Z: 'BR-Z-05', E: 'BR-E-05', AE: 'BR-AE-05', K: 'BR-K-05', G: 'BR-G-05' };
    if (zero[l.category] && l.rateBp !== 0)
      fail(zero[l.category], `Line ${l.id}: a ${l.category} line must have a 0 % rate`, 'DOCUMENT_DATA');
  }

  // VAT breakdown (BG-23)
  if (m.vatRows.length === 0) fail('BR-CO-18', 'At least one VAT breakdown is needed', 'DOCUMENT_DATA');
  for (const r of m.vatRows) {
    if (!CATEGORIES.includes(r.category))
      fail('BR-47', `VAT breakdown category ${r.category} unknown`, 'DOCUMENT_DATA');
    const rowLines = m.lines.filter((l) => l.category === r.category && (r.category !== 'S' || l.rateBp === r.rateBp));
    const sum = rowLines.reduce((s, l) => s + l.netCents, 0);
    if (sum !== r.taxableCents)
      fail(
        `BR-${r.category}-08`,
        `VAT ${r.category} ${r.rateBp} bp: taxable amount is not the sum of its lines`,
        'DOCUMENT_DATA',
      );
    if (r.category === 'S') {
      // BR-S-09 / BR-CO-17: tax = taxable × rate, within the schematron's tolerance of one unit.
      const exact = (r.taxableCents * r.rateBp) / 10_000;
      if (Math.abs(Math.abs(r.vatCents) - Math.round(Math.abs(exact))) >= 100)
        fail('BR-S-09', `VAT S ${r.rateBp} bp: tax amount is not taxable × rate`, 'DOCUMENT_DATA');
    } else if (r.vatCents !== 0 || r.rateBp !== 0) {
      fail(`BR-${r.category}-09`, `VAT ${r.category}: the tax amount and rate must be 0`, 'DOCUMENT_DATA');
    }
    // BR-CO-17: every category's tax is its taxable amount × its rate (same tolerance as BR-S-09).
    if (Math.abs(r.vatCents - Math.round((r.taxableCents * r.rateBp) / 10_000)) >= 100)
      fail('BR-CO-17', `VAT ${r.category} ${r.rateBp} bp: tax amount is not taxable × rate`, 'DOCUMENT_DATA');
    const hasReason = !blank(r.exemptionCode) || !blank(r.exemptionText);
    if ((r.category === 'S' || r.category === 'Z') && hasReason)
      fail(`BR-${r.category}-10`, `VAT ${r.category} must not have an exemption reason`, 'DOCUMENT_DATA');
    if (EXEMPT.includes(r.category) && !hasReason)
      fail(`BR-${r.category}-10`, `VAT ${r.category} needs an exemption reason`, 'DOCUMENT_DATA');
  }
  for (const c of new Set(m.lines.map((l) => l.category))) {
    if (!m.vatRows.some((r) => r.category === c))
      fail(`BR-${c}-01`, `Lines of VAT category ${c} but no VAT breakdown of it`, 'DOCUMENT_DATA');
    if (SELLER_VAT.includes(c) && !m.seller.vatNumber)
      fail(`BR-${c}-02`, `VAT category ${c} needs the seller's VAT identifier`, 'SELLER_DETAILS');
  }
  const cats = new Set(m.lines.map((l) => l.category));
  if (cats.has('K') && !m.buyer.vatNumber)
    fail('BR-K-02', "An intra-Community supply needs the buyer's VAT identifier", 'BUYER_DETAILS');
  if (cats.has('AE') && !m.buyer.vatNumber && !m.buyer.legalId)
    fail('BR-AE-02', "Reverse charge needs the buyer's VAT identifier", 'BUYER_DETAILS');
  if (cats.has('K') && blank(m.delivery.date))
    fail('BR-IC-11', 'An intra-Community supply needs the delivery date', 'DOCUMENT_DATA');
  if (cats.has('K') && blank(m.delivery.country))
    fail('BR-IC-12', 'An intra-Community supply needs the deliver-to country', 'DOCUMENT_DATA');

  // Totals (BG-22)
  const lineSum = m.lines.reduce((s, l) => s + l.netCents, 0);
  if (lineSum !== m.lineExtensionCents)
    fail('BR-CO-10', 'Sum of line net amounts differs from the lines', 'DOCUMENT_DATA');
  if (m.taxExclusiveCents !== m.lineExtensionCents)
    fail('BR-CO-13', 'Total without VAT must be the sum of lines (no allowances or charges)', 'DOCUMENT_DATA');
  const vatSum = m.vatRows.reduce((s, r) => s + r.vatCents, 0);
  if (vatSum !== m.vatTotalCents) fail('BR-CO-14', 'Total VAT differs from the VAT breakdown', 'DOCUMENT_DATA');
  if (m.taxInclusiveCents !== m.taxExclusiveCents + m.vatTotalCents)
    fail('BR-CO-15', 'Total with VAT must be the total without VAT plus VAT', 'DOCUMENT_DATA');
  if (m.payableCents !== m.taxInclusiveCents)
    fail('BR-CO-16', 'Amount due differs from the total with VAT', 'DOCUMENT_DATA');
  if (m.payableCents > 0 && blank(m.dueDate) && blank(m.paymentTerms) && blank(m.paymentMeans?.dueDate))
    fail('BR-CO-25', 'A positive amount due needs a due date or payment terms', 'DOCUMENT_DATA');

  // Payment (BG-16)
  if (m.paymentMeans) {
    if (blank(m.paymentMeans.code)) fail('BR-49', 'Payment means type code missing', 'DOCUMENT_DATA');
    if (['30', '58'].includes(m.paymentMeans.code) && blank(m.paymentMeans.iban))
      fail('BR-61', 'A credit transfer needs the payment account identifier', 'SELLER_DETAILS');
  }
  return out;
}

/** PEPPOL-EN16931-R008: the written document has no element without content. */
export function findEmptyElements(xml: string): string[] {
  const out: string[] = [];
  const re = /<([A-Za-z]+:[A-Za-z]+)(?:\s[^>]*)?(?:\/>|>\s*<\/\1>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1]);
  return out;
}

export { UNIT_CODE };
