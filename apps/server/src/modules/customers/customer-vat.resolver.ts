import { Arg, Authorized, Ctx as C, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { Customer } from './customer.entity.js';
import { CustomerPayload } from './customer.inputs.js';
import { VatCheck } from './vat-check.entity.js';
import { customerVatCheck, recheckCustomerVatNumber } from './vat-check.service.js';

/** The VAT-number check on the customer type, and a manual re-check. */
@Resolver(() => Customer)
export class CustomerVatResolver {
  @FieldResolver(() => VatCheck, {
    nullable: true,
    description: 'The latest check of the current VAT number (format, then VIES); null without a number',
  })
  vatCheck(@Root() c: Customer, @C() ctx: StoreCtx): Promise<VatCheck | null> {
    return customerVatCheck(ctx.em, c);
  }

  @Authorized(Permission.CUSTOMERS_WRITE)
  @Mutation(() => CustomerPayload, { description: "Checks the customer's VAT number again in VIES (kept as proof)" })
  async checkCustomerVatNumber(
    @C() ctx: StoreCtx,
    @Arg('id', () => ID, { description: 'The customer whose VAT number to check.' }) id: string,
  ): Promise<CustomerPayload> {
    return { customer: await recheckCustomerVatNumber(ctx, id) };
  }
}
