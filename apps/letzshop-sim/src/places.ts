/** Name and address pools for fixtures. Plenty of non-ASCII on purpose. */

export type CountryIso = 'LU' | 'BE' | 'DE' | 'FR' | 'NL' | 'AT' | 'DK' | 'CH' | 'GB' | 'US';

export interface CountryData {
  iso: CountryIso;
  name: string;
  weight: number;
  /** [city, zip pattern: `#` = random digit] */
  cities: readonly (readonly [string, string])[];
  streets: readonly string[];
  phone: string; // pattern
  emailDomains: readonly string[];
  locales: readonly ('en' | 'fr' | 'de')[];
}

export const COUNTRIES: readonly CountryData[] = [
  {
    iso: 'LU',
    name: 'Luxembourg',
    weight: 60,
    cities: [
      ['Luxembourg', '1###'],
      ['Luxembourg', '2###'],
      ['Esch-sur-Alzette', '4###'],
      ['Differdange', '45##'],
      ['Dudelange', '34##'],
      ['Ettelbruck', '90##'],
      ['Diekirch', '92##'],
      ['Wiltz', '95##'],
      ['Echternach', '64##'],
      ['Mersch', '75##'],
      ['Remich', '55##'],
      ['Clervaux', '97##'],
      ['Junglinster', '61##'],
      ['Mondorf-les-Bains', '56##'],
      ['Bertrange', '80##'],
      ['Strassen', '80##'],
      ['Käerjeng', '49##'],
      ['Lëtzebuerg-Bouneweg', '17##'],
    ],
    streets: [
      "Rue de l'Alzette",
      'Grand-Rue',
      'Avenue de la Liberté',
      'Rue du Fossé',
      'Boulevard Royal',
      "Route d'Arlon",
      'Rue de Hollerich',
      'Um Bierg',
      'Rue Jean-Pierre Brasseur',
      'Rue des Prés',
      'Montée de la Pétrusse',
      'Rue Ënnescht',
      'Place Guillaume II',
      'Rue de Strasbourg',
      'Avenue Gaston Diderich',
    ],
    phone: '+352 6## ### ###',
    emailDomains: ['pt.lu', 'gmail.com', 'education.lu', 'outlook.com', 'tango.lu'],
    locales: ['fr', 'de', 'en', 'fr', 'de'],
  },
  {
    iso: 'BE',
    name: 'Belgium',
    weight: 9,
    cities: [
      ['Arlon', '6700'],
      ['Liège', '4000'],
      ['Bruxelles', '1000'],
      ['Namur', '5000'],
      ['Bastogne', '6600'],
      ['Gent', '9000'],
      ['Eupen', '4700'],
    ],
    streets: [
      'Rue des Déportés',
      'Chaussée de Louvain',
      'Grand-Place',
      'Rue Léopold',
      'Kortrijksesteenweg',
      'Rue de Neufchâteau',
    ],
    phone: '+32 4## ## ## ##',
    emailDomains: ['skynet.be', 'telenet.be', 'gmail.com', 'proximus.be'],
    locales: ['fr', 'en', 'de'],
  },
  {
    iso: 'DE',
    name: 'Germany',
    weight: 9,
    cities: [
      ['Trier', '5429#'],
      ['Saarbrücken', '661##'],
      ['Köln', '506##'],
      ['München', '803##'],
      ['Düsseldorf', '402##'],
      ['Perl', '66706'],
    ],
    streets: ['Hauptstraße', 'Königsallee', 'Große Bleiche', 'Am Weißen Stein', 'Straße des 17. Juni', 'Müllerstraße'],
    phone: '+49 1## #######',
    emailDomains: ['web.de', 'gmx.de', 't-online.de', 'gmail.com'],
    locales: ['de', 'de', 'en'],
  },
  {
    iso: 'FR',
    name: 'France',
    weight: 8,
    cities: [
      ['Thionville', '57100'],
      ['Metz', '57000'],
      ['Nancy', '54000'],
      ['Paris', '750##'],
      ['Lyon', '6900#'],
      ['Longwy', '54400'],
    ],
    streets: [
      'Rue de la Paix',
      'Avenue des Champs-Élysées',
      'Rue Saint-Étienne',
      'Place Stanislas',
      'Rue du Château-d’Eau',
      'Boulevard Haussmann',
    ],
    phone: '+33 6 ## ## ## ##',
    emailDomains: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
    locales: ['fr', 'fr', 'en'],
  },
  {
    iso: 'NL',
    name: 'Netherlands',
    weight: 4,
    cities: [
      ['Amsterdam', '10## AB'],
      ['Maastricht', '62## CD'],
      ['Utrecht', '35## EF'],
    ],
    streets: ['Keizersgracht', 'Sint-Servaasbrug', 'Oudegracht', 'Van Baerlestraat'],
    phone: '+31 6 ########',
    emailDomains: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
    locales: ['en', 'en', 'de'],
  },
  {
    iso: 'AT',
    name: 'Austria',
    weight: 3,
    cities: [
      ['Wien', '1###'],
      ['Graz', '80##'],
      ['Innsbruck', '6020'],
    ],
    streets: ['Mariahilfer Straße', 'Kärntner Straße', 'Herrengasse', 'Maria-Theresien-Straße'],
    phone: '+43 664 #######',
    emailDomains: ['gmx.at', 'aon.at', 'gmail.com'],
    locales: ['de', 'en'],
  },
  {
    iso: 'DK',
    name: 'Denmark',
    weight: 1.5,
    cities: [
      ['Ærøskøbing', '5970'],
      ['København', '1###'],
      ['Aarhus', '8000'],
    ],
    streets: ['Vestergade', 'Søndergade', 'Smedegade', 'Nørregade', 'Østerbrogade'],
    phone: '+45 ## ## ## ##',
    emailDomains: ['mail.dk', 'gmail.com'],
    locales: ['en'],
  },
  {
    iso: 'CH',
    name: 'Switzerland',
    weight: 2,
    cities: [
      ['Zürich', '80##'],
      ['Genève', '12##'],
      ['Basel', '40##'],
    ],
    streets: ['Bahnhofstrasse', 'Rue du Rhône', 'Freie Strasse'],
    phone: '+41 79 ### ## ##',
    emailDomains: ['bluewin.ch', 'gmail.com'],
    locales: ['de', 'fr', 'en'],
  },
  {
    iso: 'GB',
    name: 'United Kingdom',
    weight: 1.5,
    cities: [
      ['London', 'SW1A 1AA'],
      ['Manchester', 'M1 1AE'],
      ['Edinburgh', 'EH1 1YZ'],
    ],
    streets: ['Baker Street', 'Deansgate', 'Royal Mile', "King's Road"],
    phone: '+44 7### ######',
    emailDomains: ['btinternet.com', 'gmail.com'],
    locales: ['en'],
  },
  {
    iso: 'US',
    name: 'United States',
    weight: 1,
    cities: [
      ['New York, NY', '100##'],
      ['Boston, MA', '021##'],
      ['Austin, TX', '787##'],
    ],
    streets: ['Fifth Avenue', 'Beacon Street', 'Congress Avenue'],
    phone: '+1 ### ### ####',
    emailDomains: ['gmail.com', 'yahoo.com', 'icloud.com'],
    locales: ['en'],
  },
];

export const FIRST_NAMES: readonly string[] = [
  'Françoise',
  'Zoë',
  'Łukasz',
  'Søren',
  'José',
  'Anaïs',
  'Jérôme',
  'Björn',
  'Mireille',
  'Gaëlle',
  'Léa',
  'Noémie',
  'Chloé',
  'Maël',
  'Jürgen',
  'Małgorzata',
  'Ana',
  'João',
  'Luc',
  'Marie',
  'Tom',
  'Laura',
  'Ben',
  'Mia',
  'Paul',
  'Sophie',
  'Max',
  'Emma',
  'Liam',
  'Sara',
  'Nico',
  'Chantal',
  'Gilles',
  'Yves',
  'Sandrine',
  'Pol',
  'Jang-mi',
  'Siobhán',
];

export const LAST_NAMES: readonly string[] = [
  'Müller',
  'Schmit',
  'Weber',
  'Hoffmann',
  'Thill',
  'Wagner',
  'Reuter',
  'Kremer',
  'Faber',
  'Da Silva',
  'Ferreira',
  'Gonçalves',
  'Dupont',
  'Lefèvre',
  'Janssens',
  'Peeters',
  'De Smet',
  'van den Berg',
  "O'Brien",
  'Kowalczyk',
  'Nguyễn',
  'Ørsted',
  'Schäfer',
  'Krüger',
  'Bißwanger',
  'Lévêque',
  'Hansen',
  'Meyer-Lück',
  'Kieffer',
  'Scholtes',
  'Wirtz',
  'Becker',
];

export const COMPANY_NAMES: readonly string[] = [
  'Müller & Fils S.à r.l.',
  'Bäckerei Schmit',
  'Café Zoë',
  'Cabinet Lefèvre & Associés',
  'Atelier Łukasz',
  'Thill Consulting S.A.',
  'Ærø Design ApS',
  'Kremer Logistics GmbH',
  "O'Brien Trading Ltd",
];

/** Removes diacritics and non-alphanumerics, for e-mail local parts. */
export function asciiSlug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
