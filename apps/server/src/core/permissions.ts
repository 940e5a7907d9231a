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
  /** Export customers' personal data (CSV presets, one customer's access-request ZIP). */
  CUSTOMERS_EXPORT = 'CUSTOMERS_EXPORT',
  /** Erase a customer's personal data (GDPR Art. 17): irreversible. */
  CUSTOMERS_ERASE = 'CUSTOMERS_ERASE',
  /** The log of every export and access of personal data. */
  PERSONAL_DATA_LOG_READ = 'PERSONAL_DATA_LOG_READ',
  LETZSHOP_SYNC = 'LETZSHOP_SYNC',
  PURCHASE_ORDERS_READ = 'PURCHASE_ORDERS_READ',
  PURCHASE_ORDERS_WRITE = 'PURCHASE_ORDERS_WRITE',
  SUBSCRIPTION_READ = 'SUBSCRIPTION_READ',
  SUBSCRIPTION_MANAGE = 'SUBSCRIPTION_MANAGE',
  API_KEYS_MANAGE = 'API_KEYS_MANAGE',
  /** The built-in development mailbox (development only). */
  DEV_MAILBOX_READ = 'DEV_MAILBOX_READ',
}
registerEnumType(Permission, {
  description: 'What an operation needs; a role holds a fixed set, an API key the scopes chosen for it.',
  name: 'Permission',
  valuesConfig: {
    STORE_READ: { description: 'Read the store and its merchant.' },
    SETTINGS_READ: { description: "Read the store's settings (invoice, VAT, Letzshop, e-mail)." },
    SETTINGS_WRITE: { description: "Change the store's settings." },
    TEAM_READ: { description: "List the store's members and invitations." },
    TEAM_MANAGE: { description: 'Invite, change roles and remove members.' },
    PRODUCTS_READ: { description: 'Read the catalogue.' },
    PRODUCTS_WRITE: { description: 'Create, change, import, archive products.' },
    INVENTORY_READ: { description: 'Read stock levels, locations and movements.' },
    INVENTORY_WRITE: { description: 'Adjust and transfer stock, create locations.' },
    CUSTOMERS_READ: { description: "Read customers and the buyer's contact data on orders." },
    CUSTOMERS_WRITE: { description: 'Create and change customers.' },
    CUSTOMERS_EXPORT: { description: "Export customers' personal data (CSV presets, access-request ZIP)." },
    CUSTOMERS_ERASE: { description: "Erase a customer's personal data (GDPR Art. 17)." },
    PERSONAL_DATA_LOG_READ: { description: 'Read the log of exports and accesses of personal data.' },
    ORDERS_READ: { description: "Read orders (without the buyer's contact data)." },
    ORDERS_WRITE: { description: 'Create orders and change their status.' },
    INVOICES_READ: { description: 'Read invoices and credit notes and download their PDFs.' },
    INVOICES_ISSUE: { description: 'Issue invoices and send them by e-mail.' },
    CREDIT_NOTES_CREATE: { description: 'Create credit notes.' },
    INVOICES_MARK_PAID: { description: 'Record that an invoice was paid.' },
    EXPORTS_READ: { description: 'Bulk exports: invoice ZIP, OSS report, customer CSV.' },
    LETZSHOP_SYNC: { description: 'Run Letzshop syncs and the Letzshop order actions.' },
    PURCHASE_ORDERS_READ: { description: 'Read purchase orders (not yet available).' },
    PURCHASE_ORDERS_WRITE: { description: 'Create purchase orders (not yet available).' },
    SUBSCRIPTION_READ: { description: 'Read the plan and its usage.' },
    SUBSCRIPTION_MANAGE: { description: 'Change the plan.' },
    API_KEYS_MANAGE: { description: 'Create, rotate and revoke API keys.' },
    DEV_MAILBOX_READ: { description: 'Read the development mailbox (never in production).' },
  },
});

const all = Object.values(Permission);
const except = (...no: Permission[]) => all.filter((p) => !no.includes(p));
const P = Permission;

/** The single source of truth for what each role may do. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  [Role.OWNER]: new Set(all),
  [Role.MANAGER]: new Set(
    except(P.TEAM_MANAGE, P.SUBSCRIPTION_MANAGE, P.API_KEYS_MANAGE, P.DEV_MAILBOX_READ, P.PERSONAL_DATA_LOG_READ),
  ),
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
