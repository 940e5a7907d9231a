import { graphql } from '../../gql';

export const INVENTORY = graphql(`
  query Inventory {
    stockLevels(first: 100) { totalCount nodes { id quantity reserved available onOrder projected nextExpectedDate product { id sku name lowStockThreshold } location { id warehouse bin } } }
    lowStock { available threshold product { id sku name } }
    locations { id warehouse bin }
  }
`);
export const HISTORY = graphql(`
  query InventoryHistory($productId: ID!) {
    inventoryTransactions(productId: $productId, first: 50) {
      nodes { id reason quantityBefore quantityAfter reservedBefore reservedAfter note userName orderId createdAt location { warehouse bin } }
    }
  }
`);
/** The stock of one product at one location: what an adjustment starts from. */
export const STOCK_AT = graphql(`
  query StockAt($productId: ID!, $locationId: ID!) {
    stockLevels(productId: $productId, locationId: $locationId, first: 1) { nodes { id quantity } }
  }
`);
export const ADJUST = graphql(
  `mutation AdjustStock($input: AdjustStockInput!) { adjustStock(input: $input) { id quantity reserved available } }`,
);
export const TRANSFER = graphql(
  `mutation TransferStock($input: TransferStockInput!) { transferStock(input: $input) { from { id quantity } to { id quantity } } }`,
);
export const CREATE_LOCATION = graphql(
  `mutation CreateLocation($input: CreateLocationInput!) { createLocation(input: $input) { id warehouse bin } }`,
);
