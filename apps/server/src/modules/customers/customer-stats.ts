import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../db/base.entity.js';
import { normalizeEmail } from '../auth/user.entity.js';
import type { Address } from './address.js';
import { Customer, CustomerLanguage } from './customer.entity.js';

/** Adds one order's effect to the customer's statistics: one atomic statement, in the caller's transaction. */
export async function applyOrderToCustomerStats(
  em: EntityManager,
  customerId: string,
  change: { deltaOrders: number; deltaSpentCents: number; orderedAt: Date },
): Promise<void> {
  await em.execute(
    `update customer set total_orders = total_orders + ?, total_spent_cents = total_spent_cents + ?,
            first_order_at = least(coalesce(first_order_at, ?), ?), last_order_at = greatest(coalesce(last_order_at, ?), ?),
            updated_at = now()
      where id = ?`,
    [
      change.deltaOrders,
      change.deltaSpentCents,
      change.orderedAt,
      change.orderedAt,
      change.orderedAt,
      change.orderedAt,
      customerId,
    ],
  );
}

/**
 * Recomputes the statistics from the orders (after a cancel or refund). Cancelled orders do not
 * count; refunded orders count as orders, but nothing was spent on them.
 */
export async function recomputeCustomerStats(em: EntityManager, customerId: string): Promise<void> {
  await em.execute(
    `update customer c set
        total_orders = s.n, total_spent_cents = s.spent, first_order_at = s.first, last_order_at = s.last, updated_at = now()
       from (select count(*) filter (where status <> 'cancelled') as n,
                    coalesce(sum(total_cents) filter (where status not in ('cancelled', 'refunded')), 0) as spent,
                    min(ordered_at) filter (where status <> 'cancelled') as first,
                    max(ordered_at) filter (where status <> 'cancelled') as last
               from customer_order where customer_id = ?) s
      where c.id = ?`,
    [customerId, customerId],
  );
}

export interface CustomerDetails {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
  locale?: CustomerLanguage;
  isGuest: boolean;
  address?: Address | null;
}

/** The store's customer with this e-mail (any case), created when new. Safe under concurrency. */
export async function findOrCreateCustomer(em: EntityManager, storeId: string, d: CustomerDetails): Promise<Customer> {
  const email = normalizeEmail(d.email);
  await em.execute(
    `insert into customer (id, store_id, email, first_name, last_name, phone, preferred_language, is_guest, shipping_address, billing_address)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (store_id, lower(email)) do nothing`,
    [
      newId(),
      storeId,
      email,
      d.firstName,
      d.lastName,
      d.phone ?? null,
      d.locale ?? CustomerLanguage.fr,
      d.isGuest,
      d.address ? JSON.stringify(d.address) : null,
      d.address ? JSON.stringify(d.address) : null,
    ],
  );
  const [row] = await em.execute<{ id: string }[]>('select id from customer where store_id = ? and lower(email) = ?', [
    storeId,
    email,
  ]);
  return em.findOneOrFail(Customer, { id: row!.id }, { filters: { tenant: { storeId } } });
}
