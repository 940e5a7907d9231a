import { graphql } from '../../gql';

export const PRODUCTS = graphql(`
  query ProductsList($search: String, $status: ProductStatus, $after: String, $goodsKind: GoodsKind, $goodsKindMissing: Boolean) {
    products(search: $search, status: $status, first: 25, after: $after, sort: NAME, goodsKind: $goodsKind, goodsKindMissing: $goodsKindMissing) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id sku gtin name brand description priceCents costCents vatCategory goodsKind goodsKindSuggestion vatCategoryOverridesKind digital status lowStockThreshold stock { quantity reserved available } }
    }
  }
`);
export const CREATE = graphql(
  `mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }`,
);
export const UPDATE = graphql(
  `mutation UpdateProduct($input: UpdateProductInput!) { updateProduct(input: $input) { product { id } } }`,
);
export const ARCHIVE = graphql(
  `mutation ArchiveProduct($input: ProductIdInput!) { archiveProduct(input: $input) { product { id status } } }`,
);
export const RESTORE = graphql(
  `mutation RestoreProduct($input: ProductIdInput!) { restoreProduct(input: $input) { product { id status } } }`,
);
