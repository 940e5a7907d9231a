import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';
import { Role } from '../../core/roles.js';

/** An invitation to join a store. The link carries a one-time token; only its hash is stored. */
@ObjectType({ description: 'An invitation to join the store.' })
@Entity({ tableName: 'invitation' })
export class Invitation extends StoreScopedEntity {
  @Field({ description: 'Whom it invites.' })
  @Property()
  email!: string;

  @Field(() => Role, { description: 'The role offered.' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  invitedBy: Ref<User> | null = null;

  @Field(() => Date, { description: 'When the link stops working.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { description: 'When it was accepted; null before.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { description: 'When it was withdrawn; null unless withdrawn.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
