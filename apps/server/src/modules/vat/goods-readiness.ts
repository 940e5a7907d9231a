import { EU_COUNTRIES, suggestGoodsKind } from '@orion/vat';
import type { StoreCtx } from '../../core/context.js';
import { Product, ProductStatus } from '../catalog/product.entity.js';
import { Store } from '../tenancy/store.entity.js';
import type { GoodsKindGap, GoodsKindReadiness } from './goods-vat.inputs.js';

const LIST = 100;

/**
 * The active products without a kind of goods, with the orders to consumers elsewhere in the EU
 * (this and last calendar year, not cancelled) that carried them: what destination VAT would
 * charge at the standard rate until each product's kind of goods is set.
 */
export async function goodsKindReadiness(ctx: StoreCtx): Promise<GoodsKindReadiness> {
  const seller = (await ctx.em.findOneOrFail(Store, ctx.storeId)).country;
  const from = `${ctx.clock.now().getUTCFullYear() - 1}-01-01`;
  const abroad = EU_COUNTRIES.filter((c) => c !== seller);
  const rows = await ctx.em.execute<{ id: string; orders: number; gross: string | number; total: number }[]>(
    `with gaps as (
       select p.id, p.name from product p
        where p.store_id = ? and p.status = 'active' and p.goods_kind is null
     ), sales as (
       select l.product_id, count(distinct o.id)::int as orders, sum(l.line_total_cents) as gross
         from order_line l join customer_order o on o.id = l.order_id
        where l.store_id = ? and o.store_id = ? and l.product_id in (select id from gaps)
          and o.status <> 'cancelled' and o.ordered_at >= ?
          and upper(coalesce(o.shipping_address, o.billing_address)::jsonb ->> 'country') in (?)
        group by l.product_id
     )
     select g.id, coalesce(s.orders, 0) as orders, coalesce(s.gross, 0) as gross, count(*) over ()::int as total
       from gaps g left join sales s on s.product_id = g.id
      order by coalesce(s.gross, 0) desc, g.name
      limit ?`,
    [ctx.storeId, ctx.storeId, ctx.storeId, from, [...abroad, 'EL', 'MC'], LIST],
  );
  const [totals] = await ctx.em.execute<{ orders: number; gross: string | number }[]>(
    `select count(distinct o.id)::int as orders, coalesce(sum(l.line_total_cents), 0) as gross
       from order_line l join customer_order o on o.id = l.order_id join product p on p.id = l.product_id
      where l.store_id = ? and p.store_id = ? and p.status = 'active' and p.goods_kind is null
        and o.status <> 'cancelled' and o.ordered_at >= ?
        and upper(coalesce(o.shipping_address, o.billing_address)::jsonb ->> 'country') in (?)`,
    [ctx.storeId, ctx.storeId, from, [...abroad, 'EL', 'MC']],
  );
  const products = rows.length ? await ctx.em.find(Product, { id: { $in: rows.map((r) => r.id) } }) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const gaps: GoodsKindGap[] = rows.map((r) => {
    const product = byId.get(r.id)!;
    return {
      product,
      suggestion: suggestGoodsKind({
        name: product.name,
        description: product.description,
        vatCategory: product.vatCategory,
      }),
      crossBorderOrders: r.orders,
      crossBorderGrossCents: Number(r.gross),
    };
  });
  return {
    productsWithoutKind:
      rows[0]?.total ?? (await ctx.em.count(Product, { status: ProductStatus.ACTIVE, goodsKind: null })),
    affectedOrders: totals?.orders ?? 0,
    affectedGrossCents: Number(totals?.gross ?? 0),
    products: gaps,
  };
}
