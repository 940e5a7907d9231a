import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { ConsentEvent } from './consent-event.entity.js';
import { consentHistory } from './consent.js';
import { Customer, type CustomerRow } from './customer.entity.js';
import { CreateCustomerInput, CustomerListArgs, CustomerPayload, UpdateCustomerInput } from './customer.inputs.js';
import { CustomerService, customerName } from './customer.service.js';

@ObjectType({ description: 'A page of customers (Relay connection: first/after, at most 100 per page).' })
export class CustomerConnection extends Connection(Customer) {}

// Roots are entities, or plain rows from the orders list (typed as a union so that type-graphql
// passes them through instead of copying them into a new entity).
@Resolver(() => Customer)
export class CustomerResolver {
  private readonly service = new CustomerService();

  @Authorized(Permission.CUSTOMERS_READ)
  @Query(() => CustomerConnection, {
    description: "The store's customers, as a paged connection. Needs CUSTOMERS_READ.",
  })
  customers(@C() ctx: StoreCtx, @Args() args: CustomerListArgs) {
    return this.service.list(ctx, args);
  }

  @Authorized(Permission.CUSTOMERS_READ)
  @Query(() => Customer, {
    description: "One customer of the store, by id (NOT_FOUND for another store's). Needs CUSTOMERS_READ.",
  })
  customer(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: "The customer's id." }) id: string,
  ): Promise<Customer> {
    return this.service.get(ctx, id);
  }

  @Authorized(Permission.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload, {
    description: 'Adds a customer to the store (e-mail unique per store, case-insensitively). Needs CUSTOMERS_WRITE.',
  })
  async createCustomer(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The new customer.' }) input: CreateCustomerInput,
  ): Promise<CustomerPayload> {
    return { customer: await this.service.create(ctx, input) };
  }

  @Authorized(Permission.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload, {
    description: 'Changes a customer; omitted fields stay as they are. Needs CUSTOMERS_WRITE.',
  })
  async updateCustomer(
    @C() ctx: StoreCtx,
    @Arg('input', { description: "The customer's id and the fields to change." }) input: UpdateCustomerInput,
  ): Promise<CustomerPayload> {
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
}
