import type { EntityManager } from '@mikro-orm/postgresql';

/** Takes the next number of a per-store sequence inside the caller's transaction. */
export async function nextInSequence(em: EntityManager, storeId: string, name: string): Promise<number> {
  const rows = await em.execute<{ last_value: string }[]>(
    `insert into store_counter (store_id, name, last_value) values (?, ?, 1)
     on conflict (store_id, name) do update set last_value = store_counter.last_value + 1
     returning last_value`,
    [storeId, name],
  );
  return Number(rows[0]!.last_value);
}

/** The store-scoped rows that are numbered after they were written (the table and its number column). */
const NUMBERED = { order: { table: 'customer_order', column: 'order_number' } } as const;

/**
 * Takes the next number of a per-store sequence and writes it into the row `id` in one statement
 * (the row was written before with a placeholder; its uniqueness is checked at commit). Call it
 * as the transaction's last write: the counter's row lock, which serialises the store's writers,
 * is then held only until the commit.
 */
export async function numberInSequence(
  em: EntityManager,
  storeId: string,
  name: keyof typeof NUMBERED,
  id: string,
): Promise<number> {
  const { table, column } = NUMBERED[name];
  const rows = await em.execute<{ n: number }[]>(
    `with next as (
       insert into store_counter (store_id, name, last_value) values (?, ?, 1)
       on conflict (store_id, name) do update set last_value = store_counter.last_value + 1
       returning last_value)
     update ${table} t set ${column} = next.last_value from next
      where t.id = ? and t.store_id = ?
      returning t.${column} as n`,
    [storeId, name, id, storeId],
  );
  if (!rows[0]) throw new Error(`${table} ${id} not found in store ${storeId}`);
  return Number(rows[0].n);
}

/** Takes `count` consecutive numbers at once; returns the first. */
export async function takeFromSequence(
  em: EntityManager,
  storeId: string,
  name: string,
  count: number,
): Promise<number> {
  const rows = await em.execute<{ last_value: string }[]>(
    `insert into store_counter (store_id, name, last_value) values (?, ?, ?)
     on conflict (store_id, name) do update set last_value = store_counter.last_value + excluded.last_value
     returning last_value`,
    [storeId, name, count],
  );
  return Number(rows[0]!.last_value) - count + 1;
}

/**
 * Takes the next number of a series of the store's merchant (the legal entity), shared by all its
 * stores, inside the caller's transaction: the counter row's lock serialises every store of the
 * merchant, and a rolled-back transaction gives its number back.
 */
export async function nextInMerchantSequence(
  em: EntityManager,
  storeId: string,
  name: string,
): Promise<{ merchantId: string; value: number }> {
  const rows = await em.execute<{ merchant_id: string; last_value: string }[]>(
    `insert into merchant_counter (merchant_id, name, last_value)
       select merchant_id, ?, 1 from store where id = ?
     on conflict (merchant_id, name) do update set last_value = merchant_counter.last_value + 1
     returning merchant_id, last_value`,
    [name, storeId],
  );
  const row = rows[0];
  if (!row) throw new Error(`store ${storeId} not found`);
  return { merchantId: row.merchant_id, value: Number(row.last_value) };
}
