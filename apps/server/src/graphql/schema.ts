import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { SessionResolver } from '../modules/auth/session.resolver.js';
import { ProductResolver } from '../modules/catalog/product.resolver.js';
import { CustomerResolver } from '../modules/customers/customer.resolver.js';
import { InvoiceResolver } from '../modules/invoicing/invoice.resolver.js';
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
import { InvoiceEmailResolver, MailResolver } from '../modules/mail/mail.resolver.js';
import { TeamResolver } from '../modules/team/team.resolver.js';
import { StoreResolver } from '../modules/tenancy/tenancy.resolver.js';
import { CustomerVatResolver } from '../modules/vat/customer-vat.resolver.js';
import { GoodsVatResolver } from '../modules/vat/goods-vat.resolver.js';
import { InvoiceVatResolver } from '../modules/vat/invoice-vat.resolver.js';
import { VatResolver } from '../modules/vat/vat.resolver.js';
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
  InventoryResolver,
  InventoryTransactionResolver,
  OrderResolver,
  OrderEventResolver,
  OrderLineResolver,
  OrderBuyerDataResolver,
  CustomerSnapshotResolver,
  AddressResolver,
  SubscriptionResolver,
  SubscriptionChangeResolver,
  InvoiceResolver,
  LetzshopResolver,
  LetzshopLineResolver,
  VatResolver,
  CustomerVatResolver,
  InvoiceVatResolver,
  GoodsVatResolver,
  PasswordResetResolver,
  MailResolver,
  InvoiceEmailResolver,
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
  });
  return cached;
}
