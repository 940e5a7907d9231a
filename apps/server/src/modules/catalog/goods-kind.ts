import { domesticCategoryForKind, GOODS_KIND_SCOPE, GOODS_KINDS, type GoodsKind, isGoodsKind } from '@orion/vat';
import { registerEnumType } from 'type-graphql';
import { VatCategory } from './vat-category.js';

/** The GraphQL enum of packages/vat's kinds of goods (values are the package's ids). */
export const GoodsKindEnum = Object.fromEntries(GOODS_KINDS.map((k) => [k.toUpperCase(), k])) as {
  readonly [K in GoodsKind as Uppercase<K>]: K;
};
registerEnumType(GoodsKindEnum, {
  name: 'GoodsKind',
  description:
    'What a product is, for VAT: the destination rate under OSS follows it (packages/vat goods-rate table), and the Luxembourg category follows from it unless the product says otherwise.',
  valuesConfig: Object.fromEntries(
    GOODS_KINDS.map((k) => [k.toUpperCase(), { description: GOODS_KIND_SCOPE[k] }]),
  ) as Record<string, { description: string }>,
});

/** Reads a kind of goods as a person writes it (`Fruit juices`, `fruit-juices`); undefined if it is none. */
export function parseGoodsKind(raw: string): GoodsKind | undefined {
  const k = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return isGoodsKind(k) ? k : undefined;
}

/**
 * The product's domestic (Luxembourg) category: the one it is given; otherwise the one its kind of
 * goods has in Luxembourg on `date`; otherwise `fallback` (standard for a new product, the current
 * category for an existing one). One rule for the API, the form and the CSV import.
 */
export function domesticCategory(
  goodsKind: GoodsKind | null | undefined,
  given: VatCategory | null | undefined,
  fallback: VatCategory,
  date: string,
): VatCategory {
  if (given) return given;
  if (goodsKind) return domesticCategoryForKind(goodsKind, date) as VatCategory;
  return fallback;
}

/** Whether the product's category differs from the one its kind of goods gives in Luxembourg. */
export function overridesKindCategory(goodsKind: GoodsKind | null, category: VatCategory, date: string): boolean {
  return goodsKind !== null && domesticCategoryForKind(goodsKind, date) !== category;
}

export { VatCategory };
