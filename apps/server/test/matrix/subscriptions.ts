import type { MatrixRow } from './types.js';

export const subscriptionRows: MatrixRow[] = [
  {
    op: 'storeSubscription',
    query: '{ storeSubscription { status } }',
    allowed: ['owner', 'manager', 'staff', 'accountant'],
  },
  {
    op: 'checkOrderLimit',
    query: '{ checkOrderLimit { allowed } }',
    allowed: ['owner', 'manager', 'staff', 'accountant'],
  },
  {
    op: 'subscriptionChanges',
    query: '{ subscriptionChanges { toTier } }',
    allowed: ['owner', 'manager', 'staff', 'accountant'],
  },
  // BUSINESS is the matrix store's tier already (permissions.test.ts): allowed callers change nothing.
  { op: 'changeTier', query: 'mutation { changeTier(input: { tier: BUSINESS }) { status } }', allowed: ['owner'] },
];
