import { type MatrixRow, NO_ID } from './types.js';

const read = ['owner', 'manager', 'staff', 'accountant'] as MatrixRow['allowed'];
const issue = ['owner', 'manager', 'staff'] as MatrixRow['allowed'];

export const invoicingRows: MatrixRow[] = [
  { op: 'invoiceSettings', query: '{ invoiceSettings { legalName } }', allowed: ['owner', 'manager', 'staff'] },
  {
    op: 'updateInvoiceSettings',
    query: 'mutation { updateInvoiceSettings(input: { iban: "not-an-iban" }) { legalName } }',
    allowed: ['owner', 'manager'],
  },
  { op: 'invoices', query: '{ invoices { totalCount } }', allowed: read },
  {
    op: 'invoiceUblPreflight',
    query: '{ invoiceUblPreflight(from: "2026-01-01", to: "2026-01-31") { documents } }',
    allowed: read,
  },
  { op: 'invoice', query: `{ invoice(id: "${NO_ID}") { id } }`, allowed: read },
  {
    op: 'issueInvoice',
    query: `mutation { issueInvoice(input: { orderId: "${NO_ID}" }) { invoice { id } } }`,
    allowed: issue,
  },
  // Bookkeeping: the accountant records payments; staff do not.
  {
    op: 'markInvoicePaid',
    query: `mutation { markInvoicePaid(input: { id: "${NO_ID}" }) { invoice { id } } }`,
    allowed: ['owner', 'manager', 'accountant'],
  },
  // A financial correction: the owner and the manager.
  {
    op: 'createCreditNote',
    query: `mutation { createCreditNote(input: { id: "${NO_ID}" }) { invoice { id } } }`,
    allowed: ['owner', 'manager'],
  },
];
