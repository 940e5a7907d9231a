import { graphql } from '../../gql';

export const STATS = graphql(`
  query DashboardStats {
    orderStatusCounts { status count totalCents }
  }
`);

export const TODO_LOW_STOCK = graphql(`
  query DashboardLowStock {
    lowStock(limit: 100) { product { id } }
  }
`);

export const TODO_LETZSHOP = graphql(`
  query DashboardLetzshop {
    letzshopStatus { connected waitingOrders }
  }
`);
