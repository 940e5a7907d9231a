import type { Permission } from '../gql/graphql';

/**
 * What each page needs to open: the permission of the query the page is built on (the server
 * checks it again). The navigation shows only what the role can open, and a route the role
 * cannot open shows the "not available for your role" page instead. Pages without an entry
 * (dashboard, profile) are for every member.
 */
export const PAGE_PERMISSION = {
  orders: 'ORDERS_READ',
  'orders/new': 'ORDERS_WRITE',
  'orders/:id': 'ORDERS_READ',
  letzshop: 'LETZSHOP_SYNC',
  products: 'PRODUCTS_READ',
  inventory: 'INVENTORY_READ',
  customers: 'CUSTOMERS_READ',
  purchasing: 'PURCHASE_ORDERS_READ',
  'purchasing/orders/:id': 'PURCHASE_ORDERS_READ',
  'purchasing/orders/:id/receive': 'PURCHASE_ORDERS_WRITE',
  'customers/:id': 'CUSTOMERS_READ',
  'personal-data-log': 'PERSONAL_DATA_LOG_READ',
  invoices: 'INVOICES_READ',
  settings: 'SETTINGS_READ',
  vat: 'INVOICES_READ',
  'accounting/exports': 'EXPORTS_READ',
  team: 'TEAM_READ',
  plan: 'SUBSCRIPTION_READ',
  'dev/mailbox': 'DEV_MAILBOX_READ',
} as const satisfies Record<string, Permission>;

export type GuardedPage = keyof typeof PAGE_PERMISSION;
