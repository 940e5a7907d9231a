import { type MatrixRow, NO_ID } from './types.js';

const write = ['owner', 'manager', 'staff'] as MatrixRow['allowed'];
const idInput = (op: string): MatrixRow => ({
  op,
  query: `mutation($i: ProductIdInput!) { ${op}(input: $i) ${op === 'deleteProduct' ? '' : '{ product { id } }'} }`,
  vars: { i: { id: NO_ID } },
  allowed: write,
});

export const catalogRows: MatrixRow[] = [
  { op: 'products', query: '{ products { totalCount } }', allowed: write },
  { op: 'product', query: `{ product(id: "${NO_ID}") { id } }`, allowed: write },
  {
    op: 'createProduct',
    query: 'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } } }',
    vars: { i: { sku: 'M', gtin: '123', name: 'x', priceCents: 1 } }, // bad GTIN → refused after the check
    allowed: write,
  },
  {
    op: 'updateProduct',
    query: 'mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { id } } }',
    vars: { i: { id: NO_ID } },
    allowed: write,
  },
  idInput('archiveProduct'),
  idInput('restoreProduct'),
  idInput('deleteProduct'),
];
