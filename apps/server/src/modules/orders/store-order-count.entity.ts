import { BigIntType, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Store } from '../tenancy/store.entity.js';

/**
 * How many orders a store has, kept exact by statement-level triggers on `customer_order` (see
 * the migration), so an unfiltered order list's `totalCount` reads one row instead of counting
 * the store's orders. Only the triggers write it; the row lock is taken after the order number's,
 * so it adds no wait an order did not already have.
 */
@Entity({ tableName: 'store_order_count' })
export class StoreOrderCount {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @Property({ type: new BigIntType('number'), columnType: 'bigint' })
  orders: Opt<number> = 0;
}
