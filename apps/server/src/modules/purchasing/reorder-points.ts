import type { StoreCtx } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { inTransaction } from '../../core/transaction.js';
import { Product } from '../catalog/product.entity.js';
import { Location } from '../inventory/location.entity.js';
import type { SetReorderPointInput } from './purchasing.inputs.js';
import { ReorderPoint } from './reorder-point.entity.js';

/** Sets (or, with no min, removes) a product's reorder point and target at a location. */
export async function setReorderPoint(ctx: StoreCtx, input: SetReorderPointInput): Promise<ReorderPoint | null> {
  const product = await ctx.em.findOne(Product, { id: input.productId });
  if (!product) throw new NotFoundError('Product', input.productId);
  const location = await ctx.em.findOne(Location, { id: input.locationId });
  if (!location) throw new NotFoundError('Location', input.locationId);
  const min = input.minQuantity ?? null;
  const max = input.maxQuantity ?? null;
  if (min !== null && max === null) throw new ValidationError({ maxQuantity: 'is required with a reorder point' });
  if (min !== null && max !== null && max < min)
    throw new ValidationError({ maxQuantity: `must be at least the reorder point (${min})` });
  return inTransaction(ctx, async ({ em }) => {
    const existing = await em.findOne(ReorderPoint, { product: product.id, location: location.id });
    if (min === null) {
      if (existing) await em.remove(existing).flush();
      return null;
    }
    const rp =
      existing ??
      em.create(ReorderPoint, { store: ctx.storeId, product, location, minQuantity: min, maxQuantity: max! });
    rp.minQuantity = min;
    rp.maxQuantity = max!;
    await em.flush();
    return rp;
  });
}
