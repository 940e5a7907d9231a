import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, ConnectionArgs } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { Permission } from '../../core/permissions.js';
import { User } from '../auth/user.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { OrderChannel, OrderStatus } from './order-enums.js';
import { OrderEvent } from './order-event.entity.js';
import { OrderLine } from './order-line.entity.js';
import {
  type CustomerRow,
  customerOf,
  linesOf,
  type OrderLineRow,
  orderListPrefetch,
  type OrderRow,
} from './order-list.js';
import { nextStatusesFor } from './order-transitions.js';
import { Order } from './order.entity.js';
import {
  CancelOrderInput,
  CreateOrderInput,
  OrderFilter,
  OrderIdInput,
  OrderPayload,
  OrderSort,
  ShipOrderInput,
} from './order.inputs.js';
import { OrderService } from './order.service.js';

type MaybePromise<T> = T | Promise<T>;

@ObjectType({
  description: "A page of orders (Relay connection: first/after, at most 100 per page; 20 in a customer's history).",
})
export class OrderConnection extends Connection(Order) {}

@ObjectType({ description: 'How many orders are in one status, and their value.' })
export class OrderStatusCount {
  @Field(() => OrderStatus, { description: 'The status.' }) status!: OrderStatus;
  @Field(() => Int, { description: 'How many orders.' }) count!: number;
  @Field(() => Int, { description: 'Their totals summed, in cents.' }) totalCents!: number;
}

@Resolver(() => Order)
export class OrderResolver {
  private readonly service = new OrderService();

  @Authorized(Permission.ORDERS_READ)
  @Query(() => OrderConnection, {
    description:
      "The store's orders, newest first unless sorted otherwise, as a paged connection. Needs ORDERS_READ; the buyer's contact data needs CUSTOMERS_READ. For polling use filter.updatedAfter.",
  })
  orders(
    @C() ctx: StoreCtx,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OrderFilter, { description: 'Filters, all combined (AND).', nullable: true })
    filter?: OrderFilter,
    @Arg('sort', () => OrderSort, {
      description: 'The sort key and direction; ties are broken by id. Default: ordered date, newest first.',
      nullable: true,
    })
    sort?: OrderSort,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return this.service.list(ctx, filter ?? {}, sort, args, info && orderListPrefetch(ctx, info));
  }

  @Authorized(Permission.ORDERS_READ)
  @Query(() => [OrderStatusCount], { description: 'Orders and their value per status (for the dashboard)' })
  orderStatusCounts(@C() ctx: StoreCtx): Promise<OrderStatusCount[]> {
    return this.service.statusCounts(ctx);
  }

  @Authorized(Permission.ORDERS_READ)
  @Query(() => Order, {
    description: "One order of the store, by id (NOT_FOUND for another store's). Needs ORDERS_READ.",
  })
  order(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: "The order's id." }) id: string): Promise<Order> {
    return this.service.get(ctx, id);
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => OrderPayload, {
    description: 'A direct order: prices and totals come from the catalogue; stock is reserved.',
  })
  async createOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The buyer, addresses, lines and amounts in cents.' }) input: CreateOrderInput,
  ): Promise<OrderPayload> {
    return { order: await this.service.create(ctx, input) };
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => OrderPayload, { description: 'pending → processing' })
  async confirmOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The order to confirm.' }) input: OrderIdInput,
  ): Promise<OrderPayload> {
    return { order: await this.service.confirm(ctx, input.id) };
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => OrderPayload, { description: 'processing → shipped: stock leaves, carrier and tracking recorded' })
  async shipOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The order, the carrier and the tracking number.' }) input: ShipOrderInput,
  ): Promise<OrderPayload> {
    return { order: await this.service.ship(ctx, input.id, input.carrier, input.trackingNumber ?? null) };
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => OrderPayload, { description: 'shipped → delivered' })
  async markOrderDelivered(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The order delivered.' }) input: OrderIdInput,
  ): Promise<OrderPayload> {
    return { order: await this.service.deliver(ctx, input.id) };
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => OrderPayload, { description: 'pending/processing → cancelled: reserved stock is released' })
  async cancelOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The order and why it is cancelled.' }) input: CancelOrderInput,
  ): Promise<OrderPayload> {
    return { order: await this.service.cancel(ctx, input.id, input.reason) };
  }

  @Authorized(Permission.ORDERS_WRITE)
  @Mutation(() => OrderPayload, {
    description: 'shipped/delivered → refunded (direct orders; a Letzshop order is refunded by a return)',
  })
  async refundOrder(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The direct order to refund.' }) input: OrderIdInput,
  ): Promise<OrderPayload> {
    return { order: await this.service.refund(ctx, input.id) };
  }

  // A list's rows (plain, see order-list.ts) come with their lines and customer when the page's
  // statement fetched them ahead, else from batched raw SQL; a single order or a mutation's result
  // is an entity, loaded through the ORM as it always was (fresh after the mutation's `em.clear()`).
  @FieldResolver(() => [OrderLine], { description: 'The ordered products with quantities and prices.' })
  lines(@Root() order: Order | OrderRow, @C() ctx: StoreCtx): MaybePromise<(OrderLine | OrderLineRow)[]> {
    if (order instanceof Order) return order.lines.load({ dataloader: true }).then((c) => c.getItems());
    return linesOf(ctx, order);
  }

  @Authorized(Permission.CUSTOMERS_READ)
  @FieldResolver(() => Customer, { description: "The buyer's customer record (needs CUSTOMERS_READ)" })
  customer(@Root() order: Order | OrderRow, @C() ctx: StoreCtx): MaybePromise<Customer | CustomerRow> {
    if (order instanceof Order) return order.customer.load({ dataloader: true }) as Promise<Customer>;
    const found = (c: CustomerRow | null) => {
      if (!c) throw new NotFoundError('Customer', order.customerId);
      return c;
    };
    const customer = customerOf(ctx, order);
    return customer instanceof Promise ? customer.then(found) : found(customer);
  }

  @FieldResolver(() => [OrderEvent], { description: 'The timeline, oldest first' })
  timeline(@Root() order: Order | OrderRow, @C() ctx: StoreCtx): Promise<OrderEvent[]> {
    return this.service.events(ctx, order.id);
  }

  @FieldResolver(() => [OrderStatus], { description: 'The statuses this order can move to now' })
  nextStatuses(@Root() order: Order | OrderRow): OrderStatus[] {
    return nextStatusesFor({ status: order.status as OrderStatus, channel: order.channel as OrderChannel });
  }
}

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who did it (null for the system)' })
  async userName(@Root() e: OrderEvent): Promise<string | null> {
    if (!e.user) return null;
    const u = (await e.user.load({ dataloader: true })) as User | null;
    return u?.name ?? null;
  }

  @FieldResolver(() => ID, { description: 'The order.' })
  orderId(@Root() e: OrderEvent): string {
    return e.order.id;
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => ID, {
    description: "The product's id; null for a Letzshop unit that matched no product.",
    nullable: true,
  })
  productId(@Root() l: OrderLine | OrderLineRow): string | null {
    return l instanceof OrderLine ? (l.product?.id ?? null) : l.productId;
  }
}
