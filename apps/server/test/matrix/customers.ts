import { type MatrixRow, NO_ID } from './types.js';

const ops = ['owner', 'manager', 'staff'] as MatrixRow['allowed'];

export const customerRows: MatrixRow[] = [
  { op: 'customers', query: '{ customers { totalCount } }', allowed: ops },
  { op: 'customer', query: `{ customer(id: "${NO_ID}") { id } }`, allowed: ops },
  {
    op: 'createCustomer',
    query: 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }',
    vars: { i: { email: 'not-an-email' } },
    allowed: ops,
  },
  {
    op: 'updateCustomer',
    query: 'mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { id } } }',
    vars: { i: { id: NO_ID } },
    allowed: ops,
  },
  {
    op: 'eraseCustomer',
    query: `mutation { eraseCustomer(id: "${NO_ID}") { ordersAnonymised } }`,
    allowed: ['owner', 'manager'],
  },
  {
    op: 'personalDataAccessLog',
    query: '{ personalDataAccessLog(first: 1) { totalCount } }',
    allowed: ['owner'],
  },
];
