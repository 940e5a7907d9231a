import { graphql } from '../../gql';

export const CUSTOMER = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      id name email phone company vatNumber preferredLanguage isGuest erasedAt
      consentStatus consentSource consentChangedAt tags
      consentHistory { status source changedAt recordedBy }
      totalOrders totalSpentCents firstOrderAt lastOrderAt
      shippingAddress { street streetNumber postalCode city country }
      orders(first: 20) { totalCount nodes { id orderNumber status totalCents orderedAt } }
    }
  }
`);

export const UPDATE_CUSTOMER_CONSENT_TAGS = graphql(`
  mutation UpdateCustomerConsentTags($i: UpdateCustomerInput!) {
    updateCustomer(input: $i) {
      customer { id consentStatus consentSource consentChangedAt tags consentHistory { status source changedAt recordedBy } }
    }
  }
`);

export const ERASE_CUSTOMER = graphql(`
  mutation EraseCustomer($id: ID!) {
    eraseCustomer(id: $id) {
      ordersAnonymised invoicesKept
      customer { id name email phone company vatNumber erasedAt tags consentStatus consentSource consentChangedAt }
    }
  }
`);
