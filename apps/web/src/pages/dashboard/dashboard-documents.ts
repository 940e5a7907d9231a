import { graphql } from '../../gql';

export const STATS = graphql(`
  query DashboardStats {
    orderStatusCounts { status count totalCents }
  }
`);
