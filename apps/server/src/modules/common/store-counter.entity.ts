import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Gap-free per-store sequences (order numbers, invoice numbers…). A number is taken with one
 * `update … returning` in the caller's transaction: the row lock serialises concurrent takers and
 * a rolled-back transaction gives its number back.
 */
@Entity({ tableName: 'store_counter' })
export class StoreCounter {
  @PrimaryKey({ type: 'uuid' })
  storeId!: string;

  @PrimaryKey({ type: 'string' })
  name!: string;

  @Property({ type: new BigIntType('number'), columnType: 'bigint' })
  lastValue: Opt<number> = 0;
}
