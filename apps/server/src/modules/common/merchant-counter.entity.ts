import { BigIntType, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Merchant } from '../tenancy/merchant.entity.js';

/**
 * Gap-free sequences of a merchant, shared by its stores (invoice and credit-note series: the
 * seller is the legal entity, not the shop). Taken like `StoreCounter`'s.
 */
@Entity({ tableName: 'merchant_counter' })
export class MerchantCounter {
  @ManyToOne({ entity: () => Merchant, primary: true, ref: true, deleteRule: 'cascade' })
  merchant!: Ref<Merchant>;

  @PrimaryKey({ type: 'string' })
  name!: string;

  @Property({ type: new BigIntType('number'), columnType: 'bigint' })
  lastValue: Opt<number> = 0;
}
