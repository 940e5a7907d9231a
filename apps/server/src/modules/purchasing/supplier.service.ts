import { checkVatNumberFormat } from '@orion/vat';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { type ConnectionArgs, paginate } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { containsPattern } from '../../core/text.js';
import { inTransaction } from '../../core/transaction.js';
import { Product } from '../catalog/product.entity.js';
import { toCountryCode } from '../common/country.js';
import type { CreateSupplierInput, SetSupplierProductInput, UpdateSupplierInput } from './purchasing.inputs.js';
import { Supplier, SupplierProduct } from './supplier.entity.js';

const text = (v: string | null | undefined) => (v == null ? null : v.trim() || null);

/** A supplier's VAT number, checked like a customer's (prefix, format, check digits) and stored canonical. */
function vatNumberOf(raw: string | null | undefined): string | null {
  if (!raw?.trim()) return null;
  const check = checkVatNumberFormat(raw);
  if (!check.valid) throw new ValidationError({ vatNumber: check.reason ?? 'is not a valid EU VAT number' });
  return check.normalized;
}

export async function findSupplier(ctx: StoreCtx, id: string): Promise<Supplier> {
  const s = await ctx.em.findOne(Supplier, { id });
  if (!s) throw new NotFoundError('Supplier', id);
  return s;
}

/** A supplier that may take a new order. */
export async function activeSupplier(ctx: StoreCtx, id: string): Promise<Supplier> {
  const s = await findSupplier(ctx, id);
  if (s.archived) {
    throw new DomainError(
      'SUPPLIER_ARCHIVED',
      `${s.name} is archived: restore it before ordering from it.`,
      'CONFLICT',
      { name: s.name },
    );
  }
  return s;
}

export class SupplierService {
  list(ctx: StoreCtx, args: ConnectionArgs & { search?: string | null; includeArchived?: boolean }) {
    const where: FilterQuery<Supplier> = {
      ...(args.includeArchived ? {} : { archived: false }),
      ...(args.search?.trim() ? { name: { $ilike: containsPattern(args.search.trim()) } } : {}),
    };
    return paginate(ctx.em, Supplier, where, args, { field: 'id', direction: 'asc' });
  }

  get(ctx: StoreCtx, id: string): Promise<Supplier> {
    return findSupplier(ctx, id);
  }

  async create(ctx: StoreCtx, input: CreateSupplierInput): Promise<Supplier> {
    if (!input.name?.trim()) throw new ValidationError({ name: 'is required' });
    const vatNumber = vatNumberOf(input.vatNumber);
    return inTransaction(ctx, async ({ em }) => {
      const s = em.create(Supplier, {
        store: ctx.storeId,
        name: input.name.trim(),
        contactPerson: text(input.contactPerson),
        email: text(input.email)?.toLowerCase() ?? null,
        phone: text(input.phone),
        addressLine: text(input.addressLine),
        postalCode: text(input.postalCode),
        city: text(input.city),
        country: input.country ? toCountryCode(input.country) : null,
        vatNumber,
        leadTimeDays: input.leadTimeDays ?? 7,
        paymentTerms: text(input.paymentTerms),
        notes: text(input.notes),
      });
      await em.flush();
      return s;
    });
  }

  async update(ctx: StoreCtx, input: UpdateSupplierInput): Promise<Supplier> {
    const s = await findSupplier(ctx, input.id);
    if (input.name !== undefined && input.name !== null) {
      if (!input.name.trim()) throw new ValidationError({ name: 'is required' });
      s.name = input.name.trim();
    }
    if (input.vatNumber !== undefined) s.vatNumber = vatNumberOf(input.vatNumber);
    if (input.contactPerson !== undefined) s.contactPerson = text(input.contactPerson);
    if (input.email !== undefined) s.email = text(input.email)?.toLowerCase() ?? null;
    if (input.phone !== undefined) s.phone = text(input.phone);
    if (input.addressLine !== undefined) s.addressLine = text(input.addressLine);
    if (input.postalCode !== undefined) s.postalCode = text(input.postalCode);
    if (input.city !== undefined) s.city = text(input.city);
    if (input.country !== undefined) s.country = input.country ? toCountryCode(input.country) : null;
    if (input.leadTimeDays != null) s.leadTimeDays = input.leadTimeDays;
    if (input.paymentTerms !== undefined) s.paymentTerms = text(input.paymentTerms);
    if (input.notes !== undefined) s.notes = text(input.notes);
    await inTransaction(ctx, ({ em }) => em.persist(s).flush());
    return findSupplier(ctx, s.id);
  }

  async setArchived(ctx: StoreCtx, id: string, archived: boolean): Promise<Supplier> {
    const s = await findSupplier(ctx, id);
    s.archived = archived;
    await inTransaction(ctx, ({ em }) => em.persist(s).flush());
    return findSupplier(ctx, id);
  }

  /** Creates or replaces a product's terms at a supplier; only one supplier is preferred per product. */
  async setProduct(ctx: StoreCtx, input: SetSupplierProductInput): Promise<SupplierProduct> {
    const supplier = await findSupplier(ctx, input.supplierId);
    const product = await ctx.em.findOne(Product, { id: input.productId });
    if (!product) throw new NotFoundError('Product', input.productId);
    const id = await inTransaction(ctx, async ({ em }) => {
      let sp = await em.findOne(SupplierProduct, { supplier: supplier.id, product: product.id });
      sp ??= em.create(SupplierProduct, {
        store: ctx.storeId,
        supplier: supplier.id,
        product: product.id,
        unitCostCents: input.unitCostCents,
      });
      sp.supplierSku = text(input.supplierSku);
      sp.unitCostCents = input.unitCostCents;
      sp.packSize = input.packSize;
      sp.minOrderQuantity = input.minOrderQuantity;
      sp.leadTimeDays = input.leadTimeDays ?? null;
      sp.preferred = input.preferred;
      if (input.preferred) {
        await em.execute(
          'update supplier_product set preferred = false where store_id = ? and product_id = ? and supplier_id <> ?',
          [ctx.storeId, product.id, supplier.id],
        );
      }
      await em.flush();
      return sp.id;
    });
    return ctx.em.findOneOrFail(SupplierProduct, { id }, { populate: ['product', 'supplier'] });
  }

  products(ctx: StoreCtx, supplierId: string): Promise<SupplierProduct[]> {
    return ctx.em.find(SupplierProduct, { supplier: supplierId }, { populate: ['product'], orderBy: { id: 'asc' } });
  }
}
