import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Merchant } from './merchant.entity.js';

/** The owners of a merchant: owner of every store it has, now and later. */
@Entity({ tableName: 'merchant_owner' })
@Unique({ properties: ['merchant', 'user'] })
export class MerchantOwner extends BaseEntity {
  @ManyToOne({ entity: () => Merchant, ref: true, deleteRule: 'cascade' })
  merchant!: Ref<Merchant>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;
}
