import { Arg, Authorized, Ctx as C, Query, Resolver } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { parsePeriod } from './accounting-period.js';
import { VatJournal, vatJournal } from './vat-journal.js';

@Resolver()
export class AccountingResolver {
  @Authorized(Permission.INVOICES_READ, Permission.EXPORTS_READ)
  @Query(() => VatJournal, {
    description:
      'VAT journal of a period of issue dates (at most a year): totals per kind of supply, regime, category and rate, document counts and numbering gaps (CSV: GET /api/accounting/vat-journal.csv; the register: /api/accounting/register.csv)',
  })
  async vatJournal(
    @C() ctx: StoreCtx,
    @Arg('from', { description: 'First issue date, YYYY-MM-DD' }) from: string,
    @Arg('to', { description: 'Last issue date, YYYY-MM-DD' }) to: string,
  ): Promise<VatJournal> {
    const period = parsePeriod({ from, to });
    await requireFeature(ctx, Feature.ACCOUNTING_EXPORT);
    return vatJournal(ctx, period);
  }
}
