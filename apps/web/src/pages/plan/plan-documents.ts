import { graphql } from '../../gql';

export const STORE_SUBSCRIPTION = graphql(`
  query StoreSubscription {
    storeSubscription {
      status currentPeriodStart currentPeriodEnd ordersInPeriod ordersRemaining productCount orderUsagePercent productUsagePercent
      plan { tier name ordersPerMonth products features featureNames monthlyPriceCents }
    }
  }
`);
