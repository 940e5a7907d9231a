import { defineErrors } from '../../core/error-codes.js';
import { DomainError } from '../../core/errors.js';
import { FEATURE_NAMES, type Feature, type TierPlanData } from './tiers.js';

export const SUBSCRIPTION_ERRORS = defineErrors('subscriptions', {
  TIER_LIMIT_REACHED: {
    kind: 'FORBIDDEN',
    params: ['limit', 'tier', 'resource', 'upgrade'],
    description:
      "The plan's allowance is used up: `extensions.resource` (orders this month, or products) reached `extensions.limit` on plan `extensions.tier`; for orders `extensions.periodEnd` is when it renews. `extensions.upgrade` names the mutation that changes the plan.",
  },
  FEATURE_NOT_IN_TIER: {
    kind: 'FORBIDDEN',
    params: ['feature', 'tier', 'requiredTier'],
    description:
      "The feature `extensions.feature` is not part of the store's plan `extensions.tier`; `extensions.requiredTier` is the lowest plan that has it.",
  },
});

const day = (d: Date) => d.toISOString().slice(0, 10);

export class TierLimitError extends DomainError {
  constructor(what: 'orders' | 'products', plan: TierPlanData, limit: number, periodEnd: Date | null) {
    super(
      'TIER_LIMIT_REACHED',
      what === 'orders'
        ? `This store has used its ${limit} orders for this month on the ${plan.name} plan. The allowance renews on ${day(periodEnd!)}; an owner can upgrade under Plan & usage to continue now.`
        : `The ${plan.name} plan allows ${limit} products. Archive products you no longer sell, or ask an owner to upgrade under Plan & usage.`,
      'FORBIDDEN',
      {
        limit,
        tier: plan.tier,
        resource: what,
        ...(periodEnd ? { periodEnd: periodEnd.toISOString() } : {}),
        upgrade: 'changeTier',
      },
    );
  }
}

export class FeatureNotInTierError extends DomainError {
  constructor(feature: Feature, current: TierPlanData, required: TierPlanData) {
    super(
      'FEATURE_NOT_IN_TIER',
      `${FEATURE_NAMES[feature]} is part of the ${required.name} plan and above; this store is on ${current.name}. An owner can upgrade under Plan & usage.`,
      'FORBIDDEN',
      { feature, tier: current.tier, requiredTier: required.tier },
    );
  }
}
