import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import {
  type GoodsRateOverride,
  ratesInForce,
  toEuCountry,
  VAT_RATE_CATEGORIES,
  type VatRateCategory,
} from '@orion/vat';
import { inTransaction } from '../../core/transaction.js';
import type { StoreCtx } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { Product } from '../catalog/product.entity.js';
import { Store } from '../tenancy/store.entity.js';
import { ProductVatOverride, ProductVatOverrideLog } from './product-vat-override.entity.js';
import type { SetProductVatOverrideInput } from './goods-vat.inputs.js';

const NOTE = { min: 3, max: 500 };

function assertProductId(id: string | null | undefined) {
  if (id != null && !isUUID(id, 'all')) throw new ValidationError({ productId: 'is not a valid id' });
}
const day = (d: Date) => d.toISOString().slice(0, 10);

export function listProductVatOverrides(ctx: StoreCtx, productId?: string | null): Promise<ProductVatOverride[]> {
  assertProductId(productId);
  return ctx.em.find(ProductVatOverride, productId ? { product: productId } : {}, {
    orderBy: { product: 'asc', country: 'asc' },
    populate: ['product'],
  });
}

export function listProductVatOverrideChanges(ctx: StoreCtx, productId: string): Promise<ProductVatOverrideLog[]> {
  assertProductId(productId);
  return ctx.em.find(ProductVatOverrideLog, { productId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
}

/**
 * Sets the destination rate of one product in one member state (replacing any earlier choice) and
 * logs the change. Refused with the field named: a member state that is not another EU state, a
 * rate that state does not have today, a missing note.
 */
export async function setProductVatOverride(
  ctx: StoreCtx,
  input: SetProductVatOverrideInput,
): Promise<ProductVatOverride> {
  const bad: Record<string, string> = {};
  const sellerCountry = (await ctx.em.findOneOrFail(Store, ctx.storeId)).country;
  const country = toEuCountry(input.country.trim());
  if (!country || country === sellerCountry) {
    bad.country = `must be an EU member state other than the store's own (${sellerCountry})`;
  } else if (!VAT_RATE_CATEGORIES.includes(input.rateCategory as VatRateCategory)) {
    bad.rateCategory = `must be one of ${ratesInForce(country, day(ctx.clock.now()))
      .map((r) => r.category)
      .join(', ')}`;
  } else {
    const today = day(ctx.clock.now());
    const rates = ratesInForce(country, today);
    if (!rates.some((r) => r.category === input.rateCategory)) {
      bad.rateCategory = `${country} has no ${input.rateCategory} rate on ${today}; choose one of ${rates.map((r) => r.category).join(', ')}`;
    }
  }
  const note = input.note.trim();
  if (note.length < NOTE.min || note.length > NOTE.max) {
    bad.note = `is required: from ${NOTE.min} to ${NOTE.max} characters (has ${note.length})`;
  }
  if (Object.keys(bad).length) throw new ValidationError(bad);
  if (!(await ctx.em.count(Product, { id: input.productId }))) throw new NotFoundError('Product', input.productId);
  const who = ctx.user?.email ?? null;
  const id = await inTransaction(ctx, async ({ em }) => {
    const [row] = await em.execute<{ id: string }[]>(
      `insert into product_vat_override (id, store_id, product_id, country, rate_category, note, set_by, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (store_id, product_id, country) do update
         set rate_category = excluded.rate_category, note = excluded.note, set_by = excluded.set_by,
             updated_at = excluded.updated_at
       returning id`,
      [ctx.storeId, input.productId, country, input.rateCategory, note, who, ctx.clock.now(), ctx.clock.now()],
    );
    em.create(ProductVatOverrideLog, {
      store: ctx.storeId,
      productId: input.productId,
      country: country!,
      action: 'set',
      rateCategory: input.rateCategory,
      note,
      changedBy: who,
    });
    await em.flush();
    return row!.id;
  });
  ctx.log.info(
    { event: 'product_vat_override_set', productId: input.productId, country, rateCategory: input.rateCategory },
    'product VAT override set',
  );
  return ctx.em.findOneOrFail(ProductVatOverride, id, { populate: ['product'] });
}

/** Removes the override (the table's rate applies again); logs it. False when there was none. */
export async function removeProductVatOverride(ctx: StoreCtx, productId: string, country: string): Promise<boolean> {
  assertProductId(productId);
  const c = toEuCountry(country.trim());
  if (!c) throw new ValidationError({ country: 'must be an EU member state' });
  const who = ctx.user?.email ?? null;
  const removed = await inTransaction(ctx, async ({ em }) => {
    const n = await em.nativeDelete(ProductVatOverride, { store: ctx.storeId, product: productId, country: c });
    if (n === 0) return false;
    em.create(ProductVatOverrideLog, { store: ctx.storeId, productId, country: c, action: 'removed', changedBy: who });
    await em.flush();
    return true;
  });
  if (removed)
    ctx.log.info({ event: 'product_vat_override_removed', productId, country: c }, 'product VAT override removed');
  return removed;
}

/** The overrides of these products in one member state, as packages/vat takes them. */
export async function overridesFor(
  em: EntityManager,
  productIds: string[],
  country: string,
): Promise<Map<string, GoodsRateOverride>> {
  if (productIds.length === 0) return new Map();
  const rows = await em.find(ProductVatOverride, { product: { $in: productIds }, country });
  return new Map(
    rows.map((r) => [
      r.product.id,
      {
        category: r.rateCategory,
        note: r.note,
        ...(r.setBy ? { setBy: `${r.setBy} on ${day(r.updatedAt)}` } : {}),
      },
    ]),
  );
}
