import { BigIntType, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Product } from '../catalog/product.entity.js';
import { Store } from '../tenancy/store.entity.js';

const bigint = () => ({ type: new BigIntType('number'), columnType: 'bigint', default: 0 });

/**
 * One store's sales of one calendar day (Europe/Luxembourg) in one currency: the merchant
 * dashboard reads these instead of the orders. Only the triggers of the migration write it: each
 * statement that changes orders, their lines or credit notes recounts the (store, day) buckets it
 * touched, so a row always equals a recount of its orders (`sales_rollup_recount`). Orders count
 * on the day they were placed; credit notes on their issue date.
 */
@Entity({ tableName: 'store_sales_day' })
export class StoreSalesDay {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'string', length: 3 })
  currency!: string;

  /** Orders not cancelled, and their sums. */
  @Property(bigint()) orders: Opt<number> = 0;
  @Property(bigint()) units: Opt<number> = 0;
  @Property(bigint()) netCents: Opt<number> = 0;
  @Property(bigint()) vatCents: Opt<number> = 0;
  @Property(bigint()) grossCents: Opt<number> = 0;
  /** Orders (not cancelled) that were the buyer's first in the store, and those that were not. */
  @Property(bigint()) newCustomerOrders: Opt<number> = 0;
  @Property(bigint()) returningCustomerOrders: Opt<number> = 0;
  /** Orders refunded (status), at their total. */
  @Property(bigint()) refundedOrders: Opt<number> = 0;
  @Property(bigint()) refundedCents: Opt<number> = 0;
  @Property(bigint()) creditNotes: Opt<number> = 0;
  @Property(bigint()) creditNoteCents: Opt<number> = 0;
  /** Every order placed that day, by its current status. */
  @Property(bigint()) pending: Opt<number> = 0;
  @Property(bigint()) processing: Opt<number> = 0;
  @Property(bigint()) shipped: Opt<number> = 0;
  @Property(bigint()) delivered: Opt<number> = 0;
  @Property(bigint()) cancelled: Opt<number> = 0;
  @Property(bigint()) refunded: Opt<number> = 0;
}

/** Units and line totals (incl. VAT) per product, store, day and currency: the top products. Same triggers. */
@Entity({ tableName: 'store_product_sales_day' })
export class StoreProductSalesDay {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'string', length: 3 })
  currency!: string;

  @ManyToOne({ entity: () => Product, primary: true, ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Property(bigint()) units: Opt<number> = 0;
  @Property(bigint()) grossCents: Opt<number> = 0;
}

/**
 * The (store, day) buckets a transaction touched, recounted at its commit by a deferred trigger
 * and removed again: always empty outside a writing transaction.
 */
@Entity({ tableName: 'sales_rollup_pending' })
export class SalesRollupPending {
  @PrimaryKey({ type: new BigIntType('number'), columnType: 'bigint', defaultRaw: 'txid_current()' })
  txid!: number;

  @PrimaryKey({ type: 'uuid' })
  storeId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;
}
