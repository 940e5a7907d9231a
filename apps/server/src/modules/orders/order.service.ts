import { LockMode } from '@mikro-orm/core';
import type { ConnectionArgs, ConnectionShape } from '../../core/connection.js';
import { inTransaction } from '../../core/transaction.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { Product, ProductStatus } from '../catalog/product.entity.js';
import { numberInSequence } from '../common/sequence.js';
import { toAddress } from '../customers/address.js';
import { Customer } from '../customers/customer.entity.js';
import { findOrCreateCustomer } from '../customers/customer-stats.js';
import { reserveLines } from '../inventory/stock-movements.js';
import { consumeOrderAllowance } from '../subscriptions/subscription.service.js';
import { Store } from '../tenancy/store.entity.js';
import { OrderChannel, OrderStatus } from './order-enums.js';
import { OrderEvent } from './order-event.entity.js';
import { OrderLine } from './order-line.entity.js';
import { listOrders, type OrderListPrefetch, type OrderRow } from './order-list.js';
import { assertMayEnter, changeOrderStatus, countNewOrder, recordOrderEvent } from './order-transitions.js';
import { computeOrderTotals } from './order-totals.js';
import { domesticRateBp } from './order-vat.js';
import { Order } from './order.entity.js';
import type { CreateOrderInput, OrderFilter, OrderSort } from './order.inputs.js';

export class OrderService {
  /** The list (raw SQL read path, plain rows: see order-list.ts). */
  list(
    ctx: StoreCtx,
    filter: OrderFilter = {},
    sort?: OrderSort,
    args?: ConnectionArgs,
    prefetch?: OrderListPrefetch,
  ): Promise<ConnectionShape<OrderRow>> {
    return listOrders(ctx, filter, sort, args ?? { first: 20 }, prefetch);
  }

  async get(ctx: StoreCtx, id: string): Promise<Order> {
    const order = await ctx.em.findOne(Order, { id });
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }

  /** A direct order: prices, VAT and totals come from the catalogue; stock is reserved. */
  async create(ctx: StoreCtx, input: CreateOrderInput): Promise<Order> {
    if (!input.customerId === !input.newCustomer) {
      throw new ValidationError({ customerId: 'give either an existing customer or a new customer (not both)' });
    }
    const quantities = new Map<string, number>();
    for (const l of input.lines) quantities.set(l.productId, (quantities.get(l.productId) ?? 0) + l.quantity);
    const products = await ctx.em.find(Product, { id: { $in: [...quantities.keys()] } });
    const missing = [...quantities.keys()].filter((id) => !products.some((p) => p.id === id));
    if (missing.length) throw new NotFoundError('Product', missing.join(', '));
    const archived = products.filter((p) => p.status === ProductStatus.ARCHIVED);
    if (archived.length) {
      throw new DomainError(
        'PRODUCT_ARCHIVED',
        `Archived products cannot be ordered: ${archived.map((p) => p.sku).join(', ')}.`,
      );
    }
    const store = await ctx.em.findOneOrFail(Store, ctx.storeId);
    const orderedAt = ctx.clock.now();
    const priced = products.map((p) => ({
      product: p,
      quantity: quantities.get(p.id)!,
      rateBp: domesticRateBp(store.country, p.vatCategory, orderedAt),
    }));
    const totals = computeOrderTotals(
      priced.map((l) => ({ unitPriceCents: l.product.priceCents, quantity: l.quantity, rateBp: l.rateBp })),
      input.shippingCents,
      input.discountCents,
    );
    if (totals.totalCents < 0) throw new ValidationError({ discountCents: 'cannot exceed the goods and shipping' });
    const shippingAddress = toAddress(input.shippingAddress);
    const billingAddress = input.billingAddress ? toAddress(input.billingAddress) : shippingAddress;

    const orderId = await inTransaction(ctx, async (tx) => {
      const em = tx.em;
      const customer = await this.resolveCustomer(tx, input, shippingAddress);
      const order = em.create(Order, {
        store: ctx.storeId,
        orderNumber: 0, // the placeholder until the number is taken, last (see below)
        channel: OrderChannel.DIRECT,
        customer: customer.id,
        customerSnapshot: {
          email: customer.email,
          name: `${customer.firstName} ${customer.lastName}`.trim() || customer.email,
          phone: customer.phone,
          locale: customer.preferredLanguage,
        },
        shippingAddress,
        billingAddress,
        subtotalCents: totals.subtotalCents,
        shippingCents: totals.shippingCents,
        discountCents: totals.discountCents,
        taxCents: totals.taxCents,
        totalCents: totals.totalCents,
        vatRegime: 'domestic',
        orderedAt,
        note: input.note ?? null,
      });
      const lines = priced.map((l, i) =>
        em.create(OrderLine, {
          store: ctx.storeId,
          order,
          position: i + 1,
          product: l.product.id,
          sku: l.product.sku,
          gtin: l.product.gtin,
          name: l.product.name,
          unitPriceCents: l.product.priceCents,
          vatCategory: l.product.vatCategory,
          quantity: l.quantity,
          lineTotalCents: l.product.priceCents * l.quantity,
        }),
      );
      await reserveLines(
        em,
        { storeId: ctx.storeId, userId: ctx.user?.id ?? null, orderId: order.id },
        lines
          .filter((_, i) => !priced[i]!.product.digital)
          .map((l) => ({ orderLineId: l.id, productId: l.product!.id, sku: l.sku, quantity: l.quantity })),
      );
      await em.flush();
      await countNewOrder(tx, order, customer.id);
      // The store's rows come last — the allowance, then the number (written into the order, whose
      // number's uniqueness and the store's kept order count are checked and added at commit) and
      // the timeline entry that names it. Every store's order waits for these locks, so they are
      // held for three statements and the commit; a refused order (out of stock) takes neither.
      await consumeOrderAllowance(em, ctx.storeId, ctx.clock.now());
      const orderNumber = await numberInSequence(em, ctx.storeId, 'order', order.id);
      recordOrderEvent(tx, order, 'created', `Order #${orderNumber} created`, null, OrderStatus.PENDING);
      await em.flush();
      return order.id;
    });
    ctx.log.info({ event: 'order_created', orderId }, 'order created');
    return this.get(ctx, orderId);
  }

  confirm(ctx: StoreCtx, id: string) {
    return this.transition(ctx, id, OrderStatus.PROCESSING);
  }

  ship(ctx: StoreCtx, id: string, carrier: string, trackingNumber: string | null) {
    return this.transition(ctx, id, OrderStatus.SHIPPED, (o) => {
      o.carrier = carrier.trim();
      o.trackingNumber = trackingNumber?.trim() || null;
      return `Shipped with ${o.carrier}${o.trackingNumber ? ` (tracking ${o.trackingNumber})` : ''}`;
    });
  }

  deliver(ctx: StoreCtx, id: string) {
    return this.transition(ctx, id, OrderStatus.DELIVERED);
  }

  cancel(ctx: StoreCtx, id: string, reason?: string | null) {
    return this.transition(ctx, id, OrderStatus.CANCELLED, () => (reason ? `Cancelled: ${reason}` : undefined));
  }

  /** The generic refund, for direct orders; a marketplace order is refunded by a return through Letzshop. */
  refund(ctx: StoreCtx, id: string) {
    return this.transition(ctx, id, OrderStatus.REFUNDED);
  }

  events(ctx: StoreCtx, orderId: string): Promise<OrderEvent[]> {
    return ctx.em.find(OrderEvent, { order: orderId }, { orderBy: { id: 'asc' }, populate: ['user'] });
  }

  /** Orders and their value per status (every status, zero when none). */
  async statusCounts(ctx: StoreCtx): Promise<{ status: OrderStatus; count: number; totalCents: number }[]> {
    const rows = await ctx.em.execute<{ status: OrderStatus; n: number; total: string }[]>(
      'select status, count(*)::int as n, coalesce(sum(total_cents), 0)::bigint as total from customer_order where store_id = ? group by status',
      [ctx.storeId],
    );
    return Object.values(OrderStatus).map((status) => {
      const r = rows.find((x) => x.status === status);
      return { status, count: r?.n ?? 0, totalCents: Number(r?.total ?? 0) };
    });
  }

  /** One status change, row-locked, through the order transitions (checks, effects, timeline, statistics). */
  private async transition(
    ctx: StoreCtx,
    id: string,
    to: OrderStatus,
    describe?: (o: Order) => string | undefined,
  ): Promise<Order> {
    await inTransaction(ctx, async (tx) => {
      const order = await tx.em.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order) throw new NotFoundError('Order', id);
      assertMayEnter(order, to, 'direct');
      const message = describe?.(order);
      await changeOrderStatus(tx, order, to, { via: 'direct', message });
    });
    ctx.log.info({ event: 'order_status_changed', orderId: id, to }, 'order status changed');
    return this.get(ctx, id);
  }

  private async resolveCustomer(tx: StoreCtx, input: CreateOrderInput, address: ReturnType<typeof toAddress>) {
    if (input.customerId) {
      const c = await tx.em.findOne(Customer, { id: input.customerId });
      if (!c) throw new NotFoundError('Customer', input.customerId);
      return c;
    }
    const n = input.newCustomer!;
    return findOrCreateCustomer(tx.em, tx.storeId, {
      email: n.email,
      firstName: n.firstName,
      lastName: n.lastName,
      phone: n.phone ?? null,
      locale: n.preferredLanguage ?? undefined,
      isGuest: false,
      address,
    });
  }
}
