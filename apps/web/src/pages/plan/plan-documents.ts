import { graphql } from '../../gql';

export const STORE_SUBSCRIPTION = graphql(`
  query StoreSubscription {
    storeSubscription {
      status currentPeriodStart currentPeriodEnd ordersInPeriod ordersRemaining productCount orderUsagePercent productUsagePercent
      plan { tier name ordersPerMonth products features featureNames monthlyPriceCents }
    }
  }
`);

export const TIERS = graphql(`
  query Tiers {
    tiers { tier name monthlyPriceCents ordersPerMonth products featureNames }
  }
`);
export const CHANGE = graphql(`
  mutation ChangeTier($input: ChangeTierInput!) {
    changeTier(input: $input) { plan { tier name } ordersRemaining }
  }
`);
