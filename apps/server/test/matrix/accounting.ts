import type { MatrixRow } from './types.js';

export const accountingRows: MatrixRow[] = [
  {
    op: 'vatJournal',
    query: '{ vatJournal(from: "2026-01-01", to: "2026-03-31") { invoiceCount } }',
    allowed: ['owner', 'manager', 'accountant'],
  },
];
