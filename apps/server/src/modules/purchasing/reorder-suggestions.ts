import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { incomingByLocation } from './incoming-stock.js';
import { purchasingSettings } from './purchasing-settings.js';

export enum SuggestionRule {
  MIN_MAX = 'min_max',
  VELOCITY = 'velocity',
}
registerEnumType(SuggestionRule, {
  name: 'SuggestionRule',
  description: 'Why a product is suggested',
  valuesConfig: {
    MIN_MAX: { description: 'Projected stock at the location is below its reorder point: order up to the target' },
    VELOCITY: {
      description: 'No reorder point: projected stock does not cover average daily sales × (lead time + safety days)',
    },
  },
});

@ObjectType({ description: 'A product to reorder, with the figures behind the suggestion' })
export class ReorderSuggestion {
  @Field(() => ID, { description: 'The product' }) productId!: string;
  @Field({ description: 'Its SKU' }) sku!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The location (the reorder point’s, or the default location)' })
  locationId!: string | null;
  @Field(() => SuggestionRule, { description: 'Which rule suggested it' }) rule!: SuggestionRule;
  @Field(() => Int, { description: 'Available now (on hand − reserved)' }) available!: number;
  @Field(() => Int, { description: 'On open purchase orders' }) onOrder!: number;
  @Field(() => Int, { description: 'available + on order' }) projected!: number;
  @Field(() => Int, { nullable: true, description: 'Reorder point (min rule)' }) minQuantity!: number | null;
  @Field(() => Int, { nullable: true, description: 'Target (min rule)' }) maxQuantity!: number | null;
  @Field(() => Int, { description: 'Units sold in the period' }) soldInPeriod!: number;
  @Field(() => Int, { description: 'Length of the sales period in days' }) periodDays!: number;
  @Field(() => Int, { description: "Lead time in days (the product's at its supplier, else the supplier's)" })
  leadTimeDays!: number;
  @Field(() => Int, { description: 'Safety days (velocity rule)' }) safetyDays!: number;
  @Field(() => ID, { nullable: true, description: 'The preferred (else cheapest) supplier; null when none sells it' })
  supplierId!: string | null;
  @Field(() => String, { nullable: true, description: "The supplier's name" }) supplierName!: string | null;
  @Field(() => Int, { description: 'Order multiple at the supplier' }) packSize!: number;
  @Field(() => Int, { description: 'Minimum order quantity at the supplier' }) minOrderQuantity!: number;
  @Field(() => Int, { description: 'What to order: the gap rounded up to the pack size, at least the minimum' })
  suggestedQuantity!: number;
  @Field(() => Int, { description: 'Unit cost in cents excl. VAT at the supplier' }) unitCostCents!: number;
  @Field({ description: 'The reason in words (English), e.g. "3 left, 12 sold in 30 days, lead time 7 days"' })
  reason!: string;
}

/** The gap rounded up to the pack size, and at least the minimum order quantity; 0 when there is no gap. */
export function orderQuantity(gap: number, packSize: number, minOrderQuantity: number): number {
  if (gap <= 0) return 0;
  const packs = Math.ceil(gap / packSize) * packSize;
  const atLeast = Math.ceil(minOrderQuantity / packSize) * packSize;
  return Math.max(packs, atLeast);
}

interface Terms {
  supplierId: string;
  supplierName: string;
  packSize: number;
  minOrderQuantity: number;
  leadTimeDays: number;
  unitCostCents: number;
}

/**
 * Reorder suggestions: (1) where a reorder point exists, projected stock (available + on order)
 * below min → order max − projected; (2) elsewhere, average daily sales over the last N days ×
 * (lead time + safety days) not covered by projected stock → order the gap. Quantities are
 * rounded up to the supplier's pack size and at least its minimum. A fixed number of statements.
 */
export async function reorderSuggestions(em: EntityManager, storeId: string, now: Date): Promise<ReorderSuggestion[]> {
  const settings = await purchasingSettings(em, storeId);
  const since = new Date(now.getTime() - settings.velocityDays * 86_400_000);
  const [products, stock, points, sold, terms, firstLocation, incoming] = await Promise.all([
    em.execute<{ id: string; sku: string; name: string; cost_cents: number }[]>(
      `select id, sku, name, cost_cents from product where store_id = ? and status = 'active' and not digital`,
      [storeId],
    ),
    em.execute<{ product_id: string; location_id: string; available: number }[]>(
      'select product_id, location_id, (quantity - reserved) as available from stock_level where store_id = ?',
      [storeId],
    ),
    em.execute<{ product_id: string; location_id: string; min_quantity: number; max_quantity: number }[]>(
      'select product_id, location_id, min_quantity, max_quantity from reorder_point where store_id = ?',
      [storeId],
    ),
    em.execute<{ product_id: string; sold: number }[]>(
      `select l.product_id, sum(l.quantity)::int as sold
         from order_line l join customer_order o on o.id = l.order_id
        where o.store_id = ? and l.store_id = ? and o.created_at >= ? and o.status <> 'cancelled' and l.product_id is not null
        group by l.product_id`,
      [storeId, storeId, since],
    ),
    em.execute<
      {
        product_id: string;
        supplier_id: string;
        supplier_name: string;
        pack_size: number;
        min_order_quantity: number;
        lead_time_days: number;
        unit_cost_cents: number;
      }[]
    >(
      `select distinct on (sp.product_id) sp.product_id, sp.supplier_id, s.name as supplier_name, sp.pack_size,
              sp.min_order_quantity, coalesce(sp.lead_time_days, s.lead_time_days) as lead_time_days, sp.unit_cost_cents
         from supplier_product sp join supplier s on s.id = sp.supplier_id
        where sp.store_id = ? and s.store_id = ? and not s.archived
        order by sp.product_id, sp.preferred desc, sp.unit_cost_cents, sp.id`,
      [storeId, storeId],
    ),
    em.execute<{ id: string }[]>('select id from location where store_id = ? order by warehouse, bin limit 1', [
      storeId,
    ]),
    incomingByLocation(em, storeId, null),
  ]);
  const key = (p: string, l: string) => `${p}|${l}`;
  const availAt = new Map<string, number>();
  const availAll = new Map<string, number>();
  for (const s of stock) {
    availAt.set(key(s.product_id, s.location_id), s.available);
    availAll.set(s.product_id, (availAll.get(s.product_id) ?? 0) + s.available);
  }
  const onOrderAt = new Map<string, number>();
  const onOrderAll = new Map<string, number>();
  for (const r of incoming) {
    onOrderAt.set(key(r.productId, r.locationId), (onOrderAt.get(key(r.productId, r.locationId)) ?? 0) + r.onOrder);
    onOrderAll.set(r.productId, (onOrderAll.get(r.productId) ?? 0) + r.onOrder);
  }
  const soldBy = new Map(sold.map((s) => [s.product_id, s.sold]));
  const termsBy = new Map<string, Terms>(
    terms.map((t) => [
      t.product_id,
      {
        supplierId: t.supplier_id,
        supplierName: t.supplier_name,
        packSize: t.pack_size,
        minOrderQuantity: t.min_order_quantity,
        leadTimeDays: t.lead_time_days,
        unitCostCents: t.unit_cost_cents,
      },
    ]),
  );
  const pointsBy = new Map<string, typeof points>();
  for (const p of points) pointsBy.set(p.product_id, [...(pointsBy.get(p.product_id) ?? []), p]);

  const out: ReorderSuggestion[] = [];
  for (const product of products) {
    const t = termsBy.get(product.id);
    const pack = t?.packSize ?? 1;
    const moq = t?.minOrderQuantity ?? 1;
    const lead = t?.leadTimeDays ?? 0;
    const soldInPeriod = soldBy.get(product.id) ?? 0;
    const base = {
      productId: product.id,
      sku: product.sku,
      name: product.name,
      soldInPeriod,
      periodDays: settings.velocityDays,
      leadTimeDays: lead,
      safetyDays: settings.safetyDays,
      supplierId: t?.supplierId ?? null,
      supplierName: t?.supplierName ?? null,
      packSize: pack,
      minOrderQuantity: moq,
      unitCostCents: t?.unitCostCents ?? product.cost_cents,
    };
    const own = pointsBy.get(product.id);
    if (own) {
      for (const p of own) {
        const available = availAt.get(key(product.id, p.location_id)) ?? 0;
        const onOrder = onOrderAt.get(key(product.id, p.location_id)) ?? 0;
        const projected = available + onOrder;
        if (projected >= p.min_quantity) continue;
        const qty = orderQuantity(p.max_quantity - projected, pack, moq);
        if (qty === 0) continue;
        out.push({
          ...base,
          locationId: p.location_id,
          rule: SuggestionRule.MIN_MAX,
          available,
          onOrder,
          projected,
          minQuantity: p.min_quantity,
          maxQuantity: p.max_quantity,
          suggestedQuantity: qty,
          reason: `${available} left${onOrder ? `, ${onOrder} on order` : ''}, below the reorder point ${p.min_quantity}: order up to ${p.max_quantity}${pack > 1 ? ` in packs of ${pack}` : ''}`,
        });
      }
      continue;
    }
    if (soldInPeriod === 0) continue;
    const available = availAll.get(product.id) ?? 0;
    const onOrder = onOrderAll.get(product.id) ?? 0;
    const projected = available + onOrder;
    const need = Math.ceil((soldInPeriod * (lead + settings.safetyDays)) / settings.velocityDays);
    const qty = orderQuantity(need - projected, pack, moq);
    if (qty === 0) continue;
    out.push({
      ...base,
      locationId: firstLocation[0]?.id ?? null,
      rule: SuggestionRule.VELOCITY,
      available,
      onOrder,
      projected,
      minQuantity: null,
      maxQuantity: null,
      suggestedQuantity: qty,
      reason: `${available} left${onOrder ? `, ${onOrder} on order` : ''}, ${soldInPeriod} sold in ${settings.velocityDays} days, lead time ${lead} days`,
    });
  }
  // Most urgent first: the least projected stock against what is needed.
  return out.sort((a, b) => a.projected - b.projected || a.sku.localeCompare(b.sku));
}
