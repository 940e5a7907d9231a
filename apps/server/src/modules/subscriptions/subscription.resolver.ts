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

@ObjectType({ description: 'A plan (tier) and what it includes.' })
export class TierPlan {
  @Field(() => Tier, { description: 'The tier.' }) tier!: Tier;
  @Field({ description: "The plan's name." }) name!: string;
  @Field(() => Int, { description: 'Price per month in cents, excluding VAT.' }) monthlyPriceCents!: number;
  @Field(() => Int, { nullable: true, description: 'null = unlimited' }) ordersPerMonth!: number | null;
  @Field(() => Int, { nullable: true, description: 'null = unlimited' }) products!: number | null;
  @Field(() => [Feature], { description: 'The features the plan includes.' }) features!: Feature[];
  @Field(() => [String], { description: 'The features, named for people' }) featureNames!: string[];
}

/** The store's plan and usage. (GraphQL reserves `Subscription` for its subscription root type.) */
@ObjectType('StoreSubscription', { description: "The store's plan and its usage in the current period." })
export class StoreSubscriptionView {
  @Field(() => TierPlan, { description: 'The plan.' }) plan!: TierPlan;
  @Field({ description: "The subscription's status, e.g. active." }) status!: string;
  @Field(() => GraphQLISODateTime, { description: 'Start of the current period (a calendar month, UTC).' })
  currentPeriodStart!: Date;
  @Field(() => GraphQLISODateTime, { description: 'End of the current period (exclusive).' }) currentPeriodEnd!: Date;
  @Field(() => Int, { description: 'Orders taken this period.' }) ordersInPeriod!: number;
  @Field(() => Int, { description: 'Orders left this period; null when unlimited.', nullable: true }) ordersRemaining!:
    | number
    | null;
  @Field(() => Int, { description: 'Products in the catalogue, counted against the product limit of the plan.' })
  productCount!: number;
  @Field(() => Int, { nullable: true, description: 'Share of the order allowance used, 0–100; null when unlimited' })
  orderUsagePercent!: number | null;
  @Field(() => Int, { description: 'Share of the product limit used, 0–100; null when unlimited.', nullable: true })
  productUsagePercent!: number | null;
}

@ObjectType({ description: 'Whether the plan allows another order this period.' })
export class OrderLimitCheck {
  @Field({ description: 'Whether one more order may be taken now.' }) allowed!: boolean;
  @Field(() => Int, { description: 'Orders left this period; null when unlimited.', nullable: true }) remaining!:
    | number
    | null;
  @Field(() => Int, { description: 'Orders per period; null when unlimited.', nullable: true }) limit!: number | null;
  @Field(() => GraphQLISODateTime, { description: 'When the period ends and the allowance resets.' }) periodEnd!: Date;
}

@InputType({ description: 'A change of plan.' })
export class ChangeTierInput {
  @Field(() => Tier, { description: 'The new plan (effective at once).' }) tier!: Tier;
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
      'Whether the store may take another order this period under its plan, and how many remain. Needs SUBSCRIPTION_READ.',
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
  @FieldResolver(() => GraphQLISODateTime, { description: 'When it changed.' })
  changedAt(@Root() c: SubscriptionChange): Date {
    return c.createdAt;
  }

  @FieldResolver(() => String, { description: 'Who changed it.', nullable: true })
  async changedByName(@Root() c: SubscriptionChange): Promise<string | null> {
    if (!c.changedBy) return null;
    return ((await c.changedBy.load({ dataloader: true })) as User | null)?.name ?? null;
  }
}
