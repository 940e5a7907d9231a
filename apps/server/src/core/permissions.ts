import { registerEnumType } from 'type-graphql';
import { Role } from './roles.js';

/** What an operation needs. Resolvers declare it with `@Authorized(Permission.X)`. */
export enum Permission {
  STORE_READ = 'STORE_READ',
  SETTINGS_READ = 'SETTINGS_READ',
  SETTINGS_WRITE = 'SETTINGS_WRITE',
  TEAM_READ = 'TEAM_READ',
  TEAM_MANAGE = 'TEAM_MANAGE',
  PRODUCTS_READ = 'PRODUCTS_READ',
  PRODUCTS_WRITE = 'PRODUCTS_WRITE',
  INVENTORY_READ = 'INVENTORY_READ',
  INVENTORY_WRITE = 'INVENTORY_WRITE',
  CUSTOMERS_READ = 'CUSTOMERS_READ',
  CUSTOMERS_WRITE = 'CUSTOMERS_WRITE',
  ORDERS_READ = 'ORDERS_READ',
  ORDERS_WRITE = 'ORDERS_WRITE',
  INVOICES_READ = 'INVOICES_READ',
  /** Issue an order's invoice (it takes a number of the gap-free series for good). */
  INVOICES_ISSUE = 'INVOICES_ISSUE',
  /** A credit note, partial or full: a financial correction of an issued invoice. */
  CREDIT_NOTES_CREATE = 'CREDIT_NOTES_CREATE',
  /** Record an invoice's payment: bookkeeping. */
  INVOICES_MARK_PAID = 'INVOICES_MARK_PAID',
  EXPORTS_READ = 'EXPORTS_READ',
  LETZSHOP_SYNC = 'LETZSHOP_SYNC',
  PURCHASE_ORDERS_READ = 'PURCHASE_ORDERS_READ',
  PURCHASE_ORDERS_WRITE = 'PURCHASE_ORDERS_WRITE',
  SUBSCRIPTION_READ = 'SUBSCRIPTION_READ',
  SUBSCRIPTION_MANAGE = 'SUBSCRIPTION_MANAGE',
  API_KEYS_MANAGE = 'API_KEYS_MANAGE',
  /** The built-in development mailbox (development only). */
  DEV_MAILBOX_READ = 'DEV_MAILBOX_READ',
}
registerEnumType(Permission, { name: 'Permission' });

const all = Object.values(Permission);
const except = (...no: Permission[]) => all.filter((p) => !no.includes(p));
const P = Permission;

/** The single source of truth for what each role may do. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  [Role.OWNER]: new Set(all),
  [Role.MANAGER]: new Set(except(P.TEAM_MANAGE, P.SUBSCRIPTION_MANAGE, P.API_KEYS_MANAGE, P.DEV_MAILBOX_READ)),
  [Role.STAFF]: new Set([
    P.STORE_READ,
    P.SETTINGS_READ,
    P.PRODUCTS_READ,
    P.PRODUCTS_WRITE,
    P.INVENTORY_READ,
    P.INVENTORY_WRITE,
    P.CUSTOMERS_READ,
    P.CUSTOMERS_WRITE,
    P.ORDERS_READ,
    P.ORDERS_WRITE,
    P.INVOICES_READ,
    P.INVOICES_ISSUE,
    P.LETZSHOP_SYNC,
    P.PURCHASE_ORDERS_READ,
    P.PURCHASE_ORDERS_WRITE,
    P.SUBSCRIPTION_READ,
  ]),
  // Books what was sold and bought: reads orders (without the buyers' contact data), purchase orders, invoices and exports,
  // and records payments. Corrections (credit notes) stay with the owner and the manager.
  [Role.ACCOUNTANT]: new Set([
    P.STORE_READ,
    P.ORDERS_READ,
    P.INVOICES_READ,
    P.INVOICES_MARK_PAID,
    P.EXPORTS_READ,
    P.PURCHASE_ORDERS_READ,
    P.SUBSCRIPTION_READ,
  ]),
};

export const roleHas = (role: Role, permission: Permission): boolean => ROLE_PERMISSIONS[role].has(permission);

export const permissionsOf = (role: Role): Permission[] => [...ROLE_PERMISSIONS[role]];
