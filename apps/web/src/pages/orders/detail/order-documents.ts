import { graphql } from '../../../gql';

export const ORDER_DETAIL = graphql(`
  query OrderDetail($id: ID!, $customers: Boolean!) {
    order(id: $id) {
      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt
      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note
      externalOrderNumber nextStatuses
      invoice { id number status }
      customerSnapshot { name email @include(if: $customers) phone @include(if: $customers) }
      customer @include(if: $customers) { id totalOrders totalSpentCents }
      shippingAddress @include(if: $customers) { firstName lastName company street streetNumber postalCode city country }
      billingAddress { firstName lastName company street streetNumber postalCode city country }
      lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }
      timeline { id kind message fromStatus toStatus createdAt userName }
    }
  }
`);

export const CONFIRM_ORDER = graphql(
  `mutation ConfirmOrder($input: OrderIdInput!) { confirmOrder(input: $input) { order { id status } } }`,
);
export const SHIP_ORDER = graphql(
  `mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } } }`,
);
export const DELIVER_ORDER = graphql(
  `mutation DeliverOrder($input: OrderIdInput!) { markOrderDelivered(input: $input) { order { id status } } }`,
);
export const CANCEL_ORDER = graphql(
  `mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } } }`,
);
export const REFUND_ORDER = graphql(
  `mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }`,
);
