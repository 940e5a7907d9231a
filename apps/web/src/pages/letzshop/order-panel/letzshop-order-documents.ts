import { graphql } from '../../../gql';

export const LETZSHOP_ORDER_PANEL = graphql(`
  query LetzshopOrderPanel($id: ID!) {
    order(id: $id) {
      id status externalState externalOrderNumber carrier trackingNumber
      lines { id sku name quantity itemState letzshopUnits { id state } }
    }
  }
`);

export const LETZSHOP_DEFAULT_CARRIER = graphql(`
  query LetzshopDefaultCarrier { letzshopSettings { id defaultCarrier } }
`);

export { DECIDE, RETURN_ITEMS, TRACK } from '../letzshop-documents';
