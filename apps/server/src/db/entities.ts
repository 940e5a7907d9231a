import { SalesRollupPending, StoreProductSalesDay, StoreSalesDay } from '../modules/dashboard/sales-rollup.entity.js';
import { Invitation } from '../modules/team/invitation.entity.js';
import { LoginThrottle } from '../modules/auth/login-throttle.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Membership } from '../modules/tenancy/membership.entity.js';
import { MerchantOwner } from '../modules/tenancy/merchant-owner.entity.js';
import { Merchant } from '../modules/tenancy/merchant.entity.js';
import { Store } from '../modules/tenancy/store.entity.js';
import { Product } from '../modules/catalog/product.entity.js';
import { MerchantCounter } from '../modules/common/merchant-counter.entity.js';
import { StoreCounter } from '../modules/common/store-counter.entity.js';
import { StoreOrderCount } from '../modules/orders/store-order-count.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { ConsentEvent } from '../modules/customers/consent-event.entity.js';
import { ErasedBuyer } from '../modules/customers/erased-buyer.entity.js';
import { PersonalDataAccess } from '../modules/personal-data/personal-data-access.entity.js';
import { InventoryTransaction } from '../modules/inventory/inventory-transaction.entity.js';
import { Location } from '../modules/inventory/location.entity.js';
import { StockReservation } from '../modules/inventory/reservation.entity.js';
import { StockLevel } from '../modules/inventory/stock-level.entity.js';
import { OrderEvent } from '../modules/orders/order-event.entity.js';
import { OrderLine } from '../modules/orders/order-line.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import { StoreSubscription, SubscriptionChange } from '../modules/subscriptions/store-subscription.entity.js';
import { InvoiceSettings } from '../modules/invoicing/invoice-settings.entity.js';
import { Invoice } from '../modules/invoicing/invoice.entity.js';
import { LetzshopSettings } from '../modules/letzshop/letzshop-settings.entity.js';
import { LetzshopSyncRun } from '../modules/letzshop/letzshop-sync-run.entity.js';
import { InvoicePdf } from '../modules/invoicing/invoice-pdf.entity.js';
import { VatCheck } from '../modules/customers/vat-check.entity.js';
import { VatRate } from '../modules/vat/vat-rate.entity.js';
import { InvoiceVat } from '../modules/invoicing/invoice-vat.entity.js';
import { ProductVatOverride, ProductVatOverrideLog } from '../modules/vat/product-vat-override.entity.js';
import { StoreVatSettings, VatSalesOutsideOrion } from '../modules/vat/vat-settings.entity.js';
import { PasswordReset } from '../modules/auth/password-reset.entity.js';
import { OutboundEmail } from '../modules/mail/outbound-email.entity.js';
import { StoreMailSettings, UserMailPreference } from '../modules/mail/store-mail-settings.entity.js';
import { ApiKey, ApiKeyRequest, RateBucket } from '../modules/api-keys/api-key.entity.js';
import {
  PurchaseOrder,
  PurchaseOrderEvent,
  PurchaseOrderLine,
  PurchaseReceipt,
  PurchaseReceiptLine,
} from '../modules/purchasing/purchase-order.entity.js';
import { PurchasingSettings } from '../modules/purchasing/purchasing-settings.entity.js';
import { ReorderPoint } from '../modules/purchasing/reorder-point.entity.js';
import { Supplier, SupplierProduct } from '../modules/purchasing/supplier.entity.js';
import { BaseEntity } from '../core/base.entity.js';
import { StoreScopedEntity } from '../core/store-scoped.entity.js';

/** Every table the ORM knows. A new entity is added here (and gets a migration). */
export const entities = [
  BaseEntity,
  StoreScopedEntity,
  Merchant,
  Store,
  User,
  Session,
  LoginThrottle,
  Membership,
  MerchantOwner,
  Invitation,
  StoreCounter,
  MerchantCounter,
  StoreOrderCount,
  Product,
  Location,
  StockLevel,
  InventoryTransaction,
  StockReservation,
  Customer,
  ConsentEvent,
  ErasedBuyer,
  PersonalDataAccess,
  Order,
  OrderLine,
  OrderEvent,
  StoreSubscription,
  SubscriptionChange,
  InvoiceSettings,
  Invoice,
  LetzshopSettings,
  LetzshopSyncRun,
  InvoicePdf,
  VatRate,
  VatCheck,
  StoreVatSettings,
  InvoiceVat,
  VatSalesOutsideOrion,
  ProductVatOverride,
  ProductVatOverrideLog,
  PasswordReset,
  OutboundEmail,
  StoreMailSettings,
  UserMailPreference,
  StoreSalesDay,
  StoreProductSalesDay,
  SalesRollupPending,
  ApiKey,
  ApiKeyRequest,
  RateBucket,
  Supplier,
  SupplierProduct,
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseReceipt,
  PurchaseReceiptLine,
  PurchaseOrderEvent,
  ReorderPoint,
  PurchasingSettings,
];
