import { graphql } from '../../gql';

export const CUSTOMERS = graphql(`
  query CustomersList($search: String, $after: String) {
    customers(search: $search, first: 25, after: $after, sort: LAST_ORDER) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name email isGuest totalOrders totalSpentCents lastOrderAt preferredLanguage }
    }
  }
`);
