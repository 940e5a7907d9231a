import type { OrderDetailQuery } from '../../../gql/graphql';

export type OrderDetail = OrderDetailQuery['order'];
export type OrderAddress = OrderDetail['billingAddress'];
