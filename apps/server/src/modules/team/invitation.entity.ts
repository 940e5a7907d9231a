import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { StoreScopedEntity } from '../../core/store-scoped.entity.js';
import { User } from '../auth/user.entity.js';
import { Role } from '../../core/roles.js';

/** An invitation to join a store. The link carries a one-time token; only its hash is stored. */
@ObjectType()
@Entity({ tableName: 'invitation' })
export class Invitation extends StoreScopedEntity {
  @Field()
  @Property()
  email!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'set null', nullable: true })
  invitedBy: Ref<User> | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
