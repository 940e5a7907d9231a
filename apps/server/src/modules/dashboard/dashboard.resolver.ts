import { Arg, Args, Authorized, Ctx as C, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { Me } from '../auth/auth.inputs.js';
import {
  ComparePeriod,
  DashboardKpis,
  Granularity,
  PeriodInput,
  SalesPoint,
  StatusCount,
  StoreTableRow,
  TopProduct,
  TopProductsArgs,
} from './dashboard.types.js';
import { DashboardService } from './dashboard.service.js';
import { MerchantView, merchantView, merchantViews } from './merchant-access.js';

const storeIdsArg = {
  nullable: true,
  description: 'Only these stores of the view; all of them when omitted',
} as const;

@Resolver(() => MerchantView)
export class DashboardResolver {
  private readonly dashboard = new DashboardService();

  @Authorized()
  @Query(() => MerchantView, {
    description:
      "A merchant's consolidated view (a merchant-level context, no x-store-id needed). MERCHANT_NOT_FOUND unless the user owns the merchant or reads orders in two of its stores or more.",
  })
  async merchant(
    @C() ctx: Ctx,
    @Arg('id', () => ID, { description: 'The merchant' }) id: string,
  ): Promise<MerchantView> {
    const view = await merchantView(ctx.em, ctx.user!.id, id, ctx.clock.now());
    if (!view) throw new DomainError('MERCHANT_NOT_FOUND', 'There is no such merchant for you.', 'NOT_FOUND');
    return view;
  }

  @FieldResolver(() => DashboardKpis, { description: 'The KPIs of a period, with a comparison' })
  kpis(
    @Root() view: MerchantView,
    @C() ctx: Ctx,
    @Arg('period', () => PeriodInput, { description: 'The days counted' }) period: PeriodInput,
    @Arg('compareTo', () => ComparePeriod, {
      defaultValue: ComparePeriod.PREVIOUS_PERIOD,
      description: 'Compared with',
    })
    compareTo: ComparePeriod,
    @Arg('storeIds', () => [ID], storeIdsArg) storeIds?: string[] | null,
  ): Promise<DashboardKpis> {
    return this.dashboard.kpis(ctx.em, view, ctx.clock.now(), period, compareTo, storeIds);
  }

  @FieldResolver(() => [SalesPoint], { description: 'Sales per store and day, week or month of a period' })
  salesSeries(
    @Root() view: MerchantView,
    @C() ctx: Ctx,
    @Arg('period', () => PeriodInput, { description: 'The days counted' }) period: PeriodInput,
    @Arg('granularity', () => Granularity, { defaultValue: Granularity.DAY, description: 'One point per' })
    granularity: Granularity,
    @Arg('storeIds', () => [ID], storeIdsArg) storeIds?: string[] | null,
  ): Promise<SalesPoint[]> {
    return this.dashboard.salesSeries(ctx.em, view, period, granularity, storeIds);
  }

  @FieldResolver(() => [StatusCount], { description: 'Every order of the stores by its current status' })
  ordersByStatus(
    @Root() view: MerchantView,
    @C() ctx: Ctx,
    @Arg('storeIds', () => [ID], storeIdsArg) storeIds?: string[] | null,
  ): Promise<StatusCount[]> {
    return this.dashboard.ordersByStatus(ctx.em, view, storeIds);
  }

  @FieldResolver(() => [TopProduct], { description: 'The best-selling products of a period' })
  topProducts(@Root() view: MerchantView, @C() ctx: Ctx, @Args() args: TopProductsArgs): Promise<TopProduct[]> {
    return this.dashboard.topProducts(ctx.em, view, args.period, args.by, args.limit, args.storeIds);
  }

  @FieldResolver(() => [StoreTableRow], { description: 'Each store’s figures, then an "All stores" row per currency' })
  storeTable(
    @Root() view: MerchantView,
    @C() ctx: Ctx,
    @Arg('period', () => PeriodInput, { description: 'The days counted' }) period: PeriodInput,
    @Arg('compareTo', () => ComparePeriod, {
      defaultValue: ComparePeriod.PREVIOUS_PERIOD,
      description: 'Compared with',
    })
    compareTo: ComparePeriod,
  ): Promise<StoreTableRow[]> {
    return this.dashboard.storeTable(ctx.em, view, period, compareTo);
  }
}

/** `me.merchants`: the merchant views of the signed-in user (the SPA's "All stores"). */
@Resolver(() => Me)
export class MeMerchantsResolver {
  @FieldResolver(() => [MerchantView], {
    description: 'Merchants whose consolidated view the user may open (owners; members of two stores or more)',
  })
  merchants(@C() ctx: Ctx): Promise<MerchantView[]> {
    return merchantViews(ctx.em, ctx.user!.id, ctx.clock.now());
  }
}
