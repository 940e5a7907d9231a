import { type MatrixRow, NO_ID } from './types.js';

const ops = ['owner', 'manager', 'staff'] as MatrixRow['allowed'];

export const inventoryRows: MatrixRow[] = [
  { op: 'locations', query: '{ locations { id } }', allowed: ops },
  { op: 'stockLevels', query: '{ stockLevels { totalCount } }', allowed: ops },
  { op: 'lowStock', query: '{ lowStock { available } }', allowed: ops },
  {
    op: 'inventoryTransactions',
    query: `{ inventoryTransactions(productId: "${NO_ID}") { totalCount } }`,
    allowed: ops,
  },
  {
    op: 'createLocation',
    query: 'mutation { createLocation(input: { warehouse: "", bin: "" }) { id } }',
    allowed: ops,
  },
  {
    op: 'adjustStock',
    query: 'mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity } }',
    vars: { i: { productId: NO_ID, locationId: NO_ID, reason: 'RECEIVED', quantity: 1 } },
    allowed: ops,
  },
  {
    op: 'transferStock',
    query: 'mutation($i: TransferStockInput!) { transferStock(input: $i) { from { quantity } } }',
    vars: { i: { productId: NO_ID, fromLocationId: NO_ID, toLocationId: NO_ID, quantity: 1 } },
    allowed: ops,
  },
];
