import { BigIntType, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Store } from '../tenancy/store.entity.js';

/**
 * Gap-free per-store sequences (order numbers, invoice numbers…). A number is taken with one
 * `update … returning` in the caller's transaction: the row lock serialises concurrent takers and
 * a rolled-back transaction gives its number back.
 */
@Entity({ tableName: 'store_counter' })
export class StoreCounter {
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @PrimaryKey({ type: 'string' })
  name!: string;

  @Property({ type: new BigIntType('number'), columnType: 'bigint' })
  lastValue: Opt<number> = 0;
}
