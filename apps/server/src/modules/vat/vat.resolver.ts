import { Arg, Authorized, Ctx as C, Query, Resolver } from 'type-graphql';
import type { StoreCtx } from '../../graphql/context.js';
import { Permission } from '../../graphql/permissions.js';
import { VatRate } from './vat-rate.entity.js';
import { findVatRates } from './vat-rate.service.js';

@Resolver()
export class VatResolver {
  @Authorized(Permission.STORE_READ)
  @Query(() => [VatRate], {
    description:
      'EU VAT rates from the dated table: one member state (ISO code; EL is read as GR) or all, in force on `asOf` (YYYY-MM-DD) or every period',
  })
  vatRates(
    @C() ctx: StoreCtx,
    @Arg('country', () => String, { nullable: true }) country?: string | null,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<VatRate[]> {
    return findVatRates(ctx.em, { country, asOf });
  }
}
