import {
  Arg,
  Args,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, ConnectionArgs, paginate } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { Customer } from '../customers/customer.entity.js';
import { eraseCustomer } from './erasure.js';
import { PersonalDataAccess } from './personal-data-access.entity.js';

@ObjectType({ description: 'A page of the personal-data access log, newest first.' })
export class PersonalDataAccessConnection extends Connection(PersonalDataAccess) {}

@ObjectType({ description: 'What an erasure did' })
export class ErasurePayload {
  @Field(() => Customer, { description: 'The anonymised customer record' }) customer!: Customer;
  @Field(() => Int, { description: 'Orders that lost the person (amounts and lines stay)' }) ordersAnonymised!: number;
  @Field(() => Int, {
    description: 'Issued invoices and credit notes that keep their buyer snapshot (kept 10 years by law)',
  })
  invoicesKept!: number;
}

@Resolver(() => PersonalDataAccess)
export class PersonalDataResolver {
  @Authorized(Permission.PERSONAL_DATA_LOG_READ)
  @Query(() => PersonalDataAccessConnection, {
    description: 'Every export and access of personal data in the store, newest first (owners)',
  })
  personalDataAccessLog(@C() ctx: StoreCtx, @Args() args: ConnectionArgs) {
    return paginate(ctx.em, PersonalDataAccess, {}, args, { field: 'createdAt', direction: 'desc' });
  }

  @Authorized(Permission.CUSTOMERS_ERASE)
  @Mutation(() => ErasurePayload, {
    description:
      "Erases a customer's personal data (GDPR Art. 17): irreversible. Orders keep their amounts; issued invoices keep their snapshot",
  })
  eraseCustomer(@C() ctx: StoreCtx, @Arg('id', () => ID, { description: 'The customer' }) id: string) {
    return eraseCustomer(ctx, id);
  }

  @FieldResolver(() => String, { description: 'The filters of an export, as JSON' })
  filters(@Root() e: PersonalDataAccess): string {
    return JSON.stringify(e.filters ?? {});
  }

  @FieldResolver(() => GraphQLISODateTime, { description: 'When it happened' })
  at(@Root() e: PersonalDataAccess): Date {
    return e.createdAt;
  }
}
