import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../core/base.entity.js';
import { normalizeEmail } from '../auth/user.entity.js';
import type { Address } from './address.js';
import { Customer, CustomerLanguage } from './customer.entity.js';

/**
 * Adds one order's effect to the customer's statistics: one atomic statement, in the caller's
 * transaction (concurrent orders of the same customer serialise on the row; none is lost).
 * A cancelled or refunded order is undone with `recomputeCustomerStats`, not negative deltas.
 */
export async function applyOrderToCustomerStats(
  em: EntityManager,
  customerId: string,
  change: { deltaOrders: number; deltaSpentCents: number; orderedAt: Date },
): Promise<void> {
  await em.execute(
    `update customer set total_orders = total_orders + ?, total_spent_cents = total_spent_cents + ?,
            first_order_at = least(first_order_at, ?), last_order_at = greatest(last_order_at, ?), updated_at = now()
      where id = ?`,
    [change.deltaOrders, change.deltaSpentCents, change.orderedAt, change.orderedAt, customerId],
  );
}

/**
 * Recomputes the statistics from the orders (after a cancel or refund). Cancelled orders do not
 * count; refunded orders count as orders, but nothing was spent on them. Dates are kept to the
 * millisecond, as the ORM writes them (list cursors on lastOrderAt carry milliseconds). Call it in
 * the transaction that changed the order.
 */
export async function recomputeCustomerStats(em: EntityManager, customerId: string): Promise<void> {
  // Lock first, count in the next statement: under READ COMMITTED that statement then sees every
  // order whose transaction held the row (an \`applyOrderToCustomerStats\`) before us.
  await em.execute('select 1 from customer where id = ? for update', [customerId]);
  await em.execute(
    `update customer c set
        total_orders = s.n, total_spent_cents = s.spent, first_order_at = s.first, last_order_at = s.last, updated_at = now()
       from (select count(*) filter (where status <> 'cancelled') as n,
                    coalesce(sum(total_cents) filter (where status not in ('cancelled', 'refunded')), 0) as spent,
                    date_trunc('milliseconds', min(ordered_at) filter (where status <> 'cancelled')) as first,
                    date_trunc('milliseconds', max(ordered_at) filter (where status <> 'cancelled')) as last
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

/**
 * The store's customer with this e-mail (any case), created when new: `insert … on conflict do
 * nothing`, then a select, so two orders of a new buyer at once make one customer. An existing
 * customer is returned as is (their details are not overwritten by an order's).
 */
export async function findOrCreateCustomer(em: EntityManager, storeId: string, d: CustomerDetails): Promise<Customer> {
  const email = normalizeEmail(d.email);
  const now = new Date(); // millisecond precision, as the ORM writes it (createdAt cursors)
  await em.execute(
    `insert into customer (id, store_id, email, first_name, last_name, phone, preferred_language, is_guest, shipping_address, billing_address, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (store_id, lower(email)) do nothing`,
    [
      newId(),
      storeId,
      email,
      d.firstName.trim(),
      d.lastName.trim(),
      d.phone ?? null,
      d.locale ?? CustomerLanguage.fr,
      d.isGuest,
      d.address ? JSON.stringify(d.address) : null,
      d.address ? JSON.stringify(d.address) : null,
      now,
      now,
    ],
  );
  const [row] = await em.execute<{ id: string }[]>('select id from customer where store_id = ? and lower(email) = ?', [
    storeId,
    email,
  ]);
  return em.findOneOrFail(Customer, { id: row!.id }, { filters: { tenant: { storeId } } });
}
