import type { RoleName } from './types.js';

/** The ids of the rows a field query reads (seeded by the matrix test). */
export interface FieldIds {
  order: string;
  invoice: string;
}

/**
 * One field below the root that needs more than its operation, reached through both read paths
 * of orders (the list's raw SQL, an order through the ORM). `field` names it `Type.field`; every
 * `@Authorized` field resolver of the schema is listed. An allowed role gets the data without
 * any error; the others get PERMISSION_DENIED.
 */
export interface FieldRow {
  field: string;
  path: 'list' | 'one' | 'invoice';
  query: (ids: FieldIds) => string;
  allowed: RoleName[];
}

const all: RoleName[] = ['owner', 'manager', 'staff', 'accountant'];
const customers: RoleName[] = ['owner', 'manager', 'staff'];

/** The same selection on an order of the list and on one order. */
const onOrder = (field: string, selection: string, allowed: RoleName[]): FieldRow[] => [
  { field, path: 'list', query: () => `{ orders(first: 5) { nodes { id ${selection} } } }`, allowed },
  { field, path: 'one', query: (ids) => `{ order(id: "${ids.order}") { id ${selection} } }`, allowed },
];

export const FIELD_MATRIX: FieldRow[] = [
  // The buyer's personal data on an order: CUSTOMERS_READ.
  ...onOrder('Order.customer', 'customer { id email phone }', customers),
  ...onOrder('Order.customer', 'customer { vatCheck { traderName } shippingAddress { street } }', customers),
  ...onOrder('CustomerSnapshot.email', 'customerSnapshot { email }', customers),
  ...onOrder('CustomerSnapshot.phone', 'customerSnapshot { phone }', customers),
  ...onOrder('Order.shippingAddress', 'shippingAddress { street city country }', customers),
  ...onOrder('Address.phone', 'billingAddress { phone }', customers),
  // What booking an order needs stays with ORDERS_READ.
  ...onOrder(
    'Order (booking)',
    'customerSnapshot { name locale } billingAddress { firstName lastName company street streetNumber postalCode city country }',
    all,
  ),
  // An issued invoice's buyer is part of the document: INVOICES_READ.
  {
    field: 'Invoice.buyer',
    path: 'invoice',
    query: (ids) => `{ invoice(id: "${ids.invoice}") { buyer { name email addressLine postalCode city country } } }`,
    allowed: all,
  },
];
