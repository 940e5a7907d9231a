import { isbn10CheckChar, withCheckDigit } from './gtin.js';

/** Trade id parsers of the contract. */
export type TradeIdParser = 'gtin14' | 'gtin13' | 'gtin12' | 'gtin8' | 'isbn13' | 'isbn10';

/** A hint for Orion's demo seed: the VAT category a Luxembourg seller would use (not authoritative). */
export type VatCategoryHint = 'standard' | 'super_reduced';

export interface TranslatedName {
  en: string | null;
  fr: string | null;
  de: string | null;
}

/**
 * One variant of the simulator's fixed catalogue. Orion's demo seed can create matching products
 * from these (match by `gtin`, then `sku`).
 */
export interface CatalogueItem {
  /** Letzshop variant id as served by the simulator. */
  variantId: string;
  sku: string;
  mpn: string | null;
  /** GTIN-13 with a valid check digit. */
  gtin: string;
  parser: 'gtin13';
  /** Display name (English) including the variant, e.g. "Handmade soap – Lavender". */
  name: string;
  /** Product name per language, as served in `product.name`. */
  names: { en: string; fr: string; de: string };
  brand: string;
  /** false → served as `BrandUnknown` in `_brand`. */
  brandKnown: boolean;
  /** Unit price in EUR, VAT included (a decimal with at most 2 places), as served in `variant.price`. */
  price: number;
  /** The same price in integer cents. */
  priceCents: number;
  vatCategoryHint: VatCategoryHint;
}

/** A variant that is NOT in the catalogue (unmatched products on Orion's side). */
export interface UnknownVariant {
  variantId: string;
  sku: string | null;
  mpn: string | null;
  tradeId: { number: string; parser: TradeIdParser } | null;
  names: TranslatedName;
  brand: string | null;
  brandKnown: boolean;
  price: number;
  priceCents: number;
  /** false for the one deliberately broken GTIN (wrong check digit). */
  validCheckDigit: boolean;
}

interface ProductTemplate {
  key: string;
  names: { en: string; fr: string; de: string };
  brand: string;
  brandKnown?: boolean;
  vat?: VatCategoryHint;
  /** variant label (en), sku suffix, price in cents, optional mpn */
  variants: readonly (readonly [label: string, skuSuffix: string, priceCents: number, mpn?: string])[];
}

const PRODUCTS: readonly ProductTemplate[] = [
  {
    key: 'SOAP',
    names: { en: 'Handmade soap', fr: 'Savon artisanal', de: 'Handgemachte Seife' },
    brand: 'Saponaria Lëtzebuerg',
    variants: [
      ['Lavender', 'LAV', 690, 'SAP-100-LAV'],
      ['Rosemary', 'ROS', 690, 'SAP-100-ROS'],
      ['Honey & oat', 'HON', 750, 'SAP-100-HON'],
    ],
  },
  {
    key: 'SCARF',
    names: { en: 'Merino wool scarf', fr: 'Écharpe en laine mérinos', de: 'Merinowoll-Schal' },
    brand: 'Éislecker Wollatelier',
    variants: [
      ['Slate grey', 'GRY', 5900],
      ['Moselle blue', 'BLU', 5900],
      ['Red', 'RED', 5900],
    ],
  },
  {
    key: 'MUG',
    names: { en: 'Stoneware mug', fr: 'Tasse en grès', de: 'Steingut-Becher' },
    brand: 'Atelier Müllerthal',
    variants: [
      ['250 ml, white', '250-WHT', 1800, 'AM-M250W'],
      ['250 ml, sage', '250-SGE', 1800, 'AM-M250S'],
      ['400 ml, white', '400-WHT', 2200, 'AM-M400W'],
      ['400 ml, sage', '400-SGE', 2200, 'AM-M400S'],
    ],
  },
  {
    key: 'CREMANT',
    names: { en: 'Crémant de Luxembourg', fr: 'Crémant de Luxembourg', de: 'Crémant de Luxembourg' },
    brand: 'Domaine Kremer-Thill',
    variants: [
      ['Brut, 75 cl', 'BRUT', 1450],
      ['Rosé, 75 cl', 'ROSE', 1590],
    ],
  },
  {
    key: 'WINE',
    names: { en: 'Moselle white wine', fr: 'Vin blanc de la Moselle', de: 'Moselwein weiß' },
    brand: 'Domaine Kremer-Thill',
    variants: [
      ['Riesling Grand Premier Cru 2023', 'RIES23', 1690],
      ['Pinot gris 2023', 'PGRIS23', 1390],
      ['Auxerrois 2024', 'AUX24', 1090],
    ],
  },
  {
    key: 'TEE',
    names: { en: 'T-shirt "Moien"', fr: 'T-shirt « Moien »', de: 'T-Shirt „Moien“' },
    brand: 'Lëtz Wear',
    variants: [
      ['S', 'S', 2490],
      ['M', 'M', 2490],
      ['L', 'L', 2490],
      ['XL', 'XL', 2490],
    ],
  },
  {
    key: 'HONEY',
    names: { en: 'Forest honey', fr: 'Miel de forêt', de: 'Waldhonig' },
    brand: 'Beien aus dem Éislek',
    vat: 'super_reduced',
    variants: [
      ['250 g', '250', 795],
      ['500 g', '500', 1350],
    ],
  },
  {
    key: 'BOOK',
    names: {
      en: 'Children’s book "The Hedgehog of Vianden"',
      fr: 'Livre pour enfants « Le hérisson de Vianden »',
      de: 'Kinderbuch „Der Igel von Vianden“',
    },
    brand: 'Éditions Guttland',
    vat: 'super_reduced',
    variants: [
      ['Hardcover, FR', 'FR', 1995],
      ['Hardcover, DE', 'DE', 1995],
      ['Hardcover, LB', 'LB', 2195],
    ],
  },
  {
    key: 'CANDLE',
    names: { en: 'Soy wax candle', fr: 'Bougie à la cire de soja', de: 'Sojawachskerze' },
    brand: 'Liichtfabrik',
    variants: [
      ['Vanilla', 'VAN', 2200],
      ['Cedar', 'CED', 2200],
      ['Fig', 'FIG', 2400],
    ],
  },
  {
    key: 'CHOC',
    names: { en: 'Chocolate bar 100 g', fr: 'Tablette de chocolat 100 g', de: 'Schokoladentafel 100 g' },
    brand: 'Chocolaterie Zoë',
    vat: 'super_reduced',
    variants: [
      ['Dark 72 %', 'DARK', 450],
      ['Milk', 'MILK', 420],
      ['Hazelnut', 'HAZ', 480],
    ],
  },
  {
    key: 'COFFEE',
    names: { en: 'Coffee beans', fr: 'Café en grains', de: 'Kaffeebohnen' },
    brand: 'Kaffi Rouschter',
    vat: 'super_reduced',
    variants: [
      ['250 g', '250', 990],
      ['1 kg', '1000', 3290],
    ],
  },
  {
    key: 'TOWEL',
    names: { en: 'Linen tea towel', fr: 'Torchon en lin', de: 'Leinen-Geschirrtuch' },
    brand: 'Atelier Müllerthal',
    variants: [
      ['Natural', 'NAT', 1500],
      ['Striped', 'STR', 1650],
    ],
  },
  {
    key: 'WALLET',
    names: { en: 'Leather wallet', fr: 'Portefeuille en cuir', de: 'Lederbörse' },
    brand: 'Maroquinerie Françoise',
    variants: [
      ['Brown', 'BRN', 7900, 'MF-W-01-BR'],
      ['Black', 'BLK', 7900, 'MF-W-01-BK'],
    ],
  },
  {
    key: 'GAME',
    names: {
      en: 'Board game "Schueberfouer"',
      fr: 'Jeu de société « Schueberfouer »',
      de: 'Brettspiel „Schueberfouer“',
    },
    brand: 'Spillkëscht',
    variants: [['Standard edition', 'STD', 3499]],
  },
  {
    key: 'POT',
    names: { en: 'Terracotta plant pot', fr: 'Pot de fleurs en terre cuite', de: 'Terrakotta-Blumentopf' },
    brand: 'local potter',
    brandKnown: false,
    variants: [
      ['Small', 'S', 1200],
      ['Medium', 'M', 1900],
      ['Large', 'L', 2900],
    ],
  },
  {
    key: 'TOTE',
    names: { en: 'Organic cotton tote bag', fr: 'Sac cabas en coton bio', de: 'Bio-Baumwolltasche' },
    brand: 'Lëtz Wear',
    variants: [
      ['Natural', 'NAT', 1290],
      ['Black', 'BLK', 1290],
    ],
  },
  {
    key: 'POSTCARD',
    names: { en: 'Postcard set (10)', fr: 'Lot de cartes postales (10)', de: 'Postkarten-Set (10)' },
    brand: 'Éditions Guttland',
    variants: [['Castles of Luxembourg', 'CASTLES', 1250]],
  },
  {
    key: 'BOARD',
    names: { en: 'Olive-wood cutting board', fr: 'Planche à découper en olivier', de: 'Schneidebrett aus Olivenholz' },
    brand: 'Holzwierk Łukasz',
    variants: [
      ['30 cm', '30', 3450],
      ['40 cm', '40', 4450],
    ],
  },
  {
    key: 'BELL',
    names: { en: 'Bicycle bell', fr: 'Sonnette de vélo', de: 'Fahrradklingel' },
    brand: 'Vëlo Lëtzebuerg',
    variants: [
      ['Brass', 'BRS', 1590],
      ['Chrome', 'CHR', 1390],
    ],
  },
  {
    key: 'NOTE',
    names: { en: 'Notebook A5', fr: 'Carnet A5', de: 'Notizbuch A5' },
    brand: 'Papeterie Søren',
    variants: [
      ['Dotted', 'DOT', 1450],
      ['Lined', 'LIN', 1450],
      ['Blank', 'BLA', 1450],
    ],
  },
  {
    key: 'SOCKS',
    names: { en: 'Wool socks', fr: 'Chaussettes en laine', de: 'Wollsocken' },
    brand: 'Éislecker Wollatelier',
    variants: [
      ['36–39', '3639', 1690],
      ['40–43', '4043', 1690],
      ['44–46', '4446', 1690],
    ],
  },
  {
    key: 'BODY',
    names: { en: 'Baby bodysuit', fr: 'Body bébé', de: 'Baby-Body' },
    brand: 'Kleng Stären',
    vat: 'super_reduced',
    variants: [
      ['62', '62', 1990],
      ['68', '68', 1990],
      ['74', '74', 1990],
    ],
  },
  {
    key: 'MUSTARD',
    names: { en: 'Luxembourg mustard', fr: 'Moutarde de Luxembourg', de: 'Luxemburger Senf' },
    brand: 'Moschterfabrik',
    vat: 'super_reduced',
    variants: [
      ['Mild, 200 ml', 'MILD', 395],
      ['Hot, 200 ml', 'HOT', 425],
    ],
  },
  {
    key: 'PRINT',
    names: {
      en: 'Art print "Grund at dusk"',
      fr: 'Affiche « Le Grund au crépuscule »',
      de: 'Kunstdruck „Grund in der Dämmerung“',
    },
    brand: 'Studio Ærø',
    variants: [
      ['A4', 'A4', 2500],
      ['A3', 'A3', 3900],
      ['A2', 'A2', 5900],
    ],
  },
  {
    key: 'APRON',
    names: { en: 'Cooking apron', fr: 'Tablier de cuisine', de: 'Kochschürze' },
    brand: 'Atelier Müllerthal',
    variants: [['One size', 'OS', 3200]],
  },
  {
    key: 'JAM',
    names: { en: 'Plum jam (Quetschen)', fr: 'Confiture de quetsches', de: 'Zwetschgenmarmelade' },
    brand: 'homemade',
    brandKnown: false,
    vat: 'super_reduced',
    variants: [
      ['370 g', '370', 650],
      ['Gift box 3 × 370 g', 'BOX3', 1790],
    ],
  },
];

const GS1_COMPANY_PREFIX = '5407712'; // 540–549 = GS1 Belgium & Luxembourg; the rest is invented

function buildCatalogue(): CatalogueItem[] {
  const items: CatalogueItem[] = [];
  for (const product of PRODUCTS) {
    for (const [label, skuSuffix, priceCents, mpn] of product.variants) {
      const index = items.length + 1;
      const gtin = withCheckDigit(GS1_COMPANY_PREFIX + String(index).padStart(5, '0'));
      items.push({
        variantId: `var_${String(1000 + index)}`,
        sku: `${product.key}-${skuSuffix}`,
        mpn: mpn ?? null,
        gtin,
        parser: 'gtin13',
        name: `${product.names.en} – ${label}`,
        names: { ...product.names },
        brand: product.brand,
        brandKnown: product.brandKnown !== false,
        price: priceCents / 100,
        priceCents,
        vatCategoryHint: product.vat ?? 'standard',
      });
    }
  }
  return items;
}

/** The simulator's fixed catalogue (64 variants, independent of the seed). */
export const CATALOGUE: readonly CatalogueItem[] = Object.freeze(buildCatalogue().map((i) => Object.freeze(i)));

function unknown(
  index: number,
  tradeId: UnknownVariant['tradeId'],
  sku: string | null,
  names: TranslatedName,
  brand: string | null,
  priceCents: number,
  opts: { brandKnown?: boolean; mpn?: string; validCheckDigit?: boolean } = {},
): UnknownVariant {
  return {
    variantId: `var_${String(9000 + index)}`,
    sku,
    mpn: opts.mpn ?? null,
    tradeId,
    names,
    brand,
    brandKnown: opts.brandKnown ?? brand !== null,
    price: priceCents / 100,
    priceCents,
    validCheckDigit: opts.validCheckDigit ?? true,
  };
}

/**
 * Variants that appear in shipments but are NOT in {@link CATALOGUE}: GTINs from other prefixes,
 * other GTIN lengths, ISBNs, one without any trade id, one with a wrong check digit, some
 * without a French or German name.
 */
export const UNKNOWN_VARIANTS: readonly UnknownVariant[] = Object.freeze([
  unknown(
    1,
    { number: withCheckDigit('400638133393'), parser: 'gtin13' },
    'EXT-4006381',
    { en: 'Highlighter, yellow', fr: 'Surligneur jaune', de: 'Textmarker gelb' },
    'Stabilo',
    235,
  ),
  unknown(
    2,
    { number: withCheckDigit('871234567890'), parser: 'gtin13' },
    'NL-KAAS-GOUDA',
    { en: 'Aged Gouda 500 g', fr: 'Gouda vieux 500 g', de: null },
    'Kaasboerderij de Vries',
    1150,
  ),
  unknown(
    3,
    { number: withCheckDigit('9782070360'.padEnd(12, '2')), parser: 'isbn13' },
    null,
    { en: null, fr: 'L’Étranger (poche)', de: null },
    null,
    850,
  ),
  unknown(
    4,
    { number: withCheckDigit('9611234'), parser: 'gtin8' },
    'MINI-8',
    { en: 'Pocket tissues', fr: 'Mouchoirs de poche', de: 'Taschentücher' },
    'no-name',
    120,
    { brandKnown: false },
  ),
  unknown(
    5,
    { number: withCheckDigit('03600029145'), parser: 'gtin12' },
    'US-IMPORT-1',
    { en: 'Maple syrup 250 ml', fr: 'Sirop d’érable 250 ml', de: 'Ahornsirup 250 ml' },
    'Vermont Farms',
    1290,
  ),
  unknown(
    6,
    { number: withCheckDigit('1540771299999'), parser: 'gtin14' },
    'CASE-6-CREMANT',
    { en: 'Case of 6 crémant', fr: 'Carton de 6 crémants', de: 'Karton mit 6 Crémant' },
    'Domaine Kremer-Thill',
    8400,
  ),
  unknown(
    7,
    null,
    'HANDMADE-BOWL',
    { en: 'Hand-thrown bowl (one of a kind)', fr: 'Bol tourné main (pièce unique)', de: null },
    'Atelier Müllerthal',
    4500,
  ),
  unknown(
    8,
    { number: '5407712999990', parser: 'gtin13' },
    'LEGACY-0001',
    { en: 'Legacy item (wrong check digit)', fr: 'Article ancien', de: 'Altartikel' },
    null,
    999,
    { validCheckDigit: false },
  ),
  unknown(
    9,
    { number: `${'306015090'}${isbn10CheckChar('306015090')}`, parser: 'isbn10' },
    'BOOK-DE-OLD',
    { en: null, fr: null, de: 'Luxemburger Sagen (antiquarisch)' },
    null,
    1800,
  ),
  unknown(
    10,
    { number: withCheckDigit('761234567890'), parser: 'gtin13' },
    'CH-CHOC-01',
    { en: 'Swiss chocolate assortment', fr: 'Assortiment de chocolats suisses', de: 'Schweizer Pralinenmischung' },
    'Chocolatier Zoë & Søn',
    2490,
  ),
  unknown(
    11,
    { number: withCheckDigit('590123412345'), parser: 'gtin13' },
    'PL-AMBER-RING',
    { en: 'Amber ring', fr: 'Bague en ambre', de: 'Bernsteinring' },
    'Bursztyn Łódź',
    6900,
  ),
  unknown(
    12,
    { number: withCheckDigit('540771200099'), parser: 'gtin13' },
    'SOAP-LAV',
    { en: 'Handmade soap – Lavender (old GTIN)', fr: 'Savon artisanal', de: 'Handgemachte Seife' },
    'Saponaria Lëtzebuerg',
    690,
  ),
]);
