import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Role } from '../../core/roles.js';
import { Store } from './store.entity.js';

/** A user's role in one store. Merchant owners need none: they own every store of the merchant. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'store'] })
export class Membership extends BaseEntity {
  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne({ entity: () => Store, ref: true, deleteRule: 'cascade', index: true })
  store!: Ref<Store>;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;
}
