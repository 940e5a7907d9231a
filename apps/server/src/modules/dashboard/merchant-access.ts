import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { Permission, roleHas } from '../../core/permissions.js';
import { Role } from '../../core/roles.js';
import { planForStore } from '../subscriptions/subscription.service.js';
import { Feature, lowestTierWith } from '../subscriptions/tiers.js';
import { DashboardStore } from './dashboard.types.js';

/**
 * A merchant-level context: the stores of one merchant the user may see together. Not a store
 * context: no `x-store-id`, and every statement built on it names its stores itself.
 */
@ObjectType({
  description:
    "A merchant's consolidated view for the signed-in user: its owners see every store, a member with ORDERS_READ in two of its stores or more sees exactly those",
})
export class MerchantView {
  @Field(() => ID, { description: 'The merchant' }) id!: string;
  @Field({ description: 'Its legal name' }) legalName!: string;
  @Field(() => [DashboardStore], { description: 'The stores this view covers, with those left out for their plan' })
  stores!: DashboardStore[];
}

/** The view of one merchant for a user, or null when the user may not see it. */
export async function merchantView(
  em: EntityManager,
  userId: string,
  merchantId: string,
  now: Date,
): Promise<MerchantView | null> {
  return (await merchantViews(em, userId, now, merchantId))[0] ?? null;
}

/**
 * Every merchant view of a user: merchants they own, and merchants in two or more of whose stores
 * their role reads orders. A member of a single store has none (that store's own pages are theirs).
 */
export async function merchantViews(
  em: EntityManager,
  userId: string,
  now: Date,
  onlyMerchantId?: string,
): Promise<MerchantView[]> {
  const rows = await em.execute<
    {
      merchant_id: string;
      legal_name: string;
      store_id: string;
      name: string;
      slug: string;
      currency: string;
      role: Role;
      owner: boolean;
    }[]
  >(
    `select m.id as merchant_id, m.legal_name, s.id as store_id, s.name, s.slug, s.currency,
            case when mo.user_id is not null then 'owner' else ms.role::text end as role,
            mo.user_id is not null as owner
       from merchant m
       join store s on s.merchant_id = m.id
       left join merchant_owner mo on mo.merchant_id = m.id and mo.user_id = ?
       left join membership ms on ms.store_id = s.id and ms.user_id = ?
      where (mo.user_id is not null or ms.user_id is not null) ${onlyMerchantId ? 'and m.id = ?' : ''}
      order by m.legal_name, m.id, s.created_at, s.name`,
    onlyMerchantId ? [userId, userId, onlyMerchantId] : [userId, userId],
  );
  const byMerchant = new Map<string, { legalName: string; rows: typeof rows }>();
  for (const r of rows) {
    if (!r.owner && !roleHas(r.role, Permission.ORDERS_READ)) continue;
    const entry = byMerchant.get(r.merchant_id) ?? { legalName: r.legal_name, rows: [] };
    entry.rows.push(r);
    byMerchant.set(r.merchant_id, entry);
  }
  const required = lowestTierWith(Feature.MULTI_STORE_DASHBOARD);
  const views: MerchantView[] = [];
  for (const [id, { legalName, rows: storeRows }] of byMerchant) {
    const owner = storeRows.some((r) => r.owner);
    if (!owner && storeRows.length < 2) continue;
    const stores: DashboardStore[] = [];
    for (const r of storeRows) {
      const plan = await planForStore(em, r.store_id, now);
      const included = plan.features.includes(Feature.MULTI_STORE_DASHBOARD);
      stores.push({
        id: r.store_id,
        name: r.name,
        slug: r.slug,
        currency: r.currency,
        tier: plan.tier,
        role: r.role,
        included,
        requiredTier: included ? null : required.tier,
      });
    }
    views.push({ id, legalName, stores });
  }
  return views;
}
