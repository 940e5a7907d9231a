import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx as C, Extensions, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { NESTED_PAGE_SIZE, NestedConnectionArgs, PAGE_CAP } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Customer, type CustomerRow } from '../customers/customer.entity.js';
import { customerOrders, orderListPrefetch } from './order-list.js';
import { OrderConnection } from './order.resolver.js';

/** A customer's order history: the field lives with the orders it reads. */
@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: 'Order history, newest first' })
  @Extensions({ [PAGE_CAP]: NESTED_PAGE_SIZE })
  orders(
    @Root() c: Customer | CustomerRow,
    @C() ctx: StoreCtx,
    @Args() args: NestedConnectionArgs,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return customerOrders(ctx, c.id, args, info && orderListPrefetch(ctx, info));
  }
}
