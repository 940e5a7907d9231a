import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { Permission, permissionsOf } from '../../core/permissions.js';
import { Membership } from './membership.entity.js';
import { MerchantOwner } from './merchant-owner.entity.js';
import { Role } from '../../core/roles.js';
import { Store } from './store.entity.js';

/** One store a user can work in, with the role they have there. */
@ObjectType({ description: 'A store the user may work in, with the role and what it allows.' })
export class StoreAccess {
  @Field(() => Store, { description: 'The store.' }) store!: Store;
  @Field(() => Role, {
    description: "The user's role in this store (owners of the merchant are owners of all its stores).",
  })
  role!: Role;
  @Field({ description: 'True when the role comes from owning the merchant' }) merchantOwner!: boolean;
  @Field(() => [Permission], { description: 'Every permission the role holds in this store.' })
  permissions!: Permission[];
}

/**
 * Every store the user may use: stores of merchants they own (as owner) plus their memberships,
 * oldest first — a merchant's first shop is usually its main one, and the SPA opens the first.
 */
export async function accessibleStores(em: EntityManager, userId: string): Promise<StoreAccess[]> {
  const [owned, memberships] = await Promise.all([
    em.find(MerchantOwner, { user: userId }),
    em.find(Membership, { user: userId }, { populate: ['store'] }),
  ]);
  const ownedStores = owned.length ? await em.find(Store, { merchant: { $in: owned.map((o) => o.merchant.id) } }) : [];
  const byStore = new Map<string, StoreAccess>();
  for (const store of ownedStores) {
    byStore.set(store.id, { store, role: Role.OWNER, merchantOwner: true, permissions: permissionsOf(Role.OWNER) });
  }
  for (const m of memberships) {
    if (byStore.has(m.store.id)) continue;
    const store = m.store.getEntity();
    byStore.set(store.id, { store, role: m.role, merchantOwner: false, permissions: permissionsOf(m.role) });
  }
  return [...byStore.values()].sort(
    (a, b) => a.store.createdAt.getTime() - b.store.createdAt.getTime() || a.store.name.localeCompare(b.store.name),
  );
}

export interface StoreRole {
  role: Role;
  merchantOwner: boolean;
}

/**
 * The user's role in store `?` (given twice), from merchant ownership first, then membership; the
 * user is `:user` (a parameter or a column). One row, or none.
 */
export const ROLE_IN_STORE_SQL = `select 'owner'::text as role, true as merchant_owner
       from store st join merchant_owner mo on mo.merchant_id = st.merchant_id
      where st.id = ? and mo.user_id = :user
     union all
     select m.role::text, false from membership m where m.store_id = ? and m.user_id = :user
     order by merchant_owner desc limit 1`;

/** The user's role in one store, or null. A merchant owner is owner of every store of the merchant. */
export async function roleInStore(em: EntityManager, userId: string, storeId: string): Promise<StoreRole | null> {
  const rows = await em.execute<{ role: Role; merchant_owner: boolean }[]>(ROLE_IN_STORE_SQL.replaceAll(':user', '?'), [
    storeId,
    userId,
    storeId,
    userId,
  ]);
  const row = rows[0];
  return row ? { role: row.role, merchantOwner: row.merchant_owner } : null;
}
