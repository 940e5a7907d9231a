import { type MatrixRow, NO_ID } from './types.js';

const write = ['owner', 'manager', 'staff'] as MatrixRow['allowed'];
const read = ['owner', 'manager', 'staff', 'accountant'] as MatrixRow['allowed'];
const settingsWrite = ['owner', 'manager'] as MatrixRow['allowed'];

export const purchasingRows: MatrixRow[] = [
  { op: 'suppliers', query: '{ suppliers { totalCount } }', allowed: read },
  { op: 'supplier', query: `{ supplier(id: "${NO_ID}") { id } }`, allowed: read },
  { op: 'purchaseOrders', query: '{ purchaseOrders { totalCount } }', allowed: read },
  { op: 'purchaseOrder', query: `{ purchaseOrder(id: "${NO_ID}") { id } }`, allowed: read },
  { op: 'incomingStock', query: `{ incomingStock(productIds: ["${NO_ID}"]) { onOrder } }`, allowed: read },
  { op: 'reorderSuggestions', query: '{ reorderSuggestions { productId } }', allowed: read },
  { op: 'purchasingSettings', query: '{ purchasingSettings { poPrefix } }', allowed: read },
  {
    op: 'createSupplier',
    query: 'mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { supplier { id } } }',
    vars: { i: { name: 'Matrix supplier', vatNumber: 'LU00000001' } },
    allowed: write,
  },
  {
    op: 'updateSupplier',
    query: 'mutation($i: UpdateSupplierInput!) { updateSupplier(input: $i) { supplier { id } } }',
    vars: { i: { id: NO_ID } },
    allowed: write,
  },
  {
    op: 'archiveSupplier',
    query: `mutation { archiveSupplier(id: "${NO_ID}") { supplier { id } } }`,
    allowed: write,
  },
  {
    op: 'setSupplierProduct',
    query: 'mutation($i: SetSupplierProductInput!) { setSupplierProduct(input: $i) { supplierProduct { id } } }',
    vars: { i: { supplierId: NO_ID, productId: NO_ID, unitCostCents: 1 } },
    allowed: write,
  },
  {
    op: 'createPurchaseOrder',
    query: 'mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id } } }',
    vars: { i: { supplierId: NO_ID, lines: [{ productId: NO_ID, quantity: 1 }] } },
    allowed: write,
  },
  {
    op: 'updatePurchaseOrder',
    query: 'mutation($i: UpdatePurchaseOrderInput!) { updatePurchaseOrder(input: $i) { purchaseOrder { id } } }',
    vars: { i: { id: NO_ID } },
    allowed: write,
  },
  {
    op: 'sendPurchaseOrder',
    query: `mutation { sendPurchaseOrder(id: "${NO_ID}") { purchaseOrder { id } } }`,
    allowed: write,
  },
  {
    op: 'amendPurchaseOrder',
    query: 'mutation($i: AmendPurchaseOrderInput!) { amendPurchaseOrder(input: $i) { purchaseOrder { id } } }',
    vars: { i: { id: NO_ID } },
    allowed: write,
  },
  {
    op: 'receivePurchaseOrder',
    query: 'mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { replayed } }',
    vars: { i: { purchaseOrderId: NO_ID, idempotencyKey: 'matrix-key-1', lines: [{ lineId: NO_ID, accepted: 1 }] } },
    allowed: write,
  },
  {
    op: 'closePurchaseOrder',
    query: `mutation { closePurchaseOrder(id: "${NO_ID}") { purchaseOrder { id } } }`,
    allowed: write,
  },
  {
    op: 'cancelPurchaseOrder',
    query: `mutation { cancelPurchaseOrder(id: "${NO_ID}") { purchaseOrder { id } } }`,
    allowed: write,
  },
  {
    op: 'createPurchaseOrdersFromSuggestions',
    query:
      'mutation($i: CreatePurchaseOrdersFromSuggestionsInput!) { createPurchaseOrdersFromSuggestions(input: $i) { purchaseOrders { id } } }',
    vars: { i: { suggestions: [{ productId: NO_ID }] } },
    allowed: write,
  },
  {
    op: 'setReorderPoint',
    query: 'mutation($i: SetReorderPointInput!) { setReorderPoint(input: $i) { reorderPoint { id } } }',
    vars: { i: { productId: NO_ID, locationId: NO_ID, minQuantity: 1, maxQuantity: 2 } },
    allowed: write,
  },
  {
    op: 'updatePurchasingSettings',
    query:
      'mutation { updatePurchasingSettings(input: { overReceiptTolerancePercent: 101 }) { settings { poPrefix } } }',
    allowed: settingsWrite,
  },
];
