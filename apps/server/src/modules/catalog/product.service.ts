import {
  type FilterQuery,
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { inTransaction } from '../../core/transaction.js';
import { type ConnectionShape, paginate } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { loader } from '../../core/loaders.js';
import { assertProductCapacity } from '../subscriptions/subscription.service.js';
import { domesticCategory } from './goods-kind.js';
import { checkGtin } from './gtin.js';
import { Product, ProductStatus } from './product.entity.js';
import type { CreateProductInput, ProductListArgs, ProductStock, UpdateProductInput } from './product.inputs.js';
import { containsPattern } from '../../core/text.js';
import { VatCategory } from './vat-category.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

export class ProductService {
  /** Stock summed over all locations; one statement for a page of products. Digital: no limit. */
  async stock(ctx: StoreCtx, p: Product): Promise<ProductStock> {
    const s = await loader<string, { quantity: number; reserved: number }>(ctx, 'productStock', async (ids) => {
      const rows = await ctx.em.execute<{ product_id: string; q: number; r: number }[]>(
        'select product_id, sum(quantity)::int as q, sum(reserved)::int as r from stock_level where product_id in (?) group by product_id',
        [ids],
      );
      const by = new Map(rows.map((r) => [r.product_id, r]));
      return ids.map((id) => ({ quantity: by.get(id)?.q ?? 0, reserved: by.get(id)?.r ?? 0 }));
    }).load(p.id);
    return { ...s, available: p.digital ? null : s.quantity - s.reserved };
  }

  list(ctx: StoreCtx, args: ProductListArgs): Promise<ConnectionShape<Product>> {
    const where: FilterQuery<Product>[] = [{ status: args.status ?? ProductStatus.ACTIVE }];
    if (args.vatCategory) where.push({ vatCategory: args.vatCategory });
    if (args.goodsKind) where.push({ goodsKind: args.goodsKind });
    if (args.goodsKindMissing != null) where.push({ goodsKind: args.goodsKindMissing ? null : { $ne: null } });
    if (args.digital != null) where.push({ digital: args.digital });
    if (args.brand?.trim()) where.push({ brand: { $ilike: args.brand.trim().replace(/([\\%_])/g, '\\$1') } });
    const q = args.search?.trim();
    if (q) {
      const digits = q.replace(/[\s-]/g, '');
      where.push({
        $or: [
          { name: { $ilike: containsPattern(q) } },
          { sku: { $ilike: containsPattern(q) } },
          ...(/^\d{4,14}$/.test(digits) ? [{ gtin: { $like: `${digits}%` } }] : []),
        ],
      });
    }
    return paginate(ctx.em, Product, { $and: where }, args, {
      field: args.sort,
      direction: args.direction === 'desc' ? 'desc' : 'asc',
    });
  }

  async get(ctx: StoreCtx, id: string): Promise<Product> {
    const p = await ctx.em.findOne(Product, { id });
    if (!p) throw new NotFoundError('Product', id);
    return p;
  }

  async create(ctx: StoreCtx, input: CreateProductInput): Promise<Product> {
    const gtin = this.gtin(input.gtin);
    const sku = input.sku.trim();
    const id = await inTransaction(ctx, async (tx) => {
      const { em } = tx;
      // Tier limits: the plan's product capacity, checked in the transaction that adds the product.
      await assertProductCapacity(em, ctx.storeId, 1, ctx.clock.now());
      await this.assertSkuFree(tx, sku);
      const p = em.create(Product, {
        store: ctx.storeId,
        sku,
        gtin,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        brand: input.brand?.trim() || null,
        priceCents: input.priceCents,
        costCents: input.costCents,
        goodsKind: input.goodsKind ?? null,
        vatCategory: domesticCategory(input.goodsKind, input.vatCategory, VatCategory.STANDARD, day(ctx.clock.now())),
        digital: input.digital,
        lowStockThreshold: input.lowStockThreshold,
      });
      await this.flushSku(em, sku);
      return p.id;
    });
    ctx.log.info({ event: 'product_created', productId: id }, 'product created');
    return this.get(ctx, id);
  }

  async update(ctx: StoreCtx, input: UpdateProductInput): Promise<Product> {
    const p = await this.get(ctx, input.id);
    if (input.sku !== undefined && input.sku.trim() !== p.sku) {
      await this.assertSkuFree(ctx, input.sku.trim());
      p.sku = input.sku.trim();
    }
    if (input.gtin !== undefined) p.gtin = this.gtin(input.gtin);
    if (input.name !== undefined) p.name = input.name.trim();
    if (input.description !== undefined) p.description = input.description?.trim() || null;
    if (input.brand !== undefined) p.brand = input.brand?.trim() || null;
    if (input.priceCents !== undefined) p.priceCents = input.priceCents;
    if (input.costCents !== undefined) p.costCents = input.costCents;
    if (input.vatCategory) p.vatCategory = input.vatCategory;
    if (input.goodsKind !== undefined) p.goodsKind = input.goodsKind;
    if (input.digital != null) p.digital = input.digital;
    if (input.lowStockThreshold !== undefined) p.lowStockThreshold = input.lowStockThreshold;
    await this.flushSku(ctx.em, p.sku);
    return p;
  }

  async archive(ctx: StoreCtx, id: string): Promise<Product> {
    const p = await this.get(ctx, id);
    p.status = ProductStatus.ARCHIVED;
    await ctx.em.flush();
    return p;
  }

  async restore(ctx: StoreCtx, id: string): Promise<Product> {
    const p = await this.get(ctx, id);
    if (p.status === ProductStatus.ACTIVE) return p;
    await ctx.em.transactional(async (em) => {
      await assertProductCapacity(em, ctx.storeId, 1, ctx.clock.now());
      await em.execute(`update product set status = 'active', updated_at = now() where id = ?`, [id]);
    });
    ctx.em.clear();
    return this.get(ctx, id);
  }

  /** Only a product never ordered nor stocked can be deleted (a typo); others are archived instead. */
  async delete(ctx: StoreCtx, id: string): Promise<boolean> {
    const p = await this.get(ctx, id);
    const [used] = await ctx.em.execute<{ n: number }[]>(
      'select count(*)::int as n from order_line where product_id = ?',
      [id],
    );
    if (used!.n > 0) throw this.hasOrders(p.sku, used!.n);
    const [moved] = await ctx.em.execute<{ n: number }[]>(
      'select count(*)::int as n from inventory_transaction where product_id = ?',
      [id],
    );
    if (moved!.n > 0) {
      throw new DomainError(
        'PRODUCT_HAS_HISTORY',
        `${p.sku} has stock history; archive it to keep the audit trail.`,
        'CONFLICT',
        { sku: p.sku },
      );
    }
    try {
      await ctx.em.execute('delete from product where id = ? and store_id = ?', [id, ctx.storeId]);
    } catch (err) {
      // An order line added meanwhile: the foreign key refuses, as the check above would have.
      if (err instanceof ForeignKeyConstraintViolationException) throw this.hasOrders(p.sku);
      throw err;
    }
    ctx.em.clear();
    return true;
  }

  private gtin(raw: string | null | undefined): string | null {
    if (!raw?.trim()) return null;
    const r = checkGtin(raw);
    if ('error' in r) throw new ValidationError({ gtin: r.error });
    return r.gtin;
  }

  private hasOrders(sku: string, lines?: number) {
    return new DomainError(
      'PRODUCT_HAS_ORDERS',
      `${sku} appears on ${lines ?? 'an'} order line${lines === 1 || !lines ? '' : 's'}; archive it instead of deleting it.`,
      'CONFLICT',
      { sku },
    );
  }

  private skuTaken(sku: string) {
    return new DomainError('SKU_TAKEN', `Another product of this store already has SKU ${sku}.`, 'CONFLICT', {
      sku,
      fields: { sku: 'is already used by another product' },
    });
  }

  private async assertSkuFree(ctx: StoreCtx, sku: string) {
    if (await ctx.em.count(Product, { sku })) throw this.skuTaken(sku);
  }

  /** Flushes; the unique index answers for a product given the same SKU at the same moment. */
  private async flushSku(em: StoreCtx['em'], sku: string) {
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw this.skuTaken(sku);
      throw err;
    }
  }
}
