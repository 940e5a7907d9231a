import { Invitation } from '../modules/team/invitation.entity.js';
import { LoginThrottle } from '../modules/auth/login-throttle.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Membership } from '../modules/tenancy/membership.entity.js';
import { MerchantOwner } from '../modules/tenancy/merchant-owner.entity.js';
import { Merchant } from '../modules/tenancy/merchant.entity.js';
import { Store } from '../modules/tenancy/store.entity.js';
import { BaseEntity } from './base.entity.js';
import { StoreScopedEntity } from './store-scoped.entity.js';

/** Every table the ORM knows. A new entity is added here (and gets a migration). */
export const entities = [
  BaseEntity,
  StoreScopedEntity,
  Merchant,
  Store,
  User,
  Session,
  LoginThrottle,
  Membership,
  MerchantOwner,
  Invitation,
];
