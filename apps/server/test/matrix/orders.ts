import { type MatrixRow, NO_ID } from './types.js';

const idOp = (op: string, type: string): MatrixRow => ({
  op,
  query: `mutation($i: ${type}!) { ${op}(input: $i) { order { id } } }`,
  vars: { i: { id: NO_ID, ...(op === 'shipOrder' ? { carrier: 'post_lu' } : {}) } },
  allowed: ['owner', 'manager', 'staff'],
});

export const orderRows: MatrixRow[] = [
  { op: 'orders', query: '{ orders { totalCount } }', allowed: ['owner', 'manager', 'staff', 'accountant'] },
  {
    op: 'orderStatusCounts',
    query: '{ orderStatusCounts { count } }',
    allowed: ['owner', 'manager', 'staff', 'accountant'],
  },
  { op: 'order', query: `{ order(id: "${NO_ID}") { id } }`, allowed: ['owner', 'manager', 'staff', 'accountant'] },
  {
    op: 'createOrder',
    query: 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }',
    vars: {
      i: {
        customerId: NO_ID,
        shippingAddress: { firstName: 'a', lastName: 'b', street: 'c', postalCode: '1', city: 'd', country: 'LU' },
        lines: [{ productId: NO_ID, quantity: 1 }],
      },
    },
    allowed: ['owner', 'manager', 'staff'],
  },
  idOp('confirmOrder', 'OrderIdInput'),
  idOp('shipOrder', 'ShipOrderInput'),
  idOp('markOrderDelivered', 'OrderIdInput'),
  idOp('cancelOrder', 'CancelOrderInput'),
  idOp('refundOrder', 'OrderIdInput'),
];
