import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../core/errors.js';
import { OrderStatus } from '../orders/order-enums.js';
import { changePercent, checkPeriod, comparisonOf, luxembourgToday, type Period } from './dashboard-period.js';
import {
  type ComparePeriod,
  type CurrencyKpis,
  type DashboardKpis,
  Granularity,
  type Kpi,
  type PeriodInput,
  type SalesPoint,
  type StatusCount,
  type StoreTableRow,
  type TopProduct,
  TopProductsBy,
} from './dashboard.types.js';
import type { MerchantView } from './merchant-access.js';

/** Hours a Letzshop order may stay unconfirmed ([assumed]: the marketplace's confirmation deadline). */
export const LETZSHOP_CONFIRM_HOURS = 48;
/** Orders waiting (pending or processing) longer than this are flagged. */
export const WAITING_ALERT_HOURS = 48;

const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;

/**
 * The stores a request's figures cover: the view's stores whose plan includes the dashboard,
 * narrowed to `storeIds` when given (each must be one of the view's).
 */
export function coveredStores(view: MerchantView, storeIds?: string[] | null): string[] {
  const inView = new Set(view.stores.map((s) => s.id));
  for (const id of storeIds ?? []) {
    if (!inView.has(id)) {
      throw new DomainError('STORE_NOT_IN_VIEW', `Store ${id} is not in this merchant view.`, 'BAD_USER_INPUT', {
        storeId: id,
      });
    }
  }
  const wanted = storeIds?.length ? new Set(storeIds) : inView;
  return view.stores.filter((s) => s.included && wanted.has(s.id)).map((s) => s.id);
}

interface Sums {
  orders: number;
  units: number;
  net: number;
  vat: number;
  gross: number;
  newOrders: number;
  returningOrders: number;
  refundedOrders: number;
  refundedCents: number;
  creditNotes: number;
  creditNoteCents: number;
}
const ZERO: Sums = {
  orders: 0,
  units: 0,
  net: 0,
  vat: 0,
  gross: 0,
  newOrders: 0,
  returningOrders: 0,
  refundedOrders: 0,
  refundedCents: 0,
  creditNotes: 0,
  creditNoteCents: 0,
};

const SUMS_SQL = `sum(orders)::float8 as orders, sum(units)::float8 as units, sum(net_cents)::float8 as net,
  sum(vat_cents)::float8 as vat, sum(gross_cents)::float8 as gross, sum(new_customer_orders)::float8 as new_orders,
  sum(returning_customer_orders)::float8 as returning_orders, sum(refunded_orders)::float8 as refunded_orders,
  sum(refunded_cents)::float8 as refunded_cents, sum(credit_notes)::float8 as credit_notes,
  sum(credit_note_cents)::float8 as credit_note_cents`;
type SumsRow = {
  orders: number;
  units: number;
  net: number;
  vat: number;
  gross: number;
  new_orders: number;
  returning_orders: number;
  refunded_orders: number;
  refunded_cents: number;
  credit_notes: number;
  credit_note_cents: number;
};
const toSums = (r: SumsRow): Sums => ({
  orders: r.orders,
  units: r.units,
  net: r.net,
  vat: r.vat,
  gross: r.gross,
  newOrders: r.new_orders,
  returningOrders: r.returning_orders,
  refundedOrders: r.refunded_orders,
  refundedCents: r.refunded_cents,
  creditNotes: r.credit_notes,
  creditNoteCents: r.credit_note_cents,
});

const kpi = (value: number, previous: number | null): Kpi => ({
  value,
  previous,
  changePercent: changePercent(value, previous),
});
const now = (value: number): Kpi => ({ value, previous: null, changePercent: null });
const aov = (s: Sums) => (s.orders ? Math.round(s.gross / s.orders) : 0);
const returningShare = (s: Sums) => {
  const n = s.newOrders + s.returningOrders;
  return n ? Math.round((s.returningOrders / n) * 1000) / 10 : 0;
};

/** The merchant dashboard's figures, read from the daily rollup (never a scan of the orders). */
export class DashboardService {
  /** Rollup sums per (currency[, store]) for a period. */
  private async sums(em: EntityManager, stores: string[], p: Period, byStore: boolean) {
    const rows = await em.execute<(SumsRow & { currency: string; store_id: string | null })[]>(
      `select currency, ${byStore ? 'store_id' : 'null::uuid as store_id'}, ${SUMS_SQL}
         from store_sales_day
        where store_id = any(?::uuid[]) and day between ?::date and ?::date
        group by currency${byStore ? ', store_id' : ''}`,
      [uuidArray(stores), p.from, p.to],
    );
    return new Map(rows.map((r) => [`${r.currency}|${r.store_id ?? ''}`, toSums(r)]));
  }

  /** Orders waiting now (pending + processing), from the rollup's status counts. */
  private async waiting(em: EntityManager, stores: string[]) {
    const rows = await em.execute<{ currency: string; store_id: string; n: number }[]>(
      `select currency, store_id, sum(pending + processing)::int as n
         from store_sales_day where store_id = any(?::uuid[]) group by currency, store_id`,
      [uuidArray(stores)],
    );
    return rows;
  }

  async kpis(
    em: EntityManager,
    view: MerchantView,
    clock: Date,
    periodIn: PeriodInput,
    compareTo: ComparePeriod,
    storeIds?: string[] | null,
  ): Promise<DashboardKpis> {
    const period = checkPeriod(periodIn);
    const comparison = comparisonOf(period, compareTo);
    const stores = coveredStores(view, storeIds);
    const empty: DashboardKpis = {
      from: period.from,
      to: period.to,
      compareFrom: comparison?.from ?? null,
      compareTo: comparison?.to ?? null,
      storeIds: stores,
      currencies: [],
    };
    if (stores.length === 0) return empty;
    const a = uuidArray(stores);
    const today = luxembourgToday(clock);
    const [current, previous, waiting, live, invoices, lowStock] = await Promise.all([
      this.sums(em, stores, period, false),
      comparison ? this.sums(em, stores, comparison, false) : Promise.resolve(null),
      this.waiting(em, stores),
      em.execute<{ currency: string; waiting_long: number; letzshop_overdue: number }[]>(
        `select currency,
                count(*) filter (where ordered_at < ?::timestamptz - make_interval(hours => ?))::int as waiting_long,
                count(*) filter (where channel = 'letzshop' and status = 'pending'
                                   and ordered_at < ?::timestamptz - make_interval(hours => ?))::int as letzshop_overdue
           from customer_order
          where store_id = any(?::uuid[]) and status in ('pending', 'processing')
          group by currency`,
        [clock, WAITING_ALERT_HOURS, clock, LETZSHOP_CONFIRM_HOURS, a],
      ),
      em.execute<{ currency: string; n: number; cents: number }[]>(
        `select currency, count(*)::int as n, sum(gross_cents)::float8 as cents
           from invoice
          where store_id = any(?::uuid[]) and type = 'invoice' and status = 'issued' and due_date < ?::date
          group by currency`,
        [a, today],
      ),
      em.execute<{ currency: string; n: number }[]>(
        `select st.currency, count(*)::int as n
           from store st join lateral (
             select p.id from product p left join stock_level s on s.product_id = p.id
              where p.store_id = st.id and p.status = 'active' and not p.digital
              group by p.id, p.low_stock_threshold
             having coalesce(sum(s.quantity - s.reserved), 0) <= p.low_stock_threshold) low on true
          where st.id = any(?::uuid[])
          group by st.currency`,
        [a],
      ),
    ]);
    const currencies = new Set<string>(view.stores.filter((s) => stores.includes(s.id)).map((s) => s.currency));
    for (const key of current.keys()) currencies.add(key.split('|')[0]!);
    for (const r of live) currencies.add(r.currency);
    const sets: CurrencyKpis[] = [...currencies].sort().map((currency) => {
      const c = current.get(`${currency}|`) ?? ZERO;
      const p = previous ? (previous.get(`${currency}|`) ?? ZERO) : null;
      const l = live.find((r) => r.currency === currency);
      const inv = invoices.find((r) => r.currency === currency);
      return {
        currency,
        netSales: kpi(c.net, p?.net ?? null),
        grossSales: kpi(c.gross, p?.gross ?? null),
        vat: kpi(c.vat, p?.vat ?? null),
        orders: kpi(c.orders, p?.orders ?? null),
        units: kpi(c.units, p?.units ?? null),
        averageOrderValue: kpi(aov(c), p ? aov(p) : null),
        refunds: kpi(c.refundedCents, p?.refundedCents ?? null),
        refundCount: kpi(c.refundedOrders, p?.refundedOrders ?? null),
        creditNotes: kpi(c.creditNoteCents, p?.creditNoteCents ?? null),
        creditNoteCount: kpi(c.creditNotes, p?.creditNotes ?? null),
        returningCustomerShare: kpi(returningShare(c), p ? returningShare(p) : null),
        waitingOrders: now(waiting.filter((w) => w.currency === currency).reduce((n, w) => n + w.n, 0)),
        waitingOver48h: now(l?.waiting_long ?? 0),
        letzshopUnconfirmedOverdue: now(l?.letzshop_overdue ?? 0),
        overdueInvoices: now(inv?.cents ?? 0),
        overdueInvoiceCount: now(inv?.n ?? 0),
        lowStockProducts: now(lowStock.find((r) => r.currency === currency)?.n ?? 0),
      };
    });
    return { ...empty, currencies: sets };
  }

  async salesSeries(
    em: EntityManager,
    view: MerchantView,
    periodIn: PeriodInput,
    granularity: Granularity,
    storeIds?: string[] | null,
  ): Promise<SalesPoint[]> {
    const period = checkPeriod(periodIn);
    const stores = coveredStores(view, storeIds);
    if (!stores.length) return [];
    const unit = { [Granularity.DAY]: 'day', [Granularity.WEEK]: 'week', [Granularity.MONTH]: 'month' }[granularity];
    const rows = await em.execute<
      { store_id: string; currency: string; start: string; orders: number; units: number; net: number; gross: number }[]
    >(
      `select store_id, currency, to_char(date_trunc('${unit}', day), 'YYYY-MM-DD') as start,
              sum(orders)::int as orders, sum(units)::float8 as units, sum(net_cents)::float8 as net,
              sum(gross_cents)::float8 as gross
         from store_sales_day
        where store_id = any(?::uuid[]) and day between ?::date and ?::date
        group by store_id, currency, 3 order by 3, store_id`,
      [uuidArray(stores), period.from, period.to],
    );
    return rows.map((r) => ({
      storeId: r.store_id,
      currency: r.currency,
      start: r.start,
      orders: r.orders,
      units: r.units,
      netCents: r.net,
      grossCents: r.gross,
    }));
  }

  /** Every order of the stores by its current status (all time). */
  async ordersByStatus(em: EntityManager, view: MerchantView, storeIds?: string[] | null): Promise<StatusCount[]> {
    const stores = coveredStores(view, storeIds);
    if (!stores.length) return Object.values(OrderStatus).map((status) => ({ status, count: 0 }));
    const [row] = await em.execute<Record<OrderStatus, number>[]>(
      `select ${Object.values(OrderStatus)
        .map((s) => `coalesce(sum(${s}), 0)::int as ${s}`)
        .join(', ')}
         from store_sales_day where store_id = any(?::uuid[])`,
      [uuidArray(stores)],
    );
    return Object.values(OrderStatus).map((status) => ({ status, count: row?.[status] ?? 0 }));
  }

  async topProducts(
    em: EntityManager,
    view: MerchantView,
    periodIn: PeriodInput,
    by: TopProductsBy,
    limit: number,
    storeIds?: string[] | null,
  ): Promise<TopProduct[]> {
    const period = checkPeriod(periodIn);
    const stores = coveredStores(view, storeIds);
    if (!stores.length) return [];
    const order = by === TopProductsBy.UNITS ? 'units desc, gross desc' : 'gross desc, units desc';
    const rows = await em.execute<
      {
        product_id: string;
        store_id: string;
        sku: string;
        name: string;
        currency: string;
        units: number;
        gross: number;
      }[]
    >(
      `select t.product_id, t.store_id, p.sku, p.name, t.currency, t.units, t.gross
         from (select product_id, store_id, currency, sum(units)::float8 as units, sum(gross_cents)::float8 as gross
                 from store_product_sales_day
                where store_id = any(?::uuid[]) and day between ?::date and ?::date
                group by product_id, store_id, currency
                order by ${order}, product_id limit ?) t
         join product p on p.id = t.product_id
        order by ${order.replaceAll('units', 't.units').replaceAll('gross', 't.gross')}, t.product_id`,
      [uuidArray(stores), period.from, period.to, limit],
    );
    return rows.map((r) => ({
      productId: r.product_id,
      storeId: r.store_id,
      sku: r.sku,
      name: r.name,
      currency: r.currency,
      units: r.units,
      grossCents: r.gross,
    }));
  }

  /** One row per store (and currency), then one "All stores" row per currency (storeId null). */
  async storeTable(
    em: EntityManager,
    view: MerchantView,
    periodIn: PeriodInput,
    compareTo: ComparePeriod,
  ): Promise<StoreTableRow[]> {
    const period = checkPeriod(periodIn);
    const comparison = comparisonOf(period, compareTo);
    const stores = coveredStores(view, null);
    if (!stores.length) return [];
    const [current, previous, waiting] = await Promise.all([
      this.sums(em, stores, period, true),
      comparison ? this.sums(em, stores, comparison, true) : Promise.resolve(null),
      this.waiting(em, stores),
    ]);
    const rows: StoreTableRow[] = [];
    const totals = new Map<string, { c: Sums; p: Sums | null; waiting: number }>();
    const add = (a: Sums, b: Sums): Sums =>
      Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Sums] + b[k as keyof Sums]])) as unknown as Sums;
    for (const store of view.stores.filter((s) => stores.includes(s.id))) {
      const currencies = new Set([store.currency]);
      for (const key of current.keys()) if (key.endsWith(`|${store.id}`)) currencies.add(key.split('|')[0]!);
      for (const currency of currencies) {
        const c = current.get(`${currency}|${store.id}`) ?? ZERO;
        const p = previous ? (previous.get(`${currency}|${store.id}`) ?? ZERO) : null;
        const w = waiting.find((x) => x.store_id === store.id && x.currency === currency)?.n ?? 0;
        rows.push(this.row(store.id, currency, c, p, w));
        const t = totals.get(currency) ?? { c: ZERO, p: previous ? ZERO : null, waiting: 0 };
        totals.set(currency, { c: add(t.c, c), p: p && t.p ? add(t.p, p) : null, waiting: t.waiting + w });
      }
    }
    for (const [currency, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
      rows.push(this.row(null, currency, t.c, t.p, t.waiting));
    }
    return rows;
  }

  private row(storeId: string | null, currency: string, c: Sums, p: Sums | null, waiting: number): StoreTableRow {
    return {
      storeId,
      currency,
      netSales: kpi(c.net, p?.net ?? null),
      grossSales: kpi(c.gross, p?.gross ?? null),
      orders: kpi(c.orders, p?.orders ?? null),
      averageOrderValue: kpi(aov(c), p ? aov(p) : null),
      waitingOrders: waiting,
    };
  }
}
