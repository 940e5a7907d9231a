import { type MatrixRow, NO_ID } from './types.js';

export const mailRows: MatrixRow[] = [
  { op: 'mailSettings', query: '{ mailSettings { senderName } }', allowed: ['owner', 'manager', 'staff'] },
  {
    op: 'updateMailSettings',
    query: 'mutation { updateMailSettings(input: { replyTo: "not-an-address" }) { replyTo } }', // refused after the check
    allowed: ['owner', 'manager'],
  },
  {
    op: 'sendInvoice',
    query: 'mutation($i: SendInvoiceInput!) { sendInvoice(input: $i) { email { id } } }',
    vars: { i: { id: NO_ID } },
    allowed: ['owner', 'manager', 'staff'],
  },
  { op: 'devMailbox', query: '{ devMailbox { id } }', allowed: ['owner'] },
];
