import { graphql } from '../../gql';

export const SUPPLIERS = graphql(`
  query Suppliers {
    suppliers(first: 40, includeArchived: true) {
      totalCount
      nodes { id name contactPerson email phone leadTimeDays archived products { id supplierSku unitCostCents packSize minOrderQuantity preferred product { id sku name } } }
    }
  }
`);
export const CREATE_SUPPLIER = graphql(`
  mutation CreateSupplier($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name } } }
`);
export const SET_SUPPLIER_PRODUCT = graphql(`
  mutation SetSupplierProduct($input: SetSupplierProductInput!) { setSupplierProduct(input: $input) { supplierProduct { id } } }
`);
export const PURCHASE_ORDERS = graphql(`
  query PurchaseOrders($filter: PurchaseOrderFilter, $after: String) {
    purchaseOrders(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id number status supplierName orderDate expectedDate totalCents remaining }
    }
  }
`);
export const PURCHASE_ORDER = graphql(`
  query PurchaseOrder($id: ID!) {
    purchaseOrder(id: $id) {
      id number status supplierName orderDate expectedDate totalCents remaining notes
      deliveryLocation { id warehouse bin }
      lines { id quantityOrdered quantityReceived quantityRejected quantityShortClosed remaining unitCostCents lineTotalCents supplierSku product { id sku gtin name } }
      events { id kind message userName createdAt }
      receipts { id number deliveryNote userName createdAt lines { id accepted rejected product { sku } location { warehouse bin } } }
    }
    locations { id warehouse bin }
  }
`);
export const PRODUCT_OPTIONS = graphql(`
  query PurchasingProducts { products(first: 100) { nodes { id sku name } } }
`);
export const CREATE_PURCHASE_ORDER = graphql(`
  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id number } } }
`);
export const SEND_PURCHASE_ORDER = graphql(`
  mutation SendPurchaseOrder($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { id status orderDate } } }
`);
export const CLOSE_PURCHASE_ORDER = graphql(`
  mutation ClosePurchaseOrder($id: ID!) { closePurchaseOrder(id: $id) { purchaseOrder { id status remaining } } }
`);
export const CANCEL_PURCHASE_ORDER = graphql(`
  mutation CancelPurchaseOrder($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id status } } }
`);
export const RECEIVE_PURCHASE_ORDER = graphql(`
  mutation ReceivePurchaseOrder($input: ReceivePurchaseOrderInput!) {
    receivePurchaseOrder(input: $input) { replayed receipt { id number } purchaseOrder { id status remaining } }
  }
`);
export const REORDER_SUGGESTIONS = graphql(`
  query ReorderSuggestions {
    reorderSuggestions(first: 100) {
      productId sku name locationId rule available onOrder projected minQuantity maxQuantity soldInPeriod periodDays
      leadTimeDays supplierId supplierName packSize suggestedQuantity unitCostCents
    }
  }
`);
export const CREATE_FROM_SUGGESTIONS = graphql(`
  mutation CreatePurchaseOrdersFromSuggestions($input: CreatePurchaseOrdersFromSuggestionsInput!) {
    createPurchaseOrdersFromSuggestions(input: $input) { purchaseOrders { id number } }
  }
`);
