import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ApiKeysResolver } from '../modules/api-keys/api-keys.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { SessionResolver } from '../modules/auth/session.resolver.js';
import { ProductResolver } from '../modules/catalog/product.resolver.js';
// The import order is the printed schema's order (type-graphql registers in evaluation order).
import '../modules/orders/order.resolver.js';
import { CustomerResolver } from '../modules/customers/customer.resolver.js';
import { CustomerOrdersResolver } from '../modules/orders/customer-orders.resolver.js';
import { PersonalDataResolver } from '../modules/personal-data/personal-data.resolver.js';
import { AccountingResolver } from '../modules/accounting/accounting.resolver.js';
import { InvoiceResolver } from '../modules/invoicing/invoice.resolver.js';
import { OrderInvoiceResolver } from '../modules/invoicing/order-invoice.resolver.js';
import { InvoiceUblResolver } from '../modules/invoicing/invoice-ubl.resolver.js';
import { InventoryResolver, InventoryTransactionResolver } from '../modules/inventory/inventory.resolver.js';
import {
  AddressResolver,
  CustomerSnapshotResolver,
  OrderBuyerDataResolver,
} from '../modules/orders/order-buyer-data.resolver.js';
import { OrderEventResolver, OrderLineResolver, OrderResolver } from '../modules/orders/order.resolver.js';
import { SubscriptionChangeResolver, SubscriptionResolver } from '../modules/subscriptions/subscription.resolver.js';
import { LetzshopLineResolver, LetzshopResolver } from '../modules/letzshop/letzshop.resolver.js';
import { PasswordResetResolver } from '../modules/auth/password-reset.resolver.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import { InvoiceEmailResolver } from '../modules/invoicing/invoice-mail.resolver.js';
import { TeamResolver } from '../modules/team/team.resolver.js';
import { StoreResolver } from '../modules/tenancy/tenancy.resolver.js';
import { CustomerVatResolver } from '../modules/customers/customer-vat.resolver.js';
import { GoodsVatResolver } from '../modules/vat/goods-vat.resolver.js';
import { InvoiceVatResolver } from '../modules/invoicing/invoice-vat.resolver.js';
import { VatResolver } from '../modules/vat/vat.resolver.js';
import { DashboardResolver, MeMerchantsResolver } from '../modules/dashboard/dashboard.resolver.js';
import {
  LowStockIncomingResolver,
  PurchaseOrderEventResolver,
  PurchaseOrderLineResolver,
  PurchaseOrderResolver,
  PurchaseReceiptLineResolver,
  PurchaseReceiptResolver,
  StockLevelIncomingResolver,
  SupplierProductResolver,
  SupplierResolver,
} from '../modules/purchasing/purchasing.resolver.js';
import { AuthChecker } from '../core/auth-checker.js';
import { ErrorExtensions } from './error-catalogue.js';
import { validateInput } from '../core/input-rules.js';

/** Every resolver of the API. A new module adds its resolvers here. */
export const resolvers = [
  AuthResolver,
  SessionResolver,
  StoreResolver,
  TeamResolver,
  ProductResolver,
  CustomerResolver,
  CustomerOrdersResolver,
  PersonalDataResolver,
  InventoryResolver,
  InventoryTransactionResolver,
  OrderResolver,
  OrderInvoiceResolver,
  OrderEventResolver,
  OrderLineResolver,
  OrderBuyerDataResolver,
  CustomerSnapshotResolver,
  AddressResolver,
  SubscriptionResolver,
  SubscriptionChangeResolver,
  InvoiceResolver,
  InvoiceUblResolver,
  LetzshopResolver,
  LetzshopLineResolver,
  VatResolver,
  CustomerVatResolver,
  InvoiceVatResolver,
  GoodsVatResolver,
  PasswordResetResolver,
  MailResolver,
  InvoiceEmailResolver,
  DashboardResolver,
  MeMerchantsResolver,
  ApiKeysResolver,
  AccountingResolver,
  SupplierResolver,
  SupplierProductResolver,
  PurchaseOrderResolver,
  PurchaseOrderLineResolver,
  PurchaseOrderEventResolver,
  PurchaseReceiptResolver,
  PurchaseReceiptLineResolver,
  StockLevelIncomingResolver,
  LowStockIncomingResolver,
] as const;

let cached: Promise<GraphQLSchema> | null = null;

export function buildOrionSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: [ErrorExtensions],
    authChecker: AuthChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    // One validation step for every argument: the input rules, then class-validator.
    validateFn: validateInput,
    emitSchemaFile: false,
  }).then(describeRoots);
  return cached;
}

/** type-graphql has no option for the root types' descriptions: they are set on the built schema. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query)
    query.description = 'Every read operation. Costs its selection (see docs/api/guides/costs-and-throttling.md).';
  if (mutation) mutation.description = 'Every write operation. Each mutation costs 10 points plus its selection.';
  return schema;
}
