import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../core/transaction.js';
import { newId } from '../../core/base.entity.js';
import { normalizeEmail } from '../auth/user.entity.js';
import { takeFromSequence } from '../common/sequence.js';
import { InventoryReason, InventoryTransaction } from '../inventory/inventory-transaction.entity.js';
import { StockReservation } from '../inventory/reservation.entity.js';
import { takeOrderAllowance } from '../subscriptions/subscription.service.js';
import { recordOrderEvent, statsContribution } from '../orders/order-transitions.js';
import type { ImportCtx } from './import-context.js';
import { forgetErasedBuyers } from './forget-erased.js';
import type { LsShipment } from './letzshop-adapter.js';
import type { ProductMatcher } from './product-matcher.js';
import { draftOrder, importedMessage, type OrderDraft, unitsToReserve } from './shipment-draft.js';
import { materialize } from './shipment-import.js';

/**
 * New orders of one page in one transaction, with a handful of set-based statements instead of
 * a dozen per order: customers upserted together, the allowance and the order numbers taken as a
 * block, stock rows locked once (in product, location order, like every reservation) and
 * allocated here, rows inserted in batches. The result is the same as importing the shipments
 * one by one; when anything goes wrong the caller falls back to exactly that, one by one.
 */
export async function createPage(
  ctx: ImportCtx,
  shipments: LsShipment[],
  products: ProductMatcher,
): Promise<{ created: string[]; waiting: string[] }> {
  if (!shipments.length) return { created: [], waiting: [] };
  const scope = { storeCountry: ctx.storeCountry, now: ctx.clock.now() };
  const drafted = shipments.map((s) => draftOrder(scope, s, products));
  return inTransaction(ctx, async (tx) => {
    const em = tx.em;
    const drafts = await forgetErasedBuyers(tx, drafted);
    // Locks are taken in the order a direct order takes them — customer, stock rows (by product,
    // location), allowance, order number — so the two never deadlock.
    const { ids: customerIds, inserted } = await upsertCustomers(em, tx.storeId, drafts);
    const levels = await lockStock(em, tx.storeId, drafts);
    // New work counts against the month's allowance, in page order; the rest waits on Letzshop.
    const newWork = drafts.filter((d) => d.s.state === 'unconfirmed');
    const granted = await takeOrderAllowance(em, tx.storeId, tx.clock.now(), newWork.length);
    const waiting = new Set(newWork.slice(granted).map((d) => d.s.id));
    const chosen = drafts.filter((d) => !waiting.has(d.s.id));
    // A buyer whose only order waits is not a customer yet: the guests this page inserted for
    // them go again (nothing refers to them; the waiting order brings them back when it comes in).
    const buyers = new Set(chosen.map((d) => normalizeEmail(d.email)));
    const unused = [...inserted].filter(([email]) => !buyers.has(email)).map(([, id]) => id);
    if (unused.length) await em.execute('delete from customer where id in (?)', [unused]);
    if (!chosen.length) return { created: [], waiting: [...waiting] };

    const first = await takeFromSequence(em, tx.storeId, 'order', chosen.length);
    const made = chosen.map((d, i) => {
      const customerId = customerIds.get(normalizeEmail(d.email))!;
      return { d, customerId, ...materialize(em, tx, d, customerId, first + i) };
    });
    const shortages = await reserveAll(tx, made, levels);
    for (const m of made)
      recordOrderEvent(
        tx,
        m.order,
        'imported',
        importedMessage(m.d, m.lines, shortages.get(m.order.id) ?? []),
        null,
        m.d.status,
      );
    await em.flush();
    await addCustomerStats(em, made);
    return { created: chosen.map((d) => d.s.id), waiting: [...waiting] };
  });
}

/**
 * Guest customers by e-mail (case-insensitive): existing ones are kept as they are. Returns every
 * buyer's customer id, and those this statement inserted.
 */
async function upsertCustomers(
  em: EntityManager,
  storeId: string,
  drafts: OrderDraft[],
): Promise<{ ids: Map<string, string>; inserted: Map<string, string> }> {
  const byEmail = new Map<string, OrderDraft>();
  for (const d of drafts) if (!byEmail.has(normalizeEmail(d.email))) byEmail.set(normalizeEmail(d.email), d);
  const now = new Date();
  const rows = [...byEmail].map(([email, d]) => ({
    id: newId(),
    email,
    first_name: (d.bill.firstName || d.ship.firstName).trim(),
    last_name: (d.bill.lastName || d.ship.lastName).trim(),
    phone: d.ship.phone ?? d.bill.phone ?? null,
    lang: d.locale,
    address: d.ship,
  }));
  const inserted = await em.execute<{ id: string; email: string }[]>(
    `insert into customer (id, store_id, email, first_name, last_name, phone, preferred_language, is_guest, shipping_address, billing_address, created_at, updated_at)
     select x.id, ?, x.email, x.first_name, x.last_name, x.phone, x.lang::customer_language, true, x.address, x.address, ?, ?
       from json_to_recordset(?::json) as x(id uuid, email text, first_name text, last_name text, phone text, lang text, address jsonb)
     on conflict (store_id, lower(email)) do nothing
     returning id, lower(email) as email`,
    [storeId, now, now, JSON.stringify(rows)],
  );
  const found = await em.execute<{ id: string; email: string }[]>(
    'select id, lower(email) as email from customer where store_id = ? and lower(email) in (?)',
    [storeId, [...byEmail.keys()]],
  );
  return {
    ids: new Map(found.map((r) => [r.email, r.id])),
    inserted: new Map(inserted.map((r) => [r.email, r.id])),
  };
}

type Made = {
  d: OrderDraft;
  customerId: string;
  order: { id: string; totalCents: number };
  lines: { id: string }[];
};

/**
 * Reserves the open units of every order of the page. Like `reserveLines`: rows locked in
 * product, location order; each line takes from the locations with the most available first;
 * a marketplace order is never refused for stock, its shortfall is written on its timeline.
 */
type Level = { id: string; product_id: string; location_id: string; quantity: number; reserved: number };

/** The stock rows of every product the page's open orders hold, locked in product, location order. */
async function lockStock(em: EntityManager, storeId: string, drafts: OrderDraft[]): Promise<Level[]> {
  const productIds = [
    ...new Set(
      drafts.flatMap((d) => d.lines.filter((_, i) => unitsToReserve(d, i) > 0).map((l) => l.draft.product!.id)),
    ),
  ].sort();
  if (!productIds.length) return [];
  return em.execute<Level[]>(
    `select id, product_id, location_id, quantity, reserved from stock_level
      where store_id = ? and product_id in (?) order by product_id, location_id for update`,
    [storeId, productIds],
  );
}

async function reserveAll(tx: ImportCtx, made: Made[], levels: Level[]): Promise<Map<string, string[]>> {
  const wants = made.flatMap((m) =>
    m.d.lines
      .map((l, i) => ({ m, line: m.lines[i]!, product: l.draft.product, quantity: unitsToReserve(m.d, i) }))
      .filter((w) => w.quantity > 0),
  );
  const shortages = new Map<string, string[]>();
  if (!wants.length) return shortages;
  const em = tx.em;
  const userId = tx.user?.id ?? null;
  const touched = new Map<string, { id: string; reserved: number }>();
  for (const w of wants) {
    const mine = levels.filter((l) => l.product_id === w.product!.id && l.quantity > l.reserved);
    mine.sort(
      (a, b) => b.quantity - b.reserved - (a.quantity - a.reserved) || a.location_id.localeCompare(b.location_id),
    );
    let remaining = w.quantity;
    for (const level of mine) {
      if (remaining === 0) break;
      const take = Math.min(remaining, level.quantity - level.reserved);
      remaining -= take;
      em.create(InventoryTransaction, {
        store: tx.storeId,
        product: w.product!.id,
        location: level.location_id,
        reason: InventoryReason.RESERVED,
        quantityBefore: level.quantity,
        quantityAfter: level.quantity,
        reservedBefore: level.reserved,
        reservedAfter: level.reserved + take,
        user: userId,
        orderId: w.m.order.id,
      });
      level.reserved += take;
      touched.set(level.id, { id: level.id, reserved: level.reserved });
      em.create(StockReservation, {
        store: tx.storeId,
        orderLine: w.line.id,
        product: w.product!.id,
        location: level.location_id,
        quantity: take,
      });
    }
    if (remaining > 0) {
      const list = shortages.get(w.m.order.id) ?? [];
      list.push(`only ${w.quantity - remaining} of ${w.quantity} × ${w.product!.sku} in stock`);
      shortages.set(w.m.order.id, list);
    }
  }
  if (touched.size) {
    await em.execute(
      `update stock_level s set reserved = x.reserved, updated_at = now()
         from json_to_recordset(?::json) as x(id uuid, reserved int) where s.id = x.id`,
      [JSON.stringify([...touched.values()])],
    );
  }
  return shortages;
}

async function addCustomerStats(em: EntityManager, made: Made[]) {
  const per = new Map<string, { id: string; n: number; spent: number; first: Date; last: Date }>();
  for (const m of made) {
    // The same rule as a new order's `countNewOrder`, summed per customer in one statement.
    const c = statsContribution(m.d.status, m.order.totalCents);
    if (!c.orders) continue;
    const id = m.customerId;
    const s = per.get(id) ?? { id, n: 0, spent: 0, first: m.d.orderedAt, last: m.d.orderedAt };
    s.n += c.orders;
    s.spent += c.spentCents;
    if (m.d.orderedAt < s.first) s.first = m.d.orderedAt;
    if (m.d.orderedAt > s.last) s.last = m.d.orderedAt;
    per.set(id, s);
  }
  if (!per.size) return;
  await em.execute(
    `update customer c set total_orders = c.total_orders + x.n, total_spent_cents = c.total_spent_cents + x.spent,
            first_order_at = least(c.first_order_at, x.first), last_order_at = greatest(c.last_order_at, x.last), updated_at = now()
       from json_to_recordset(?::json) as x(id uuid, n int, spent bigint, first timestamptz, last timestamptz)
      where c.id = x.id`,
    [JSON.stringify([...per.values()])],
  );
}
