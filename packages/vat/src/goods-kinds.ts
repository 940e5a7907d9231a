/**
 * Kinds of goods: what a product is, for VAT. Reduced rates are exceptions each member state grants
 * to goods it lists (Art. 98 and Annex III of Directive 2006/112/EC), so a rate follows the kind of
 * goods in the member state that taxes the supply, not a rate level. Kinds whose treatment differs
 * between states on details are split (plain chocolate / confectionery, food / juice / water,
 * children's / other clothing); where a state's rule still depends on details, its entry says 'check'.
 */
export const GOODS_KINDS = [
  'foodstuffs',
  'chocolate',
  'confectionery',
  'non_alcoholic_beverages',
  'fruit_juices',
  'water',
  'wine',
  'beer',
  'spirits',
  'printed_books',
  'ebooks',
  'newspapers_periodicals',
  'pharmaceuticals',
  'medical_devices',
  'childrens_clothing',
  'clothing',
  'cosmetics_hygiene',
  'flowers_plants',
  'toys',
  'electronics_household',
  'other',
] as const;

export type GoodsKind = (typeof GOODS_KINDS)[number];

/** What each kind covers (the README lists the same). */
export const GOODS_KIND_SCOPE: Readonly<Record<GoodsKind, string>> = {
  foodstuffs: 'food for human consumption other than confectionery and drinks (bread, dairy, meat, fruit, pasta…)',
  chocolate: 'plain (dark) chocolate and cocoa: bars and tablets without filling, cocoa powder',
  confectionery: 'sweets, pralines, milk, white and filled chocolate, other sugar or chocolate confectionery',
  non_alcoholic_beverages: 'soft drinks, syrups, coffee and tea drinks (not juice or water)',
  fruit_juices: 'fruit and vegetable juices and nectars',
  water: 'bottled drinking and mineral water',
  wine: 'wine, sparkling wine, crémant',
  beer: 'beer and cider',
  spirits: 'spirits and liqueurs',
  printed_books: 'printed books, including children’s picture books and sheet music',
  ebooks: 'e-books and audio books supplied electronically or on a physical medium',
  newspapers_periodicals: 'newspapers, magazines and periodicals',
  pharmaceuticals: 'medicines for human use',
  medical_devices: 'medical devices and aids for disabled persons',
  childrens_clothing: 'clothing and footwear for young children',
  clothing: 'clothing, footwear and accessories for adults',
  cosmetics_hygiene: 'cosmetics, perfume, toiletries and hygiene products',
  flowers_plants: 'cut flowers, live plants, bulbs and seeds',
  toys: 'toys and games',
  electronics_household: 'electronics, appliances and household goods',
  other: 'anything else: the standard rate',
};

export function isGoodsKind(value: unknown): value is GoodsKind {
  return typeof value === 'string' && (GOODS_KINDS as readonly string[]).includes(value);
}
