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
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { User } from '../auth/user.entity.js';
import { SubscriptionChange } from './store-subscription.entity.js';
import { SubscriptionService } from './subscription.service.js';
import { Feature, Tier } from './tiers.js';

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

@Resolver()
export class SubscriptionResolver {
  private readonly service = new SubscriptionService();

  @Query(() => [TierPlan], { description: 'The plans on sale' })
  tiers(): TierPlan[] {
    return this.service.plans();
  }

  @Authorized(Permission.SUBSCRIPTION_READ)
  @Query(() => StoreSubscriptionView, {
    description:
      "The store's plan, its current period (calendar month, UTC) and usage against the plan's limits. Needs SUBSCRIPTION_READ.",
  })
  storeSubscription(@C() ctx: StoreCtx): Promise<StoreSubscriptionView> {
    return this.service.usage(ctx);
  }

  @Authorized(Permission.SUBSCRIPTION_READ)
  @Query(() => OrderLimitCheck, {
    description:
      'Whether the store may take another order this period under its plan, and how many remain. Needs ORDERS_READ.',
  })
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
  changeTier(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The new plan.' }) input: ChangeTierInput,
  ): Promise<StoreSubscriptionView> {
    return this.service.changeTier(ctx, input.tier);
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
