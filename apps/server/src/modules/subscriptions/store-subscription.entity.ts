import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Store } from '../tenancy/store.entity.js';
import { Tier } from './tiers.js';

/** A store's plan and its usage in the current monthly period (one row per store). */
@Entity({ tableName: 'store_subscription' })
@Check({ name: 'store_subscription_orders_nonnegative', expression: 'orders_in_period >= 0' })
export class StoreSubscription {
  // The store is the key: one subscription per store, removed with it.
  @ManyToOne({ entity: () => Store, primary: true, ref: true, deleteRule: 'cascade' })
  store!: Ref<Store>;

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  @Property({ type: 'string' })
  status: Opt<string> = 'active';

  @Property({ type: 'timestamptz' })
  periodStart!: Date;

  @Property({ type: 'timestamptz' })
  periodEnd!: Date;

  @Property({ type: 'integer' })
  ordersInPeriod: Opt<number> = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}

/** Who changed a store's tier, and when (no payment provider yet: this is the record). */
@ObjectType({ description: 'A recorded change of plan.' })
@Entity({ tableName: 'subscription_change' })
export class SubscriptionChange extends BaseEntity {
  @ManyToOne({ entity: () => Store, ref: true, deleteRule: 'cascade', index: true })
  store!: Ref<Store>;

  @Field(() => Tier, { description: 'The plan before.' })
  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  fromTier!: Tier;
  @Field(() => Tier, { description: 'The plan after.' })
  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  toTier!: Tier;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  changedBy: Ref<User> | null = null;
}
