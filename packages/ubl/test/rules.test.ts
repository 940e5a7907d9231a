import { describe, expect, it } from 'vitest';
import {
  checkModel,
  checkUbl,
  findEmptyElements,
  invoiceToUbl,
  toModel,
  UblRuleError,
  type UblModel,
  type UblSnapshot,
} from '../src/index.js';
import {
  DOMESTIC,
  FULL_CREDIT_NOTE,
  GOLDEN,
  INTRA_COMMUNITY,
  PDF,
  REVERSE_CHARGE,
  SERVICES_OUTSIDE_EU,
  SEVERAL_RATES,
} from './fixtures.js';

const rules = (m: UblModel) => checkModel(m).map((p) => p.rule);
const broken = (s: UblSnapshot, change: (m: UblModel) => void) => {
  const m = toModel(structuredClone(s), PDF);
  expect(rules(m)).toEqual([]);
  change(m);
  return rules(m);
};
const snapRules = (s: UblSnapshot) => checkUbl(s).map((p) => p.rule);

/** Each case breaks one thing in an otherwise valid document; the rule named must fire. */
const MODEL_CASES: [string, UblSnapshot, (m: UblModel) => void][] = [
  ['PEPPOL-EN16931-R001', DOMESTIC, (m) => (m.profileId = 'urn:other')],
  ['PEPPOL-EN16931-R004', DOMESTIC, (m) => (m.customizationId = 'urn:cen.eu:en16931:2017')],
  ['PEPPOL-EN16931-R002', DOMESTIC, (m) => (m.notes = ['one', 'two'])],
  ['PEPPOL-EN16931-F001', DOMESTIC, (m) => (m.dueDate = '17.03.2026')],
  ['PEPPOL-EN16931-P0100', DOMESTIC, (m) => (m.typeCode = '383')],
  ['PEPPOL-EN16931-P0101', FULL_CREDIT_NOTE, (m) => (m.typeCode = '380')],
  ['PEPPOL-EN16931-CL001', DOMESTIC, (m) => m.attachment && (m.attachment.mimeCode = 'application/zip')],
  ['PEPPOL-EN16931-CL008', DOMESTIC, (m) => (m.buyer.endpoint = { scheme: 'EMAIL', id: 'x@example.lu' })],
  ['PEPPOL-COMMON-R040', DOMESTIC, (m) => (m.buyer.endpoint = { scheme: '0088', id: '5798000000002' })],
  ['PEPPOL-EN16931-R120', SEVERAL_RATES, (m) => (m.lines[0].price = '12.00')],
  ['BR-02', DOMESTIC, (m) => (m.number = ' ')],
  ['BR-03', DOMESTIC, (m) => (m.issueDate = '')],
  ['BR-05', DOMESTIC, (m) => (m.currency = '')],
  ['BR-06', DOMESTIC, (m) => (m.seller.name = '')],
  ['BR-07', DOMESTIC, (m) => (m.buyer.name = '')],
  ['BR-08', DOMESTIC, (m) => Object.assign(m.seller, { street: '', city: '', postalCode: '' })],
  ['BR-09', DOMESTIC, (m) => (m.seller.country = 'Luxembourg')],
  ['BR-10', DOMESTIC, (m) => Object.assign(m.buyer, { street: '', city: '', postalCode: '' })],
  ['BR-11', DOMESTIC, (m) => (m.buyer.country = '')],
  ['BR-16', DOMESTIC, (m) => (m.lines = [])],
  ['BR-21', DOMESTIC, (m) => (m.lines[0].id = '')],
  ['BR-22', DOMESTIC, (m) => (m.lines[0].quantity = 0)],
  ['BR-25', DOMESTIC, (m) => (m.lines[0].name = '')],
  ['BR-27', SEVERAL_RATES, (m) => (m.lines[4].price = '-5.00')],
  ['BR-52', DOMESTIC, (m) => m.attachment && (m.attachment.id = '')],
  ['BR-CO-04', DOMESTIC, (m) => (m.lines[0].category = 'X')],
  ['BR-47', DOMESTIC, (m) => (m.vatRows[0].category = 'X')],
  ['BR-CO-09', DOMESTIC, (m) => (m.seller.vatNumber = '15027442')],
  ['BR-CO-26', DOMESTIC, (m) => Object.assign(m.seller, { vatNumber: undefined, legalId: undefined })],
  ['BR-CO-10', DOMESTIC, (m) => (m.lineExtensionCents += 1)],
  ['BR-CO-13', DOMESTIC, (m) => (m.taxExclusiveCents += 1)],
  ['BR-CO-14', DOMESTIC, (m) => (m.vatTotalCents += 1)],
  ['BR-CO-15', DOMESTIC, (m) => (m.taxInclusiveCents += 1)],
  ['BR-CO-16', DOMESTIC, (m) => (m.payableCents += 1)],
  ['BR-CO-18', DOMESTIC, (m) => (m.vatRows = [])],
  ['BR-CO-25', DOMESTIC, (m) => Object.assign(m, { dueDate: undefined, paymentTerms: undefined })],
  ['BR-49', DOMESTIC, (m) => m.paymentMeans && (m.paymentMeans.code = '')],
  ['BR-61', DOMESTIC, (m) => m.paymentMeans && (m.paymentMeans.iban = '')],
  ['BR-S-01', DOMESTIC, (m) => (m.vatRows = [{ ...m.vatRows[0], category: 'Z', rateBp: 0, vatCents: 0 }])],
  ['BR-S-02', DOMESTIC, (m) => Object.assign(m.seller, { vatNumber: undefined })],
  ['BR-S-05', DOMESTIC, (m) => (m.lines[0].rateBp = 0)],
  ['BR-S-08', SEVERAL_RATES, (m) => (m.vatRows[1].taxableCents += 1)],
  ['BR-S-09', DOMESTIC, (m) => (m.vatRows[0].vatCents += 100)],
  ['BR-CO-17', SEVERAL_RATES, (m) => (m.vatRows[1].vatCents -= 150)],
  ['BR-CO-17', GOLDEN.export, (m) => (m.vatRows[0].vatCents = 250)],
  ['BR-S-10', DOMESTIC, (m) => (m.vatRows[0].exemptionText = 'exempt')],
  ['BR-K-02', INTRA_COMMUNITY, (m) => (m.buyer.vatNumber = undefined)],
  ['BR-K-05', INTRA_COMMUNITY, (m) => (m.lines[0].rateBp = 300)],
  ['BR-K-08', INTRA_COMMUNITY, (m) => (m.vatRows[0].taxableCents += 1)],
  ['BR-K-09', INTRA_COMMUNITY, (m) => (m.vatRows[0].vatCents = 10)],
  [
    'BR-K-10',
    INTRA_COMMUNITY,
    (m) => Object.assign(m.vatRows[0], { exemptionCode: undefined, exemptionText: undefined }),
  ],
  ['BR-IC-11', INTRA_COMMUNITY, (m) => (m.delivery.date = '')],
  ['BR-IC-12', INTRA_COMMUNITY, (m) => (m.delivery.country = undefined)],
  ['BR-AE-02', REVERSE_CHARGE, (m) => (m.buyer.vatNumber = undefined)],
  [
    'BR-AE-10',
    REVERSE_CHARGE,
    (m) => Object.assign(m.vatRows[0], { exemptionCode: undefined, exemptionText: undefined }),
  ],
  ['BR-G-05', GOLDEN.export, (m) => (m.lines[0].rateBp = 1700)],
  ['BR-G-09', GOLDEN.export, (m) => (m.vatRows[0].vatCents = 1)],
  [
    'BR-G-10',
    GOLDEN.export,
    (m) => Object.assign(m.vatRows[0], { exemptionCode: undefined, exemptionText: undefined }),
  ],
  ['BR-G-02', GOLDEN.export, (m) => (m.seller.vatNumber = undefined)],
  ['BR-E-10', SERVICES_OUTSIDE_EU, (m) => (m.vatRows[0].exemptionText = undefined)],
  ['BR-55', FULL_CREDIT_NOTE, (m) => (m.billingReference = { number: '' })],
  ['PEPPOL-EN16931-R003', DOMESTIC, (m) => Object.assign(m, { buyerReference: undefined, orderReference: undefined })],
  ['PEPPOL-EN16931-R010', DOMESTIC, (m) => (m.buyer.endpoint = undefined)],
  ['PEPPOL-EN16931-R020', DOMESTIC, (m) => (m.seller.endpoint = undefined)],
];

describe('EN 16931 and Peppol BIS 3 rules', () => {
  for (const [rule, snapshot, change] of MODEL_CASES) {
    it(`${rule} fires on a document that breaks it`, () => {
      expect(broken(snapshot, change)).toContain(rule);
    });
  }

  it('PEPPOL-EN16931-R008: an empty element is found', () => {
    expect(findEmptyElements('<a><cbc:Note></cbc:Note><cbc:ID schemeID="x"/><cbc:Name>n</cbc:Name></a>')).toEqual([
      'cbc:Note',
      'cbc:ID',
    ]);
  });

  it('PEPPOL-EN16931-R120: a price that does not divide is written to 6 places and multiplies back', () => {
    const m = toModel(SEVERAL_RATES);
    expect(m.lines[0].price).toBe('11.966667');
    expect(rules(m)).toEqual([]);
  });
});

describe('what the snapshot lacks (the pre-flight list) and refusal', () => {
  it('a seller whose VAT number has no Peppol scheme and no stored address: R020, fix the seller address', () => {
    const s = { ...DOMESTIC, seller: { ...DOMESTIC.seller, vatNumber: 'SE556036079301' } };
    expect(checkUbl(s)).toContainEqual(
      expect.objectContaining({ rule: 'PEPPOL-EN16931-R020', fix: 'SELLER_ELECTRONIC_ADDRESS' }),
    );
    const configured = { ...s, seller: { ...s.seller, electronicAddress: { scheme: '0007', id: '5560360793' } } };
    expect(snapRules(configured)).toEqual([]);
    expect(invoiceToUbl(configured)).toContain('<cbc:EndpointID schemeID="0007">5560360793</cbc:EndpointID>');
  });

  it('a consumer without e-mail: R010, fix the buyer address; a stored Peppol ID wins over VAT number and e-mail', () => {
    const s = { ...DOMESTIC, buyer: { ...DOMESTIC.buyer, email: undefined } };
    expect(checkUbl(s)).toContainEqual(
      expect.objectContaining({ rule: 'PEPPOL-EN16931-R010', fix: 'BUYER_ELECTRONIC_ADDRESS', severity: 'error' }),
    );
    const withId = {
      ...INTRA_COMMUNITY,
      buyer: { ...INTRA_COMMUNITY.buyer, electronicAddress: { scheme: '0009', id: '30326504500018' } },
    };
    expect(invoiceToUbl(withId)).toContain('<cbc:EndpointID schemeID="0009">30326504500018</cbc:EndpointID>');
  });

  it('a business buyer reachable by e-mail only: a warning to add its Peppol ID', () => {
    const s = {
      ...REVERSE_CHARGE,
      buyer: { ...REVERSE_CHARGE.buyer, vatNumber: 'DK13585628', email: 'ap@example.dk' },
    };
    expect(checkUbl(s)).toEqual([expect.objectContaining({ rule: 'PEPPOL-EN16931-R010', severity: 'warning' })]);
    expect(() => invoiceToUbl(s)).not.toThrow();
  });

  it('no buyer reference and no order: R003; the order number is the buyer reference when the buyer gave none', () => {
    expect(snapRules({ ...DOMESTIC, orderReference: undefined })).toEqual(['PEPPOL-EN16931-R003']);
    expect(toModel(DOMESTIC).buyerReference).toBe('#1042');
    expect(toModel(SEVERAL_RATES).buyerReference).toBe('PO-7781');
  });

  it('a credit note without its invoice: BR-55', () => {
    expect(snapRules({ ...FULL_CREDIT_NOTE, creditedInvoiceNumber: undefined })).toEqual(['BR-55']);
  });

  it('invoiceToUbl refuses with every problem and writes nothing', () => {
    const s = { ...DOMESTIC, orderReference: undefined, buyer: { ...DOMESTIC.buyer, email: undefined } };
    try {
      invoiceToUbl(s, PDF);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UblRuleError);
      expect((e as UblRuleError).problems.map((p) => p.rule).sort()).toEqual([
        'PEPPOL-EN16931-R003',
        'PEPPOL-EN16931-R010',
      ]);
    }
  });
});

describe('parsePeppolId', () => {
  it('reads scheme:identifier and refuses anything else with the form to use', async () => {
    const { parsePeppolId } = await import('../src/index.js');
    expect(parsePeppolId(' 9938:LU15027442 ')).toEqual({ address: { scheme: '9938', id: 'LU15027442' } });
    expect(parsePeppolId('em:ap@example.lu')).toEqual({ address: { scheme: 'EM', id: 'ap@example.lu' } });
    expect(parsePeppolId('0088:5798000000002')).toEqual({ reason: expect.stringContaining('check digit') });
    expect(parsePeppolId('0088:5798000000001')).toEqual({ address: { scheme: '0088', id: '5798000000001' } });
    for (const bad of ['LU15027442', '99:LU1', '9938:', '9938:a b', `0088:${'1'.repeat(51)}`])
      expect(parsePeppolId(bad)).toEqual({ reason: expect.stringContaining('scheme:identifier') });
  });
});
