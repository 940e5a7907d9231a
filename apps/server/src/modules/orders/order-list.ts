import type { GraphQLResolveInfo } from 'graphql';
import {
  type ConnectionArgs,
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  NESTED_PAGE_SIZE,
  pageSize,
} from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { loader } from '../../core/loaders.js';
import { Permission } from '../../core/permissions.js';
import { may } from '../../core/auth-checker.js';
import { Selection } from '../../core/lookahead.js';
import { plainReader } from '../../core/plain-rows.js';
import { Customer, type CustomerRow } from '../customers/customer.entity.js';
import { OrderLine } from './order-line.entity.js';
import { Order } from './order.entity.js';
import { type OrderFilter, type OrderSort, OrderSortField } from './order.inputs.js';

/**
 * The read path of order lists (the `orders` query, a customer's order history): raw SQL, one
 * statement per level, rows mapped to plain objects with the entity's field names. No identity
 * map, no hydration, nothing to flush. Every statement carries `store_id = ?` itself: the tenant
 * filter only guards ORM queries, not raw SQL.
 */

/**
 * An order as the list reads it: the `Order` GraphQL fields, and the customer as its id. Read for
 * a GraphQL selection, a row holds only the selected columns and those its field resolvers need
 * (`ORDER_NEEDS`), so nothing else may rely on the other properties.
 */
export type OrderRow = Omit<Order, 'store' | 'customer' | 'lines' | 'externalData'> & { customerId: string };
/** A line as the list reads it, with the product as its id. */
export type OrderLineRow = Omit<OrderLine, 'store' | 'order' | 'product'> & {
  orderId: string;
  productId: string | null;
};
export type { CustomerRow } from '../customers/customer.entity.js';

const SORT_COLUMN: Record<OrderSortField, { column: string; cast: string; kind: 'date' | 'int' }> = {
  [OrderSortField.ORDERED_AT]: { column: 'ordered_at', cast: 'timestamptz', kind: 'date' },
  [OrderSortField.TOTAL]: { column: 'total_cents', cast: 'int', kind: 'int' },
  [OrderSortField.ORDER_NUMBER]: { column: 'order_number', cast: 'int', kind: 'int' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the request may see buyers' contact data (the e-mail to search by, the customer). */
const readsCustomers = (ctx: StoreCtx) => may(ctx, Permission.CUSTOMERS_READ);

/** The list's filters as SQL on `customer_order` aliased `o`, always starting with the store. */
function whereOf(ctx: StoreCtx, filter: OrderFilter, o: string): { sql: string; params: unknown[]; filtered: boolean } {
  const sql = [`${o}.store_id = ?`];
  const params: unknown[] = [ctx.storeId];
  if (filter.status?.length) {
    sql.push(`${o}.status in (?)`);
    params.push(filter.status);
  }
  if (filter.channel) {
    sql.push(`${o}.channel = ?`);
    params.push(filter.channel);
  }
  if (filter.from) {
    sql.push(`${o}.ordered_at >= ?::timestamptz`);
    params.push(filter.from.toISOString());
  }
  if (filter.to) {
    sql.push(`${o}.ordered_at < ?::timestamptz`);
    params.push(filter.to.toISOString());
  }
  if (filter.updatedAfter) {
    sql.push(`${o}.updated_at >= ?::timestamptz`);
    params.push(filter.updatedAfter.toISOString());
  }
  if (filter.customerId) {
    sql.push(`${o}.customer_id = ?`);
    params.push(filter.customerId);
  }
  const q = filter.search?.trim().replace(/^#/, '');
  if (q) {
    if (/^\d{1,9}$/.test(q)) {
      sql.push(`(${o}.order_number = ? or ${o}.external_order_number = ?)`);
      params.push(Number(q), q);
    } else if (!readsCustomers(ctx)) {
      // No searching by e-mail for a role that may not read it: matching would reveal it.
      sql.push(`${o}.external_order_number = ?`);
      params.push(q);
    } else {
      sql.push(`(${o}.customer_snapshot->>'email' ilike ? or ${o}.external_order_number = ?)`);
      params.push(`%${q.replace(/([\\%_])/g, '\\$1')}%`, q);
    }
  }
  return { sql: sql.join(' and '), params, filtered: sql.length > 1 };
}

/**
 * The cursor's sort value. Timestamps keep PostgreSQL's microseconds when there are any (a JS
 * date has milliseconds): a cursor rounded to the millisecond would skip rows sharing it.
 */
function sortValueOf(kind: 'date' | 'int', raw: unknown, parsed: unknown): string | number {
  if (kind === 'int') return parsed as number;
  const iso = (parsed as Date).toISOString();
  const micro = /\.\d{3}(\d{1,3})/.exec(raw as string)?.[1]?.replace(/0+$/, '');
  return micro ? iso.replace(/Z$/, `${micro}Z`) : iso;
}

function keysetOf(kind: 'date' | 'int', after: string): [string | number, string] {
  const [v, id] = decodeCursor(after);
  const ok =
    UUID.test(id) &&
    (kind === 'int'
      ? typeof v === 'number' && Number.isSafeInteger(v)
      : typeof v === 'string' && !Number.isNaN(new Date(v).getTime()));
  if (!ok) throw new ValidationError({ after: 'is not a cursor from this list' });
  return [v as string | number, id];
}

/**
 * What the caller will read of the page, from the GraphQL selection (see `orderListPrefetch`):
 * the orders' fields, and — fetched in the page's statement — the lines' and the customer's; and
 * whether the count is wanted. `undefined` for lines or customer means not selected (they are
 * then loaded on demand if asked for anyway); `'all'` means every column.
 */
export interface OrderListPrefetch {
  order?: FieldNames;
  lines?: FieldNames;
  customer?: FieldNames;
  totalCount?: boolean;
}
type FieldNames = readonly string[] | 'all';

/**
 * The columns that GraphQL fields which are resolvers (not columns) read from their parent row;
 * `[]` for those reading only `id`. A selected field that is neither a column nor listed here makes
 * the row be read whole, so a new resolver never sees a property missing.
 */
const ORDER_NEEDS: Record<string, string[]> = {
  customer: ['customerId'],
  nextStatuses: ['status'],
  lines: [],
  timeline: [],
  invoice: [],
};
const LINE_NEEDS: Record<string, string[]> = { letzshopUnits: ['unitStates'] };
const CUSTOMER_NEEDS: Record<string, string[]> = { name: ['firstName', 'lastName', 'email'], orders: [] };

function fieldNames(sel: Selection, readable: ReadonlySet<string>, needs: Record<string, string[]>): FieldNames {
  const out: string[] = [];
  for (const f of sel.names()) {
    if (readable.has(f)) out.push(f);
    else if (Object.hasOwn(needs, f)) out.push(...needs[f]!);
    else return 'all';
  }
  return out;
}

/** What an `orders` connection field selects that the page's statement can fetch ahead. */
export function orderListPrefetch(ctx: StoreCtx, info: GraphQLResolveInfo): OrderListPrefetch {
  const conn = Selection.of(info);
  const node = conn.get('nodes').union(conn.get('edges').get('node'));
  return {
    order: fieldNames(node, orderReader(ctx).names, ORDER_NEEDS),
    lines: node.has('lines') ? fieldNames(node.get('lines'), lineReader(ctx).names, LINE_NEEDS) : undefined,
    // Never read for a role that may not see it (the field itself refuses it).
    customer:
      node.has('customer') && readsCustomers(ctx)
        ? fieldNames(node.get('customer'), customerReader(ctx).names, CUSTOMER_NEEDS)
        : undefined,
    totalCount: conn.has('totalCount'),
  };
}

const orderReader = (ctx: StoreCtx) => plainReader<OrderRow>(ctx.em, Order, 'o', ['customer']);
const lineReader = (ctx: StoreCtx) => plainReader<OrderLineRow>(ctx.em, OrderLine, 'l', ['order', 'product']);
const customerReader = (ctx: StoreCtx) => plainReader<CustomerRow>(ctx.em, Customer, 'c');

/** The lines and customer fetched with a page, per order row (rows are the page's own objects). */
const prefetched = new WeakMap<OrderRow, { lines?: OrderLineRow[]; customer?: CustomerRow | null }>();

/**
 * The lines of a list's order: from the page's statement when it fetched them (a plain value, so
 * GraphQL need not wait on a promise per order), else one batched statement.
 */
export function linesOf(ctx: StoreCtx, order: OrderRow): OrderLineRow[] | Promise<OrderLineRow[]> {
  return prefetched.get(order)?.lines ?? orderLinesLoader(ctx).load(order.id);
}

/** The customer of a list's order (null if not in the request's store), fetched ahead or batched. */
export function customerOf(ctx: StoreCtx, order: OrderRow): CustomerRow | null | Promise<CustomerRow | null> {
  const p = prefetched.get(order);
  return p && p.customer !== undefined ? p.customer : customerRowsLoader(ctx).load(order.customerId);
}

/**
 * How many orders match, as a scalar subquery: without filters the store's count kept by the
 * `store_order_count` triggers (one row, however many orders), else counted.
 */
function countOf(ctx: StoreCtx, filter: OrderFilter): { sql: string; params: unknown[] } {
  const w = whereOf(ctx, filter, 'n');
  if (!w.filtered) {
    return {
      sql: '(select coalesce((select orders::int from store_order_count where store_id = ?), 0))',
      params: [ctx.storeId],
    };
  }
  return { sql: `(select count(*)::int from customer_order n where ${w.sql})`, params: w.params };
}

/**
 * One page of orders by keyset on (sort column, id). What `prefetch` names comes with the page in
 * the same statement: the orders' selected columns, their lines and customer as JSON subqueries,
 * and the count if selected. Without `prefetch` every column is read, and lines,
 * customers and the count are loaded when asked for (the count only if `totalCount` is read).
 */
export async function listOrders(
  ctx: StoreCtx,
  filter: OrderFilter,
  sort: OrderSort | undefined,
  args: ConnectionArgs,
  prefetch: OrderListPrefetch = { order: 'all' },
): Promise<ConnectionShape<OrderRow>> {
  const first = pageSize(args.first);
  const sortField = sort?.field ?? OrderSortField.ORDERED_AT;
  const { column, cast, kind } = SORT_COLUMN[sortField];
  const dir = sort?.direction === 'asc' ? 'asc' : 'desc';
  const where = whereOf(ctx, filter, 'o');
  let pageSql = where.sql;
  const pageParams = [...where.params];
  if (args.after) {
    const [v, id] = keysetOf(kind, args.after);
    // A row comparison: the index (store_id, ordered_at, id) answers it as a range.
    pageSql += ` and (o.${column}, o.id) ${dir === 'desc' ? '<' : '>'} (?::${cast}, ?::uuid)`;
    pageParams.push(v, id);
  }
  const order = orderReader(ctx).pick(
    prefetch.order === 'all' || !prefetch.order ? 'all' : [...prefetch.order, sortField],
  );
  const select = [order.columns];
  const lines = prefetch.lines && lineReader(ctx).pick(prefetch.lines);
  if (lines) {
    select.push(`(select coalesce(json_agg(${lines.json} order by l.position, l.id), '[]')
        from order_line l where l.order_id = o.id and l.store_id = o.store_id) as "__lines"`);
  }
  const customer = prefetch.customer && customerReader(ctx).pick(prefetch.customer);
  if (customer) {
    select.push(`(select ${customer.json} from customer c
        where c.id = o.customer_id and c.store_id = o.store_id) as "__customer"`);
  }
  const total = countOf(ctx, filter);
  const countAll = () => ctx.em.execute<{ n: number }[]>(`select ${total.sql} as n`, total.params).then((r) => r[0]!.n);
  // Asked for: counted in the same statement (an uncorrelated subquery, evaluated once). On a
  // second connection alongside the page it measured slower here (one more round trip and
  // connection per request on two busy cores).
  const countParams: unknown[] = [];
  if (prefetch.totalCount) {
    select.push(`${total.sql} as "__total"`);
    countParams.push(...total.params);
  }
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select ${select.join(', ')} from customer_order o where ${pageSql}
      order by o.${column} ${dir}, o.id ${dir} limit ?`,
    [...countParams, ...pageParams, first + 1],
  );
  // An empty page (e.g. past the end) carries no count: it is then counted on its own if read.
  let count = prefetch.totalCount && rows.length ? Promise.resolve(rows[0]!.__total as number) : undefined;
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((row) => {
    const raw = row[sortField];
    const { __lines, __customer, __total, ...columns } = row;
    const node = order.map(columns);
    if (lines || customer) {
      prefetched.set(node, {
        lines: lines ? (__lines as Record<string, unknown>[]).map((l) => lines.map(l)) : undefined,
        customer: customer ? (__customer ? customer.map(__customer as Record<string, unknown>) : null) : undefined,
      });
    }
    // Encoded when read: a list usually asks for pageInfo's end cursor only, not every edge's.
    let cursor: string | undefined;
    return {
      get cursor() {
        cursor ??= encodeCursor(sortValueOf(kind, raw, node[sortField]), node.id);
        return cursor;
      },
      node,
    };
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    get totalCount() {
      count ??= countAll();
      return count;
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** The lines of the orders asked for while one GraphQL level resolves: one statement, by position. */
export function orderLinesLoader(ctx: StoreCtx) {
  return loader<string, OrderLineRow[]>(ctx, 'orderLineRows', async (orderIds) => {
    const reader = lineReader(ctx).pick('all');
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select ${reader.columns} from order_line l where l.store_id = ? and l.order_id in (?)
        order by l.order_id, l.position, l.id`,
      [ctx.storeId, [...orderIds]],
    );
    const byOrder = new Map<string, OrderLineRow[]>();
    for (const row of rows) {
      const line = reader.map(row);
      let list = byOrder.get(line.orderId);
      if (!list) byOrder.set(line.orderId, (list = []));
      list.push(line);
    }
    return orderIds.map((id) => byOrder.get(id) ?? []);
  });
}

/** Customers by id, in the request's store only: one statement per GraphQL level. */
export function customerRowsLoader(ctx: StoreCtx) {
  return loader<string, CustomerRow | null>(ctx, 'customerRows', async (ids) => {
    const reader = customerReader(ctx).pick('all');
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select ${reader.columns} from customer c where c.store_id = ? and c.id in (?)`,
      [ctx.storeId, [...ids]],
    );
    const byId = new Map(rows.map((r) => [r.id as string, reader.map(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A customer's order history, newest first, through the orders list's read path (1–20 a page). */
export function customerOrders(
  ctx: StoreCtx,
  customerId: string,
  args: ConnectionArgs,
  prefetch?: OrderListPrefetch,
): Promise<ConnectionShape<OrderRow>> {
  pageSize(args.first, NESTED_PAGE_SIZE);
  return listOrders(ctx, { customerId }, undefined, args, prefetch);
}
