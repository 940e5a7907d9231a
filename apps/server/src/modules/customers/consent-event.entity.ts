import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { ConsentSource, ConsentStatus, Customer } from './customer.entity.js';

/** One change of a customer's marketing consent: the proof a seller shows when asked. */
@ObjectType({ simpleResolvers: true, description: "A change of a customer's marketing consent" })
@Entity({ tableName: 'customer_consent_event' })
@Index({ name: 'customer_consent_event_customer_index', properties: ['customer', 'changedAt'] })
export class ConsentEvent extends StoreScopedEntity {
  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: 'cascade' })
  customer!: Ref<Customer>;

  @Field(() => ConsentStatus, { description: 'The state after the change' })
  @Enum({ items: () => ConsentStatus, nativeEnumName: 'consent_status' })
  status!: ConsentStatus;

  @Field(() => ConsentSource, { description: 'Where the change came from' })
  @Enum({ items: () => ConsentSource, nativeEnumName: 'consent_source' })
  source!: ConsentSource;

  @Field(() => GraphQLISODateTime, { description: 'When the customer gave or withdrew consent' })
  @Property({ type: 'timestamptz' })
  changedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who recorded it (a team member), when not an import' })
  @Property({ type: 'string', nullable: true })
  recordedBy: string | null = null;
}
