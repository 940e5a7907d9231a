import type { MikroORM } from '../../src/db/orm.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { User } from '../../src/modules/auth/user.entity.js';
import { Membership } from '../../src/modules/tenancy/membership.entity.js';
import { MerchantOwner } from '../../src/modules/tenancy/merchant-owner.entity.js';
import { Merchant } from '../../src/modules/tenancy/merchant.entity.js';
import { Role } from '../../src/core/roles.js';
import { Store } from '../../src/modules/tenancy/store.entity.js';

export const PASSWORD = 'correct horse battery';
let hash: Promise<string> | null = null;

export interface Tenant {
  merchantId: string;
  storeId: string;
  secondStoreId: string;
  users: Record<'owner' | 'manager' | 'staff' | 'accountant', { id: string; email: string }>;
}

/**
 * A merchant with two stores, its owner (merchant owner) and one member per other role in the
 * first store. `tag` keeps e-mails and slugs unique when a test needs several tenants.
 */
export async function createTenant(orm: MikroORM, tag: string): Promise<Tenant> {
  const em = orm.em.fork();
  hash ??= hashPassword(PASSWORD);
  const passwordHash = await hash;
  const merchant = em.create(Merchant, {
    legalName: `Merchant ${tag} Sàrl`,
    addressLine: '1, rue Test',
    postalCode: 'L-1234',
    city: 'Luxembourg',
    country: 'LU',
  });
  const store = em.create(Store, { merchant, name: `Store ${tag}`, slug: `store-${tag}` });
  const second = em.create(Store, { merchant, name: `Store ${tag} 2`, slug: `store-${tag}-2` });
  const users = {} as Tenant['users'];
  for (const role of ['owner', 'manager', 'staff', 'accountant'] as const) {
    const email = `${role}@${tag}.test`;
    const user = em.create(User, { email, name: `${role} ${tag}`, passwordHash });
    if (role === 'owner') em.create(MerchantOwner, { merchant, user });
    else em.create(Membership, { user, store, role: role as Role });
    users[role] = { id: user.id, email };
  }
  await em.flush();
  return { merchantId: merchant.id, storeId: store.id, secondStoreId: second.id, users };
}

export const ROLES = ['owner', 'manager', 'staff', 'accountant'] as const;
export { Role };
