import { graphql } from '../../gql';

export const ORDERS = graphql(`
  query OrdersList($first: Int!, $after: String, $filter: OrderFilter, $sort: OrderSort, $customers: Boolean!) {
    orders(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id orderNumber status channel externalState totalCents orderedAt externalOrderNumber customerSnapshot { name email @include(if: $customers) } }
    }
  }
`);
