import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  Extensions,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, NESTED_PAGE_SIZE, NestedConnectionArgs, PAGE_CAP } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { type CustomerRow, orderListPrefetch } from '../orders/order-list.js';
import { OrderConnection } from '../orders/order.resolver.js';
import { ConsentEvent } from './consent-event.entity.js';
import { consentHistory } from './consent.js';
import { Customer } from './customer.entity.js';
import { CreateCustomerInput, CustomerListArgs, CustomerPayload, UpdateCustomerInput } from './customer.inputs.js';
import { CustomerService, customerName } from './customer.service.js';

@ObjectType()
export class CustomerConnection extends Connection(Customer) {}

// Roots are entities, or plain rows from the orders list (typed as a union so that type-graphql
// passes them through instead of copying them into a new entity).
@Resolver(() => Customer)
export class CustomerResolver {
  private readonly service = new CustomerService();

  @Authorized(Permission.CUSTOMERS_READ)
  @Query(() => CustomerConnection)
  customers(@C() ctx: StoreCtx, @Args() args: CustomerListArgs) {
    return this.service.list(ctx, args);
  }

  @Authorized(Permission.CUSTOMERS_READ)
  @Query(() => Customer)
  customer(@C() ctx: StoreCtx, @Arg('id', () => ID) id: string): Promise<Customer> {
    return this.service.get(ctx, id);
  }

  @Authorized(Permission.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload)
  async createCustomer(@C() ctx: StoreCtx, @Arg('input') input: CreateCustomerInput): Promise<CustomerPayload> {
    return { customer: await this.service.create(ctx, input) };
  }

  @Authorized(Permission.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload)
  async updateCustomer(@C() ctx: StoreCtx, @Arg('input') input: UpdateCustomerInput): Promise<CustomerPayload> {
    return { customer: await this.service.update(ctx, input) };
  }

  @FieldResolver(() => String, { description: 'First and last name, or the e-mail when there is none' })
  name(@Root() c: Customer | CustomerRow): string {
    return customerName(c);
  }

  @FieldResolver(() => [ConsentEvent], { description: 'Every change of marketing consent, oldest first' })
  consentHistory(@Root() c: Customer | CustomerRow, @C() ctx: StoreCtx): Promise<ConsentEvent[]> {
    return consentHistory(ctx, c.id);
  }

  @FieldResolver(() => OrderConnection, { description: 'Order history, newest first' })
  @Extensions({ [PAGE_CAP]: NESTED_PAGE_SIZE })
  orders(
    @Root() c: Customer | CustomerRow,
    @C() ctx: StoreCtx,
    @Args() args: NestedConnectionArgs,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return this.service.orders(ctx, c.id, args, info && orderListPrefetch(ctx, info));
  }
}
