import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, decodeCursor, MAX_PAGE_SIZE } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { loader } from '../../core/loaders.js';
import { Permission, roleHas } from '../../core/permissions.js';
import { User } from '../auth/user.entity.js';
import { Product } from '../catalog/product.entity.js';
import { LowStockItem, StockLevelView } from '../inventory/inventory.inputs.js';
import { Location } from '../inventory/location.entity.js';
import { planForStore, requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { incomingByLocation, perProduct } from './incoming-stock.js';
import {
  PurchaseOrder,
  PurchaseOrderEvent,
  PurchaseOrderLine,
  PurchaseReceipt,
  PurchaseReceiptLine,
} from './purchase-order.entity.js';
import { createDraftsFromSuggestions, PurchaseOrderService } from './purchase-order.service.js';
import {
  AmendPurchaseOrderInput,
  CreatePurchaseOrderInput,
  CreatePurchaseOrdersFromSuggestionsInput,
  CreateSupplierInput,
  IncomingStock,
  PurchaseOrderListArgs,
  ReceivePurchaseOrderInput,
  SetReorderPointInput,
  SetSupplierProductInput,
  SupplierListArgs,
  UpdatePurchaseOrderInput,
  UpdatePurchasingSettingsInput,
  UpdateSupplierInput,
} from './purchasing.inputs.js';
import { PurchasingSettings } from './purchasing-settings.entity.js';
import { purchasingSettings, updatePurchasingSettings } from './purchasing-settings.js';
import { ReorderPoint } from './reorder-point.entity.js';
import { setReorderPoint } from './reorder-points.js';
import { ReorderSuggestion, reorderSuggestions } from './reorder-suggestions.js';
import { Supplier, SupplierProduct } from './supplier.entity.js';
import { SupplierService } from './supplier.service.js';

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends Connection(Supplier) {}
@ObjectType({ description: 'A page of purchase orders.' })
export class PurchaseOrderConnection extends Connection(PurchaseOrder) {}

@ObjectType({ description: 'The supplier changed' })
class SupplierPayload {
  @Field(() => Supplier, { description: 'The supplier as saved' }) supplier!: Supplier;
}
@ObjectType({ description: "The product's terms at the supplier as saved" })
class SupplierProductPayload {
  @Field(() => SupplierProduct, { description: 'The terms as saved' }) supplierProduct!: SupplierProduct;
}
@ObjectType({ description: 'The purchase order changed' })
class PurchaseOrderPayload {
  @Field(() => PurchaseOrder, { description: 'The purchase order as saved' }) purchaseOrder!: PurchaseOrder;
}
@ObjectType({ description: 'A booked (or replayed) receipt' })
class ReceivePurchaseOrderPayload {
  @Field(() => PurchaseOrder, { description: 'The purchase order after the receipt' }) purchaseOrder!: PurchaseOrder;
  @Field(() => PurchaseReceipt, { description: 'The receipt' }) receipt!: PurchaseReceipt;
  @Field({ description: 'True when the idempotency key had already booked this receipt: nothing was booked again' })
  replayed!: boolean;
}
@ObjectType({ description: 'The drafts made from suggestions, one per supplier' })
class CreatePurchaseOrdersFromSuggestionsPayload {
  @Field(() => [PurchaseOrder], { description: 'The new drafts' }) purchaseOrders!: PurchaseOrder[];
}
@ObjectType({ description: 'The reorder point as saved' })
class ReorderPointPayload {
  @Field(() => ReorderPoint, { nullable: true, description: 'Null when it was removed' })
  reorderPoint!: ReorderPoint | null;
}
@ObjectType({ description: 'The purchasing settings as saved' })
class PurchasingSettingsPayload {
  @Field(() => PurchasingSettings, { description: 'The settings' }) settings!: PurchasingSettings;
}

const suppliers = new SupplierService();
const orders = new PurchaseOrderService();

@Resolver(() => Supplier)
export class SupplierResolver {
  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => SupplierConnection, { description: 'Suppliers, oldest first' })
  async suppliers(@C() ctx: StoreCtx, @Args() args: SupplierListArgs) {
    // Bad arguments are named before the plan is checked.
    if (args.after && decodeCursor(args.after)[0] !== null)
      throw new ValidationError({ after: 'is not a cursor from this list' });
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return suppliers.list(ctx, args);
  }

  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => Supplier, { description: 'One supplier' })
  async supplier(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: 'The supplier' }) id: string) {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return suppliers.get(ctx, id);
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => SupplierPayload, { description: 'Adds a supplier' })
  async createSupplier(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The new supplier.' }) input: CreateSupplierInput,
  ): Promise<SupplierPayload> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return { supplier: await suppliers.create(ctx, input) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => SupplierPayload, { description: 'Changes a supplier' })
  async updateSupplier(
    @C() ctx: StoreCtx,
    @Arg('input', { description: "The supplier's id and the fields to change." }) input: UpdateSupplierInput,
  ): Promise<SupplierPayload> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return { supplier: await suppliers.update(ctx, input) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => SupplierPayload, { description: 'Archives a supplier (or restores it with archived: false)' })
  async archiveSupplier(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: 'The supplier' }) id: string,
    @Arg('archived', { defaultValue: true, description: 'false restores it' }) archived: boolean,
  ): Promise<SupplierPayload> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return { supplier: await suppliers.setArchived(ctx, id, archived) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => SupplierProductPayload, { description: "Sets a product's terms at a supplier" })
  async setSupplierProduct(
    @C() ctx: StoreCtx,
    @Arg('input', { description: "The product's terms with this supplier." }) input: SetSupplierProductInput,
  ): Promise<SupplierProductPayload> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return { supplierProduct: await suppliers.setProduct(ctx, input) };
  }

  @FieldResolver(() => [SupplierProduct], { description: 'What the supplier sells, with costs' })
  products(@C() ctx: StoreCtx, @Root() s: Supplier): Promise<SupplierProduct[]> {
    return suppliers.products(ctx, s.id);
  }
}

@Resolver(() => SupplierProduct)
export class SupplierProductResolver {
  @FieldResolver(() => Product, { description: 'The product' })
  product(@Root() sp: SupplierProduct): Promise<Product> {
    return sp.product.load({ dataloader: true }) as Promise<Product>;
  }
  @FieldResolver(() => Supplier, { description: 'The supplier' })
  supplier(@Root() sp: SupplierProduct): Promise<Supplier> {
    return sp.supplier.load({ dataloader: true }) as Promise<Supplier>;
  }
}

const byOrder = <T extends { purchaseOrder: { id: string } }>(ids: readonly string[], rows: T[]) =>
  ids.map((id) => rows.filter((r) => r.purchaseOrder.id === id));

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => PurchaseOrderConnection, { description: 'Purchase orders, newest first' })
  purchaseOrders(@C() ctx: StoreCtx, @Args() args: PurchaseOrderListArgs) {
    return orders.list(ctx, args);
  }

  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => PurchaseOrder, { description: 'One purchase order' })
  purchaseOrder(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: 'The purchase order' }) id: string) {
    return orders.get(ctx, id);
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchaseOrderPayload, { description: 'Creates a draft purchase order (it takes the next number)' })
  async createPurchaseOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The supplier, dates, delivery location and lines of the new draft.' })
    input: CreatePurchaseOrderInput,
  ) {
    return { purchaseOrder: await orders.create(ctx, input) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchaseOrderPayload, { description: 'Edits a draft' })
  async updatePurchaseOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The draft and the fields to change.' }) input: UpdatePurchaseOrderInput,
  ) {
    return { purchaseOrder: await orders.update(ctx, input) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchaseOrderPayload, { description: 'Marks a draft as ordered: SENT, the supplier snapshotted' })
  async sendPurchaseOrder(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: 'The purchase order' }) id: string) {
    return { purchaseOrder: await orders.send(ctx, id) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchaseOrderPayload, { description: 'A logged change of a sent order' })
  async amendPurchaseOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The sent order and the logged amendment.' }) input: AmendPurchaseOrderInput,
  ) {
    return { purchaseOrder: await orders.amend(ctx, input) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => ReceivePurchaseOrderPayload, {
    description: 'Books a delivery into stock in one transaction; replaying the idempotency key books nothing twice',
  })
  receivePurchaseOrder(
    @C() ctx: StoreCtx,
    @Arg('input', {
      description:
        'What arrived: lines, accepted and damaged quantities, locations, delivery note and idempotency key.',
    })
    input: ReceivePurchaseOrderInput,
  ) {
    return orders.receive(ctx, input);
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchaseOrderPayload, { description: 'Short-closes a sent order: what remains will never come' })
  async closePurchaseOrder(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: 'The purchase order' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Kept in the timeline (max. 500)' }) reason?: string,
  ) {
    if (reason && reason.length > 500) throw new ValidationError({ reason: 'must be at most 500 characters' });
    return { purchaseOrder: await orders.close(ctx, id, reason) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchaseOrderPayload, { description: 'Cancels a draft, or a sent order with nothing received' })
  async cancelPurchaseOrder(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: 'The purchase order' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Kept in the timeline (max. 500)' }) reason?: string,
  ) {
    if (reason && reason.length > 500) throw new ValidationError({ reason: 'must be at most 500 characters' });
    return { purchaseOrder: await orders.cancel(ctx, id, reason) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => [IncomingStock], { description: `On order and next expected date per product (1–${MAX_PAGE_SIZE} ids)` })
  async incomingStock(
    @C() ctx: StoreCtx,
    @Arg('productIds', () => [ID], { description: `The products, 1–${MAX_PAGE_SIZE}` }) productIds: string[],
  ): Promise<IncomingStock[]> {
    if (productIds.length < 1 || productIds.length > MAX_PAGE_SIZE)
      throw new ValidationError({ productIds: `must list from 1 to ${MAX_PAGE_SIZE} products` });
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    const known = await ctx.em.find(Product, { id: { $in: productIds } }, { fields: ['id'] });
    if (known.length !== new Set(productIds).size) throw new NotFoundError('Product');
    const totals = perProduct(await incomingByLocation(ctx.em, ctx.storeId, productIds));
    return [...new Set(productIds)].map((productId) => ({
      productId,
      onOrder: totals.get(productId)?.onOrder ?? 0,
      nextExpectedDate: totals.get(productId)?.nextExpectedDate ?? null,
    }));
  }

  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => [ReorderSuggestion], {
    description: `What to reorder and why, most urgent first (first: 1–${MAX_PAGE_SIZE})`,
  })
  async reorderSuggestions(
    @C() ctx: StoreCtx,
    @Arg('first', () => Int, { defaultValue: 100, description: `At most this many, 1–${MAX_PAGE_SIZE}` }) first: number,
  ): Promise<ReorderSuggestion[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
      throw new ValidationError({ first: `must be between 1 and ${MAX_PAGE_SIZE}` });
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return (await reorderSuggestions(ctx.em, ctx.storeId, ctx.clock.now())).slice(0, first);
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => CreatePurchaseOrdersFromSuggestionsPayload, {
    description: 'Turns selected suggestions into DRAFT purchase orders, one per supplier',
  })
  async createPurchaseOrdersFromSuggestions(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The suggestions to turn into drafts.' })
    input: CreatePurchaseOrdersFromSuggestionsInput,
  ): Promise<CreatePurchaseOrdersFromSuggestionsPayload> {
    return { purchaseOrders: await createDraftsFromSuggestions(ctx, input.suggestions) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => ReorderPointPayload, { description: "Sets a product's reorder point and target at a location" })
  async setReorderPoint(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The product, location and its minimum and target stock.' })
    input: SetReorderPointInput,
  ): Promise<ReorderPointPayload> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return { reorderPoint: await setReorderPoint(ctx, input) };
  }

  @Authorized(Permission.PURCHASE_ORDERS_READ)
  @Query(() => PurchasingSettings, { description: "The store's purchasing settings" })
  async purchasingSettings(@C() ctx: StoreCtx) {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return purchasingSettings(ctx.em, ctx.storeId);
  }

  @Authorized(Permission.SETTINGS_WRITE, Permission.PURCHASE_ORDERS_WRITE)
  @Mutation(() => PurchasingSettingsPayload, { description: 'Changes the purchasing settings' })
  async updatePurchasingSettings(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The purchasing settings to change.' }) input: UpdatePurchasingSettingsInput,
  ) {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    return { settings: await updatePurchasingSettings(ctx, input) };
  }

  @FieldResolver(() => Supplier, { description: 'The supplier (as it is now; see supplierName for the order as sent)' })
  supplier(@Root() po: PurchaseOrder): Promise<Supplier> {
    return po.supplier.load({ dataloader: true }) as Promise<Supplier>;
  }

  @FieldResolver(() => String, { description: "The supplier's name as sent (or as it is now, for a draft)" })
  async supplierName(@Root() po: PurchaseOrder): Promise<string> {
    if (po.supplierSnapshot) return po.supplierSnapshot.name;
    return ((await po.supplier.load({ dataloader: true })) as Supplier).name;
  }

  @FieldResolver(() => Location, { description: 'Where the goods go' })
  deliveryLocation(@Root() po: PurchaseOrder): Promise<Location> {
    return po.deliveryLocation.load({ dataloader: true }) as Promise<Location>;
  }

  @FieldResolver(() => [PurchaseOrderLine], { description: 'The lines, in order' })
  lines(@C() ctx: StoreCtx, @Root() po: PurchaseOrder): Promise<PurchaseOrderLine[]> {
    return loader(ctx, 'po-lines', async (ids: readonly string[]) =>
      byOrder(
        ids,
        await ctx.em.find(PurchaseOrderLine, { purchaseOrder: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      ),
    ).load(po.id);
  }

  @FieldResolver(() => [PurchaseOrderEvent], { description: 'The timeline, oldest first' })
  events(@C() ctx: StoreCtx, @Root() po: PurchaseOrder): Promise<PurchaseOrderEvent[]> {
    return loader(ctx, 'po-events', async (ids: readonly string[]) =>
      byOrder(
        ids,
        await ctx.em.find(PurchaseOrderEvent, { purchaseOrder: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      ),
    ).load(po.id);
  }

  @FieldResolver(() => [PurchaseReceipt], { description: 'The receipts, oldest first' })
  receipts(@C() ctx: StoreCtx, @Root() po: PurchaseOrder): Promise<PurchaseReceipt[]> {
    return loader(ctx, 'po-receipts', async (ids: readonly string[]) =>
      byOrder(
        ids,
        await ctx.em.find(PurchaseReceipt, { purchaseOrder: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
      ),
    ).load(po.id);
  }

  @FieldResolver(() => Int, { description: 'Σ remaining over the lines' })
  async remaining(@C() ctx: StoreCtx, @Root() po: PurchaseOrder): Promise<number> {
    return (await this.lines(ctx, po)).reduce((s, l) => s + l.remaining, 0);
  }
}

const userName = async (u: { load(o: object): Promise<unknown> } | null) =>
  u ? (((await u.load({ dataloader: true })) as User | null)?.name ?? null) : null;

@Resolver(() => PurchaseOrderLine)
export class PurchaseOrderLineResolver {
  @FieldResolver(() => Product, { description: 'The product' })
  product(@Root() l: PurchaseOrderLine): Promise<Product> {
    return l.product.load({ dataloader: true }) as Promise<Product>;
  }
  @FieldResolver(() => Int, { description: 'quantity ordered × unit cost, in cents excl. VAT' })
  lineTotalCents(@Root() l: PurchaseOrderLine): number {
    return l.quantityOrdered * l.unitCostCents;
  }
}

@Resolver(() => PurchaseOrderEvent)
export class PurchaseOrderEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who did it (null for system work)' })
  userName(@Root() e: PurchaseOrderEvent) {
    return userName(e.user);
  }
}

@Resolver(() => PurchaseReceipt)
export class PurchaseReceiptResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who booked it' })
  userName(@Root() r: PurchaseReceipt) {
    return userName(r.user);
  }
  @FieldResolver(() => [PurchaseReceiptLine], { description: 'What it booked' })
  lines(@C() ctx: StoreCtx, @Root() r: PurchaseReceipt): Promise<PurchaseReceiptLine[]> {
    return loader(ctx, 'receipt-lines', async (ids: readonly string[]) => {
      const rows = await ctx.em.find(PurchaseReceiptLine, { receipt: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return ids.map((id) => rows.filter((x) => x.receipt.id === id));
    }).load(r.id);
  }
}

@Resolver(() => PurchaseReceiptLine)
export class PurchaseReceiptLineResolver {
  @FieldResolver(() => ID, { description: 'The order line' })
  lineId(@Root() l: PurchaseReceiptLine): string {
    return l.line.id;
  }
  @FieldResolver(() => Product, { description: 'The product' })
  product(@Root() l: PurchaseReceiptLine): Promise<Product> {
    return l.product.load({ dataloader: true }) as Promise<Product>;
  }
  @FieldResolver(() => Location, { description: 'Where it went' })
  location(@Root() l: PurchaseReceiptLine): Promise<Location> {
    return l.location.load({ dataloader: true }) as Promise<Location>;
  }
}

/**
 * On order per product and location for this request, in one statement. Null (not an error, so the
 * inventory page still loads) when the plan has no purchase orders or the role cannot read them.
 */
function incomingLoader(ctx: StoreCtx) {
  return loader(ctx, 'incoming-stock', async (productIds: readonly string[]) => {
    if (!ctx.role || !roleHas(ctx.role, Permission.PURCHASE_ORDERS_READ)) return productIds.map(() => null);
    const plan = await planForStore(ctx.em, ctx.storeId, ctx.clock.now());
    if (!plan.features.includes(Feature.PURCHASE_ORDERS)) return productIds.map(() => null);
    const rows = await incomingByLocation(ctx.em, ctx.storeId, [...new Set(productIds)]);
    return productIds.map((id) => rows.filter((r) => r.productId === id));
  });
}

/** The inventory page's "on order" columns, added to the inventory type from here (inventory never imports purchasing). */
@Resolver(() => StockLevelView)
export class StockLevelIncomingResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'On open purchase orders for this location (null when the plan has no purchase orders)',
  })
  async onOrder(@C() ctx: StoreCtx, @Root() s: StockLevelView): Promise<number | null> {
    const rows = await incomingLoader(ctx).load(s.product.id);
    return rows === null ? null : rows.filter((r) => r.locationId === s.location.id).reduce((n, r) => n + r.onOrder, 0);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'available + on order (null without purchase orders)' })
  async projected(@C() ctx: StoreCtx, @Root() s: StockLevelView): Promise<number | null> {
    const on = await this.onOrder(ctx, s);
    return on === null ? null : s.available + on;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Earliest expected date of open orders for this location',
  })
  async nextExpectedDate(@C() ctx: StoreCtx, @Root() s: StockLevelView): Promise<string | null> {
    const rows = await incomingLoader(ctx).load(s.product.id);
    const at = (rows ?? []).filter((r) => r.locationId === s.location.id && r.nextExpectedDate);
    return at.reduce<string | null>((m, r) => (!m || r.nextExpectedDate! < m ? r.nextExpectedDate : m), null);
  }
}

@Resolver(() => LowStockItem)
export class LowStockIncomingResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'On open purchase orders, all locations' })
  async onOrder(@C() ctx: StoreCtx, @Root() s: LowStockItem): Promise<number | null> {
    const rows = await incomingLoader(ctx).load(s.product.id);
    return rows === null ? null : rows.reduce((n, r) => n + r.onOrder, 0);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'available + on order' })
  async projected(@C() ctx: StoreCtx, @Root() s: LowStockItem): Promise<number | null> {
    const on = await this.onOrder(ctx, s);
    return on === null ? null : s.available + on;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Earliest expected date of open orders' })
  async nextExpectedDate(@C() ctx: StoreCtx, @Root() s: LowStockItem): Promise<string | null> {
    const rows = await incomingLoader(ctx).load(s.product.id);
    return perProduct(rows ?? []).get(s.product.id)?.nextExpectedDate ?? null;
  }
}
