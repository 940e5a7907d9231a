import {
  Arg,
  Authorized,
  Ctx as C,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { StoreCtx } from '../../graphql/context.js';
import { Permission } from '../../graphql/permissions.js';
import { User } from '../auth/user.entity.js';
import { SubscriptionChange } from './store-subscription.entity.js';
import { SubscriptionService } from './subscription.service.js';
import { Feature, FEATURE_NAMES, TIER_PLANS, Tier, type TierPlanData } from './tiers.js';

@ObjectType()
export class TierPlan {
  @Field(() => Tier) tier!: Tier;
  @Field() name!: string;
  @Field(() => Int) monthlyPriceCents!: number;
  @Field(() => Int, { nullable: true, description: 'null = unlimited' }) ordersPerMonth!: number | null;
  @Field(() => Int, { nullable: true, description: 'null = unlimited' }) products!: number | null;
  @Field(() => [Feature]) features!: Feature[];
  @Field(() => [String], { description: 'The features, named for people' }) featureNames!: string[];
}

const toPlan = (p: TierPlanData): TierPlan => ({
  ...p,
  features: [...p.features],
  featureNames: p.features.map((f) => FEATURE_NAMES[f]),
});

/** The store's plan and usage. (GraphQL reserves `Subscription` for its subscription root type.) */
@ObjectType('StoreSubscription')
export class StoreSubscriptionView {
  @Field(() => TierPlan) plan!: TierPlan;
  @Field() status!: string;
  @Field(() => GraphQLISODateTime) currentPeriodStart!: Date;
  @Field(() => GraphQLISODateTime) currentPeriodEnd!: Date;
  @Field(() => Int) ordersInPeriod!: number;
  @Field(() => Int, { nullable: true }) ordersRemaining!: number | null;
  @Field(() => Int) productCount!: number;
  @Field(() => Int, { nullable: true, description: 'Share of the order allowance used, 0–100; null when unlimited' })
  orderUsagePercent!: number | null;
  @Field(() => Int, { nullable: true }) productUsagePercent!: number | null;
}

@ObjectType()
export class OrderLimitCheck {
  @Field() allowed!: boolean;
  @Field(() => Int, { nullable: true }) remaining!: number | null;
  @Field(() => Int, { nullable: true }) limit!: number | null;
  @Field(() => GraphQLISODateTime) periodEnd!: Date;
}

@InputType()
export class ChangeTierInput {
  @Field(() => Tier) tier!: Tier;
}

const pct = (used: number, limit: number | null) =>
  limit === null ? null : Math.min(100, Math.floor((used * 100) / limit));

@Resolver()
export class SubscriptionResolver {
  private readonly service = new SubscriptionService();

  private async view(r: Awaited<ReturnType<SubscriptionService['get']>>): Promise<StoreSubscriptionView> {
    const { sub, plan, productCount } = r;
    return {
      plan: toPlan(plan),
      status: sub.status,
      currentPeriodStart: sub.periodStart,
      currentPeriodEnd: sub.periodEnd,
      ordersInPeriod: sub.ordersInPeriod,
      ordersRemaining: plan.ordersPerMonth === null ? null : Math.max(0, plan.ordersPerMonth - sub.ordersInPeriod),
      productCount,
      orderUsagePercent: pct(sub.ordersInPeriod, plan.ordersPerMonth),
      productUsagePercent: pct(productCount, plan.products),
    };
  }

  @Query(() => [TierPlan], { description: 'The plans on sale' })
  tiers(): TierPlan[] {
    return TIER_PLANS.map(toPlan);
  }

  @Authorized(Permission.SUBSCRIPTION_READ)
  @Query(() => StoreSubscriptionView)
  async storeSubscription(@C() ctx: StoreCtx): Promise<StoreSubscriptionView> {
    return this.view(await this.service.get(ctx));
  }

  @Authorized(Permission.SUBSCRIPTION_READ)
  @Query(() => OrderLimitCheck)
  checkOrderLimit(@C() ctx: StoreCtx): Promise<OrderLimitCheck> {
    return this.service.checkOrderLimit(ctx);
  }

  @Authorized(Permission.SUBSCRIPTION_READ)
  @Query(() => [SubscriptionChange], { description: 'Plan changes, newest first' })
  subscriptionChanges(@C() ctx: StoreCtx): Promise<SubscriptionChange[]> {
    return this.service.history(ctx);
  }

  @Authorized(Permission.SUBSCRIPTION_MANAGE)
  @Mutation(() => StoreSubscriptionView, {
    description: 'Owner only. No payment provider yet: the change is recorded with who and when.',
  })
  async changeTier(@C() ctx: StoreCtx, @Arg('input') input: ChangeTierInput): Promise<StoreSubscriptionView> {
    return this.view(await this.service.changeTier(ctx, input.tier));
  }
}

@Resolver(() => SubscriptionChange)
export class SubscriptionChangeResolver {
  @FieldResolver(() => GraphQLISODateTime)
  changedAt(@Root() c: SubscriptionChange): Date {
    return c.createdAt;
  }

  @FieldResolver(() => String, { nullable: true })
  async changedByName(@Root() c: SubscriptionChange): Promise<string | null> {
    if (!c.changedBy) return null;
    return ((await c.changedBy.load({ dataloader: true })) as User | null)?.name ?? null;
  }
}
