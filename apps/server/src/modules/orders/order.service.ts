import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConnectionArgs, ConnectionShape } from '../../graphql/connection.js';
import type { StoreCtx } from '../../graphql/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../graphql/errors.js';
import { Product, ProductStatus } from '../catalog/product.entity.js';
import { nextInSequence } from '../common/sequence.js';
import { toAddress } from '../customers/address.js';
import { Customer } from '../customers/customer.entity.js';
import {
  applyOrderToCustomerStats,
  findOrCreateCustomer,
  recomputeCustomerStats,
} from '../customers/customer-stats.js';
import { reserveLines, settleReservations } from '../inventory/stock-movements.js';
import { consumeOrderAllowance } from '../subscriptions/subscription.service.js';
import { Store } from '../tenancy/store.entity.js';
import { OrderChannel, OrderStatus } from './order-enums.js';
import { OrderEvent } from './order-event.entity.js';
import { OrderLine } from './order-line.entity.js';
import { listOrders, type OrderListPrefetch, type OrderRow } from './order-list.js';
import { assertTransition, MARKETPLACE_DRIVEN } from './order-status.js';
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

    const orderId = await ctx.em.transactional(async (em) => {
      const customer = await this.resolveCustomer(ctx, em, input, shippingAddress);
      const order = em.create(Order, {
        store: ctx.storeId,
        orderNumber: 0, // assigned last, see below
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
      // The allowance and the number are taken last: their row locks are then held only for the
      // commit, and a refused order (out of stock) consumes neither.
      await consumeOrderAllowance(em, ctx.storeId, ctx.clock.now());
      order.orderNumber = await nextInSequence(em, ctx.storeId, 'order');
      this.event(em, ctx, order, 'created', `Order #${order.orderNumber} created`, null, OrderStatus.PENDING);
      await em.flush();
      await applyOrderToCustomerStats(em, customer.id, {
        deltaOrders: 1,
        deltaSpentCents: order.totalCents,
        orderedAt,
      });
      return order.id;
    });
    ctx.log.info({ event: 'order_created', orderId }, 'order created');
    ctx.em.clear();
    return this.get(ctx, orderId);
  }

  confirm(ctx: StoreCtx, id: string) {
    return this.transition(ctx, id, OrderStatus.PROCESSING, (o) => {
      o.confirmedAt = ctx.clock.now();
    });
  }

  ship(ctx: StoreCtx, id: string, carrier: string, trackingNumber: string | null) {
    return this.transition(ctx, id, OrderStatus.SHIPPED, async (o, em) => {
      await settleReservations(em, { storeId: ctx.storeId, userId: ctx.user?.id ?? null, orderId: o.id }, 'fulfil');
      o.shippedAt = ctx.clock.now();
      o.carrier = carrier.trim();
      o.trackingNumber = trackingNumber?.trim() || null;
      return `Shipped with ${o.carrier}${o.trackingNumber ? ` (tracking ${o.trackingNumber})` : ''}`;
    });
  }

  deliver(ctx: StoreCtx, id: string) {
    return this.transition(ctx, id, OrderStatus.DELIVERED, (o) => {
      o.deliveredAt = ctx.clock.now();
    });
  }

  cancel(ctx: StoreCtx, id: string, reason?: string | null) {
    return this.transition(ctx, id, OrderStatus.CANCELLED, async (o, em) => {
      await settleReservations(em, { storeId: ctx.storeId, userId: ctx.user?.id ?? null, orderId: o.id }, 'release');
      o.cancelledAt = ctx.clock.now();
      await em.flush();
      await recomputeCustomerStats(em, o.customer.id);
      return reason ? `Cancelled: ${reason}` : undefined;
    });
  }

  refund(ctx: StoreCtx, id: string) {
    return this.transition(ctx, id, OrderStatus.REFUNDED, async (o, em) => {
      await em.flush();
      await recomputeCustomerStats(em, o.customer.id);
    });
  }

  events(ctx: StoreCtx, orderId: string): Promise<OrderEvent[]> {
    return ctx.em.find(OrderEvent, { order: orderId }, { orderBy: { id: 'asc' }, populate: ['user'] });
  }

  /** One status change: row-locked, checked against the machine, its effects, a timeline entry. */
  private async transition(
    ctx: StoreCtx,
    id: string,
    to: OrderStatus,
    effect: (o: Order, em: EntityManager) => unknown,
  ): Promise<Order> {
    await ctx.em.transactional(async (em) => {
      const order = await em.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order) throw new NotFoundError('Order', id);
      const from = order.status;
      if (order.channel === OrderChannel.LETZSHOP && MARKETPLACE_DRIVEN.has(to)) {
        throw new DomainError(
          'USE_LETZSHOP_ACTIONS',
          `Order #${order.orderNumber} came from Letzshop: confirm, decline and ship it through Letzshop (the Letzshop actions on the order) so both sides agree.`,
        );
      }
      assertTransition(order.orderNumber, from, to);
      order.status = to;
      const said = await effect(order, em);
      const message = typeof said === 'string' ? said : `Status changed from ${from} to ${to}`;
      this.event(em, ctx, order, 'status_changed', message, from, to);
      await em.flush();
    });
    ctx.log.info({ event: 'order_status_changed', orderId: id, to }, 'order status changed');
    ctx.em.clear();
    return this.get(ctx, id);
  }

  private event(
    em: EntityManager,
    ctx: StoreCtx,
    order: Order,
    kind: string,
    message: string,
    from: OrderStatus | null,
    to: OrderStatus | null,
  ) {
    em.create(OrderEvent, {
      store: ctx.storeId,
      order,
      user: ctx.user?.id ?? null,
      kind,
      message,
      fromStatus: from,
      toStatus: to,
    });
  }

  private async resolveCustomer(
    ctx: StoreCtx,
    em: EntityManager,
    input: CreateOrderInput,
    address: ReturnType<typeof toAddress>,
  ) {
    if (input.customerId) {
      const c = await em.findOne(Customer, { id: input.customerId });
      if (!c) throw new NotFoundError('Customer', input.customerId);
      return c;
    }
    const n = input.newCustomer!;
    return findOrCreateCustomer(em, ctx.storeId, {
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
