import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';
import { OrderStatus } from './order-enums.js';
import { Order } from './order.entity.js';

/** The order's timeline: who did what, when. */
@ObjectType({ description: "One entry of an order's timeline." })
@Entity({ tableName: 'order_event' })
export class OrderEvent extends StoreScopedEntity {
  @ManyToOne({ entity: () => Order, ref: true, deleteRule: 'cascade', index: true })
  order!: Ref<Order>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  user: Ref<User> | null = null;

  @Field({ description: 'created, status_changed, note, …' })
  @Property({ type: 'string' })
  kind!: string;

  @Field({ description: 'What happened, in words.' })
  @Property({ type: 'text' })
  message!: string;

  @Field(() => OrderStatus, { description: 'The status before, for a status change.', nullable: true })
  @Property({ type: 'string', nullable: true })
  fromStatus: OrderStatus | null = null;

  @Field(() => OrderStatus, { description: 'The status after, for a status change.', nullable: true })
  @Property({ type: 'string', nullable: true })
  toStatus: OrderStatus | null = null;
}
