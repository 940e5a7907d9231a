import type { GoodsKind } from './goods-kinds.js';
import type { ProductRateRequest } from './product-rates.js';

/**
 * Words (EN, FR, DE, LB; accents removed, lower case) that point to a kind of goods, tried in this
 * order: the more specific kinds first (pralines before chocolate, children's before other clothing).
 */
const HINTS: readonly [GoodsKind, RegExp][] = [
  ['ebooks', /\b(e-?books?|livres? numeriques?|horbuch|audio ?books?|ebuch)\b/],
  [
    'confectionery',
    /\b(pralin\w*|bonbons?|confiser\w*|truffes?|sweets|candy|candies|sussigkeit\w*|nougat|gumm\w*|caramels?|macarons?|fondants?)\b/,
  ],
  ['chocolate', /\b(chocolat|chocolate|schokolade|schockela|cacao|kakao|cocoa)\b/],
  ['fruit_juices', /\b(jus|juices?|saft|safte|nectar|nektar)\b/],
  ['water', /\b(eau minerale|mineral ?water|mineralwasser|sprudel|eau de source|spring water)\b/],
  ['spirits', /\b(whisk(e)?y|gin|vodka|rhum|rum|liqueur|likor|schnaps|eau-de-vie|brandy|cognac|quetsch|mirabelle)\b/],
  ['wine', /\b(vins?|wines?|wein|weng|cremant|riesling|pinot|auxerrois|rivaner|elbling|champagne|prosecco|sekt)\b/],
  ['beer', /\b(bieres?|beers?|bier|cidre|cider)\b/],
  ['newspapers_periodicals', /\b(journal|magazine|zeitung|zeitschrift|revue|periodi\w*)\b/],
  ['printed_books', /\b(livres?|books?|buch|bucher|roman|novel|bande dessinee|comic)\b/],
  ['pharmaceuticals', /\b(medicaments?|medicines?|arznei\w*|medikament\w*)\b/],
  ['medical_devices', /\b(fauteuil roulant|wheelchair|rollstuhl|prothese|bequille|crutch)\b/],
  [
    'childrens_clothing',
    /\b(bebe|baby|babys|enfants?|kids?|kinder|kanner)\b.*\b(body|bodys|pyjama|t-shirt|chaussures?|shoes?|schuhe?|vetements?|clothes|kleid\w*|bonnet|moufles?)\b|\b(body|bodys|grenouillere|strampler)\b/,
  ],
  [
    'clothing',
    /\b(t-shirt|shirt|chemise|pull|sweat\w*|veste|jacket|jacke|robe|dress|pantalon|hose|jeans|chaussures?|shoes?|schuhe?|sneakers?|echarpe|scarf|schal|casquette|cap|bonnet)\b/,
  ],
  [
    'cosmetics_hygiene',
    /\b(savon|soap|seife|shampo+ing?|creme|cream|parfum|perfume|lotion|cosmeti\w*|deodorant|dentifrice|toothpaste)\b/,
  ],
  ['flowers_plants', /\b(fleurs?|flowers?|blumen?|plantes?|plants?|pflanzen?|bouquet|graines|seeds|bulbes?)\b/],
  ['toys', /\b(jouets?|toys?|spielzeug|puzzle|peluche|plush|lego|jeu de societe|board game)\b/],
  [
    'electronics_household',
    /\b(cables?|kabel|usb|chargeur|charger|lampe|lamp|enceinte|speaker|casque|headphones?|mugs?|tasses?|bougie|candle|kerze|vaisselle)\b/,
  ],
  ['non_alcoholic_beverages', /\b(limonade|lemonade|soda|cola|sirop|syrup|ice tea|eistee|boisson|drink|getrank)\b/],
  [
    'foodstuffs',
    /\b(miel|honey|honig|confiture|jam|marmelade|pates|pasta|nudeln|fromage|cheese|kase|cafe|coffee|kaffee|the|tea|tee|pain|bread|brot|huile|oil|ol|epices?|spices?|gewurz\w*|moutarde|mustard|senf|riz|rice|reis|farine|flour|mehl|biscuits?|cookies?|kekse?|saucisses?|jambon|ham|schinken|terrine|pate)\b/,
  ],
];

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase();

/**
 * A kind of goods suggested for a product that has none yet, from its name (and description) and,
 * failing that, its Luxembourg category — for the seller to confirm, never applied on its own.
 * Null when nothing points anywhere.
 */
export function suggestGoodsKind(product: {
  name: string;
  description?: string | null;
  vatCategory?: ProductRateRequest | null;
}): GoodsKind | null {
  const text = normalise(`${product.name} ${product.description ?? ''}`);
  for (const [kind, re] of HINTS) if (re.test(text)) return kind;
  switch (product.vatCategory) {
    case 'super_reduced':
      return 'foodstuffs';
    case 'reduced2':
      return 'wine';
    case 'standard':
      return 'other';
    default:
      return null;
  }
}
