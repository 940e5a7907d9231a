// Which of a member state's rates applies to which kind of goods: the source of
// src/data/goods-rates.generated.ts (run `node scripts/generate-goods-rates.mjs`).
//
// Per member state and kind of goods, one or more dated periods:
//   [rate, note]                  in force for the whole table history
//   [rate, note, from, to]        from / to inclusive, 'YYYY-MM-DD' or null (open)
// `rate` names a category of the dated rate table (src/data/vat-rates.generated.ts), which holds the
// numbers: 'standard' | 'reduced' | 'reduced2' | 'super_reduced' | 'zero' | 'parking'; or 'check'
// where the rate depends on details of the goods the table does not know (the standard rate then
// applies until the seller's accountant sets an override). The note names the legal basis in our own
// words. A kind a member state does not list here has no reduced rate known to us: standard rate.
//
// Luxembourg must list every kind (a product's domestic category follows from it) and never 'check'.
// Only entries we could confirm against the national law or the Commission's descriptions name a
// reduced rate; everything else is 'standard' (the goods are not in the state's reduced-rate lists)
// or 'check'.

const STD_GOODS = {
  spirits: [['standard', 'spirits are outside Annex III: standard rate in every member state']],
  electronics_household: [['standard', 'electronics and household goods are outside Annex III: standard rate']],
  clothing: [['standard', 'adult clothing and footwear are outside Annex III: standard rate']],
  toys: [['standard', 'toys are outside Annex III: standard rate']],
  other: [['standard', 'no reduced rate: standard rate (Art. 96)']],
};

/** @type {Record<string, Record<string, Array<[string, string] | [string, string, string | null, string | null]>>>} */
const SOURCE = {
  LU: {
    foodstuffs: [['super_reduced', 'LTVA Art. 40 and annex A: foodstuffs 3 %']],
    chocolate: [['super_reduced', 'LTVA annex A: cocoa and chocolate are foodstuffs at 3 %']],
    confectionery: [['super_reduced', 'LTVA annex A: sugar and chocolate confectionery are foodstuffs at 3 %']],
    non_alcoholic_beverages: [['super_reduced', 'LTVA annex A: non-alcoholic beverages 3 %']],
    fruit_juices: [['super_reduced', 'LTVA annex A: fruit and vegetable juices 3 %']],
    water: [['super_reduced', 'LTVA annex A: water, including mineral water, 3 %']],
    wine: [
      [
        'reduced2',
        'LTVA annex C: still wines of at most 13 % vol. take the intermediate rate; sparkling, fortified and stronger wines take 17 % (set the product category to standard)',
      ],
    ],
    beer: [['standard', 'alcoholic beverages other than wine: standard rate']],
    spirits: [['standard', 'alcoholic beverages other than wine: standard rate']],
    printed_books: [['super_reduced', 'LTVA annex A: books 3 %']],
    ebooks: [['super_reduced', 'LTVA annex A: books on any physical or electronic medium 3 %']],
    newspapers_periodicals: [['super_reduced', 'LTVA annex A: newspapers and periodicals 3 %']],
    pharmaceuticals: [['super_reduced', 'LTVA annex A: medicines for human use 3 %']],
    medical_devices: [
      [
        'standard',
        'equipment for disabled persons listed in LTVA annex A takes 3 % (set the product category to super-reduced); other devices 17 %',
      ],
    ],
    childrens_clothing: [['super_reduced', 'LTVA annex A: clothing and footwear for children 3 %']],
    clothing: [['standard', 'adult clothing: standard rate']],
    cosmetics_hygiene: [['standard', 'cosmetics and toiletries: standard rate']],
    flowers_plants: [['reduced', 'LTVA annex B: live plants and cut flowers for ornamental use 8 %']],
    toys: [['standard', 'toys: standard rate']],
    electronics_household: [['standard', 'electronics and household goods: standard rate']],
    other: [['standard', 'standard rate (LTVA Art. 39)']],
  },
  FR: {
    ...STD_GOODS,
    foodstuffs: [['reduced', 'CGI art. 278-0 bis A: food for human consumption 5.5 %']],
    chocolate: [
      [
        'reduced',
        'CGI art. 278-0 bis A: products of the decree category "chocolat" (dark, at least 35 % cocoa), cocoa beans and cocoa butter 5.5 %',
      ],
    ],
    confectionery: [
      [
        'check',
        'CGI art. 278-0 bis A: sugar confectionery, milk, white and filled chocolate 20 %, but bite-size chocolate bonbons with at least 25 % chocolate 5.5 %',
      ],
    ],
    non_alcoholic_beverages: [
      ['reduced', 'CGI art. 278-0 bis A: non-alcoholic drinks sold for later consumption 5.5 %'],
    ],
    fruit_juices: [['reduced', 'CGI art. 278-0 bis A: fruit juices 5.5 %']],
    water: [['reduced', 'CGI art. 278-0 bis A: water 5.5 %']],
    wine: [['standard', 'CGI art. 278-0 bis A excludes alcoholic beverages: 20 %']],
    beer: [['standard', 'CGI art. 278-0 bis A excludes alcoholic beverages: 20 %']],
    printed_books: [['reduced', 'CGI art. 278-0 bis A: books 5.5 %']],
    ebooks: [['reduced', 'CGI art. 278-0 bis A: books supplied electronically 5.5 %']],
    newspapers_periodicals: [
      ['check', 'CGI art. 298 septies: 2.1 % only for press publications registered with the CPPAP; others 20 %'],
    ],
    pharmaceuticals: [
      ['check', 'CGI art. 281 octies and 278 quater: reimbursable medicines 2.1 %, other medicines 10 %'],
    ],
    medical_devices: [['check', 'CGI art. 278-0 bis: 5.5 % only for listed equipment for disabled persons']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in France: 20 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 20 % (feminine hygiene products 5.5 %: override per product)']],
    flowers_plants: [['reduced2', 'CGI art. 278 bis: unprocessed horticultural products, cut flowers and plants 10 %']],
  },
  DE: {
    ...STD_GOODS,
    foodstuffs: [['reduced', 'UStG § 12 (2) no. 1 and Anlage 2: food 7 %']],
    chocolate: [['reduced', 'UStG Anlage 2: chocolate and cocoa preparations (HS 1806) 7 %']],
    confectionery: [
      ['reduced', 'UStG Anlage 2: sugar confectionery (HS 1704) and chocolate confectionery (HS 1806) 7 %'],
    ],
    non_alcoholic_beverages: [['standard', 'UStG Anlage 2 does not list soft drinks: 19 %']],
    fruit_juices: [['standard', 'UStG Anlage 2 excludes fruit and vegetable juices: 19 %']],
    water: [['standard', 'bottled water is not in UStG Anlage 2 (only tap water): 19 %']],
    wine: [['standard', 'alcoholic beverages: 19 %']],
    beer: [['standard', 'alcoholic beverages: 19 %']],
    printed_books: [['reduced', 'UStG Anlage 2: books (HS 4901) 7 %']],
    ebooks: [['reduced', 'UStG § 12 (2) no. 14: electronic publications 7 %']],
    newspapers_periodicals: [['reduced', 'UStG Anlage 2 and § 12 (2) no. 14: newspapers and periodicals 7 %']],
    pharmaceuticals: [['standard', 'Germany applies no reduced rate to medicines: 19 %']],
    medical_devices: [['check', 'UStG Anlage 2: 7 % only for listed prostheses and aids for disabled persons']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in Germany: 19 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 19 % (menstrual hygiene products 7 %: override per product)']],
    flowers_plants: [['reduced', 'UStG Anlage 2: live plants and cut flowers 7 %']],
  },
  BE: {
    ...STD_GOODS,
    foodstuffs: [['reduced', 'Royal Decree no. 20, table A: foodstuffs 6 %']],
    chocolate: [['reduced', 'Royal Decree no. 20, table A: chocolate and cocoa preparations 6 %']],
    confectionery: [['reduced', 'Royal Decree no. 20, table A: sugar and chocolate confectionery 6 %']],
    non_alcoholic_beverages: [
      ['check', '6 % for non-alcoholic drinks, with take-away and catering changes from 2026-03-01: check'],
    ],
    fruit_juices: [['check', 'non-alcoholic drinks, with take-away and catering changes from 2026-03-01: check']],
    water: [['check', 'non-alcoholic drinks, with take-away and catering changes from 2026-03-01: check']],
    wine: [['standard', 'alcoholic beverages: 21 %']],
    beer: [['standard', 'alcoholic beverages: 21 %']],
    printed_books: [['reduced', 'Royal Decree no. 20, table A: books 6 %']],
    ebooks: [['reduced', 'Royal Decree no. 20, table A: electronic books 6 %']],
    newspapers_periodicals: [['check', 'daily and weekly newspapers 0 %, other periodicals 6 %: depends on the title']],
    pharmaceuticals: [['reduced', 'Royal Decree no. 20, table A: medicines 6 %']],
    medical_devices: [['check', 'listed aids and medical devices 6 %, others 21 %']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in Belgium: 21 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 21 % (feminine hygiene products 6 %: override per product)']],
    flowers_plants: [['check', 'ornamental plants and cut flowers are in table A (6 %) with conditions: check']],
  },
  NL: {
    ...STD_GOODS,
    foodstuffs: [['reduced', 'Wet OB, table I: foodstuffs 9 %']],
    chocolate: [['reduced', 'Wet OB, table I: foodstuffs, including chocolate, 9 %']],
    confectionery: [['reduced', 'Wet OB, table I: foodstuffs, including confectionery, 9 %']],
    non_alcoholic_beverages: [['reduced', 'Wet OB, table I: non-alcoholic drinks 9 %']],
    fruit_juices: [['reduced', 'Wet OB, table I: non-alcoholic drinks, including juices, 9 %']],
    water: [['reduced', 'Wet OB, table I: water 9 %']],
    wine: [['standard', 'alcoholic beverages (over 0.5 % vol.): 21 %']],
    beer: [['standard', 'alcoholic beverages (over 0.5 % vol.): 21 %']],
    printed_books: [['reduced', 'Wet OB, table I: books 9 % (the increase to 21 % planned for 2026 was withdrawn)']],
    ebooks: [['reduced', 'Wet OB, table I: electronic books 9 %']],
    newspapers_periodicals: [['reduced', 'Wet OB, table I: newspapers and periodicals 9 %']],
    pharmaceuticals: [['reduced', 'Wet OB, table I: medicines 9 %']],
    medical_devices: [['check', 'Wet OB, table I: 9 % only for listed aids for disabled persons']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in the Netherlands: 21 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 21 %']],
    flowers_plants: [['reduced', 'Wet OB, table I: flowers and live plants 9 %']],
  },
  IE: {
    ...STD_GOODS,
    foodstuffs: [
      ['check', 'VATCA 2010 schedule 2: most food 0 %, but some food 13.5 % or 23 %: depends on the product'],
    ],
    chocolate: [['standard', 'VATCA 2010 schedule 2 excludes chocolate and confectionery from the zero rate: 23 %']],
    confectionery: [['standard', 'VATCA 2010 schedule 2 excludes confectionery from the zero rate: 23 %']],
    non_alcoholic_beverages: [['standard', 'drinks other than milk are excluded from the zero rate: 23 %']],
    fruit_juices: [['standard', 'fruit juices are excluded from the zero rate: 23 %']],
    water: [['standard', 'bottled water is excluded from the zero rate: 23 %']],
    wine: [['standard', 'alcoholic beverages: 23 %']],
    beer: [['standard', 'alcoholic beverages: 23 %']],
    printed_books: [['zero', 'VATCA 2010 schedule 2: printed books 0 %']],
    ebooks: [['check', 'e-books and audio books: 9 % or 0 % depending on the year and the title']],
    newspapers_periodicals: [['check', 'most newspapers 0 % since 2023, other periodicals 9 %: depends on the title']],
    pharmaceuticals: [['check', 'oral medicines 0 %, other medicines 23 %']],
    medical_devices: [['check', 'listed medical equipment 0 %, others 23 %']],
    childrens_clothing: [['zero', 'VATCA 2010 schedule 2: children’s clothing and footwear (sizes for under-11s) 0 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 23 %']],
    flowers_plants: [['check', 'live plants and cut flowers: 13.5 % or 0 % depending on use']],
  },
  AT: {
    ...STD_GOODS,
    foodstuffs: [
      ['reduced', 'UStG 1994 § 10 (2) and Anlage 1: food 10 %', null, '2026-06-30'],
      [
        'reduced',
        'UStG 1994 Anlage 1: food 10 %; basic foods 4.9 % from 2026-07-01 (an override for those products)',
        '2026-07-01',
        null,
      ],
    ],
    chocolate: [['reduced', 'UStG 1994 Anlage 1: chocolate and cocoa preparations 10 %']],
    confectionery: [['reduced', 'UStG 1994 Anlage 1: sugar confectionery 10 %']],
    non_alcoholic_beverages: [['standard', 'soft drinks are not in UStG 1994 Anlage 1: 20 %']],
    fruit_juices: [['check', 'fruit juices are not in UStG 1994 Anlage 1 as such: check']],
    water: [['check', 'tap water 10 %, bottled water: check']],
    wine: [
      ['standard', 'alcoholic beverages: 20 % (the 13 % for wine applies only to farmers selling their own wine)'],
    ],
    beer: [['standard', 'alcoholic beverages: 20 %']],
    printed_books: [['reduced', 'UStG 1994 Anlage 1: books 10 %']],
    ebooks: [['reduced', 'UStG 1994 § 10 (2) no. 1 lit. b: electronic publications 10 %', '2020-01-01', null]],
    newspapers_periodicals: [['reduced', 'UStG 1994 Anlage 1: newspapers and periodicals 10 %']],
    pharmaceuticals: [['reduced', 'UStG 1994 § 10 (2) no. 1 lit. c: medicines 10 %']],
    medical_devices: [['check', 'some aids 10 % or 20 %']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in Austria: 20 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 20 %']],
    flowers_plants: [['check', 'live plants and cut flowers: 10 % or 13 % depending on the period']],
  },
  IT: {
    ...STD_GOODS,
    foodstuffs: [['check', 'DPR 633/1972 tables A II and III: basic food 4 %, most other food 10 %, some 22 %']],
    chocolate: [['check', 'chocolate and cocoa products: 10 % or 22 % depending on the product']],
    confectionery: [['check', 'confectionery: 10 % or 22 % depending on the product']],
    non_alcoholic_beverages: [['standard', 'soft drinks: 22 %']],
    fruit_juices: [['check', 'fruit juices: 10 % or 22 % depending on the product']],
    water: [['standard', 'bottled mineral water: 22 %']],
    wine: [['standard', 'alcoholic beverages: 22 %']],
    beer: [['standard', 'alcoholic beverages: 22 %']],
    printed_books: [['super_reduced', 'DPR 633/1972 table A II no. 18: books 4 %']],
    ebooks: [['super_reduced', 'DPR 633/1972 table A II no. 18: books on any medium 4 %']],
    newspapers_periodicals: [['super_reduced', 'DPR 633/1972 table A II no. 18: newspapers and periodicals 4 %']],
    pharmaceuticals: [['reduced2', 'DPR 633/1972 table A III no. 114: medicines 10 %']],
    medical_devices: [['check', 'aids for disabled persons 4 %, other devices 10 % or 22 %']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in Italy: 22 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 22 % (feminine hygiene products 5 %: override per product)']],
    flowers_plants: [['check', 'plants and cut flowers: 10 % or 22 % depending on use']],
  },
  ES: {
    ...STD_GOODS,
    foodstuffs: [['check', 'LIVA art. 91: basic food (bread, milk, eggs, fruit…) 4 %, other food 10 %']],
    chocolate: [['reduced', 'LIVA art. 91.Uno: food products, including chocolate, 10 %']],
    confectionery: [['reduced', 'LIVA art. 91.Uno: food products, including confectionery, 10 %']],
    non_alcoholic_beverages: [['check', 'drinks with added sugar or sweeteners 21 %, others 10 %']],
    fruit_juices: [['check', 'juices with added sugar 21 %, others 10 %']],
    water: [['reduced', 'LIVA art. 91.Uno: water 10 %']],
    wine: [['standard', 'alcoholic beverages: 21 %']],
    beer: [['standard', 'alcoholic beverages: 21 %']],
    printed_books: [['super_reduced', 'LIVA art. 91.Dos.1.2º: books 4 %']],
    ebooks: [['super_reduced', 'LIVA art. 91.Dos.1.2º: books, including electronic, 4 %']],
    newspapers_periodicals: [['super_reduced', 'LIVA art. 91.Dos.1.2º: newspapers and periodicals 4 %']],
    pharmaceuticals: [['super_reduced', 'LIVA art. 91.Dos.1.5º: medicines for human use 4 %']],
    medical_devices: [['check', 'listed devices 10 %, aids for disabled persons 4 %']],
    childrens_clothing: [['standard', 'no reduced rate for clothing in Spain: 21 %']],
    cosmetics_hygiene: [['standard', 'cosmetics: 21 % (feminine hygiene products 4 %: override per product)']],
    flowers_plants: [['reduced', 'LIVA art. 91.Uno: ornamental flowers and live plants 10 %']],
  },
  PT: {
    ...STD_GOODS,
    printed_books: [['reduced', 'CIVA list I no. 2.1: books 6 %']],
    pharmaceuticals: [['reduced', 'CIVA list I no. 2.5: medicines 6 %']],
  },
  PL: { ...STD_GOODS, printed_books: [['reduced', 'VAT Act annex 10: printed books 5 %']] },
};

// Denmark has a single rate: everything at 25 % but some press (0 %).
SOURCE.DK = {
  ...STD_GOODS,
  ...Object.fromEntries(
    [
      'foodstuffs',
      'chocolate',
      'confectionery',
      'non_alcoholic_beverages',
      'fruit_juices',
      'water',
      'wine',
      'beer',
      'printed_books',
      'ebooks',
      'pharmaceuticals',
      'medical_devices',
      'childrens_clothing',
      'cosmetics_hygiene',
      'flowers_plants',
    ].map((k) => [k, [['standard', 'Momsloven § 33: Denmark has no reduced rate, 25 %']]]),
  ),
  newspapers_periodicals: [['check', 'Momsloven § 34: some newspapers 0 %, other periodicals 25 %']],
};
SOURCE.SE = {
  ...STD_GOODS,
  foodstuffs: [
    ['reduced2', 'ML 9 kap. 5 §: food 12 %', null, '2026-03-31'],
    ['check', 'temporary cut of the food rate to 6 % announced from 2026-04-01 to 2027-12-31', '2026-04-01', null],
  ],
  printed_books: [['reduced', 'ML 9 kap. 7 §: books 6 %']],
  newspapers_periodicals: [['reduced', 'ML 9 kap. 7 §: newspapers and periodicals 6 %']],
  pharmaceuticals: [['check', 'prescription medicines 0 %, other medicines 25 %']],
};
SOURCE.FI = {
  ...STD_GOODS,
  foodstuffs: [['reduced2', 'AVL § 85: food at the second reduced rate (14 %, 13.5 % from 2026)']],
  printed_books: [
    ['reduced', 'AVL § 85 a: books 10 %', null, '2024-12-31'],
    ['check', 'books moved from 10 % to the second reduced rate in 2025: check', '2025-01-01', null],
  ],
  newspapers_periodicals: [['reduced', 'AVL § 85 a: newspapers and periodicals 10 %']],
};

// The other member states: only the goods outside Annex III, which take the standard rate everywhere.
for (const c of ['BG', 'CY', 'CZ', 'EE', 'GR', 'HR', 'HU', 'LT', 'LV', 'MT', 'RO', 'SI', 'SK']) {
  SOURCE[c] = { ...STD_GOODS };
}

export default SOURCE;
