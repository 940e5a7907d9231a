import { graphql } from '../../gql';

export const CUSTOMER = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      id name email phone company vatNumber preferredLanguage marketingConsent isGuest
      totalOrders totalSpentCents firstOrderAt lastOrderAt
      shippingAddress { street streetNumber postalCode city country }
      orders(first: 20) { totalCount nodes { id orderNumber status totalCents orderedAt } }
    }
  }
`);
