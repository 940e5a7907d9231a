import { Arg, Authorized, Ctx as C, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { StoreCtx } from '../../graphql/context.js';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import { Permission } from '../../graphql/permissions.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomerPayload } from '../customers/customer.inputs.js';
import { VatCheck } from './vat-check.entity.js';
import { checkVatNumber, latestCheck } from './vat-check.service.js';

/** The VAT-number check on the customer type, and a manual re-check. */
@Resolver(() => Customer)
export class CustomerVatResolver {
  @FieldResolver(() => VatCheck, {
    nullable: true,
    description: 'The latest check of the current VAT number (format, then VIES); null without a number',
  })
  vatCheck(@Root() c: Customer, @C() ctx: StoreCtx): Promise<VatCheck | null> | null {
    return c.vatNumber ? latestCheck(ctx.em, c.id, c.vatNumber) : null;
  }

  @Authorized(Permission.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload, { description: "Checks the customer's VAT number again in VIES (kept as proof)" })
  async checkCustomerVatNumber(@C() ctx: StoreCtx, @Arg('id', () => ID) id: string): Promise<CustomerPayload> {
    const c = await ctx.em.findOne(Customer, { id });
    if (!c) throw new NotFoundError('Customer', id);
    if (!c.vatNumber) throw new DomainError('NO_VAT_NUMBER', 'This customer has no VAT number to check.');
    await checkVatNumber(ctx, c.vatNumber, c.id);
    return { customer: c };
  }
}
