/**
 * Parts of member states outside the EU VAT territory (VAT Directive 2006/112/EC, Art. 6): a
 * delivery there is an export, whatever the address's country code says. Recognised by postal
 * code, since addresses name the member state (Canary Islands as `ES`, Heligoland as `DE`…).
 * Territories with their own ISO code (AX Åland, GF/GP/MQ/RE/YT…, GI, FO, GL) are already outside
 * the EU list of countries; they are here too for addresses written with the member state's code.
 */
interface ExcludedTerritory {
  readonly country: string;
  readonly name: string;
  readonly postalCode: RegExp;
  /** Where the postal code is shared with places inside the VAT territory: the town decides. */
  readonly sharedPostalCode?: { readonly postalCode: RegExp; readonly city: RegExp };
}

const EXCLUDED: readonly ExcludedTerritory[] = [
  { country: 'ES', name: 'the Canary Islands', postalCode: /^(35|38)\d{3}$/ },
  { country: 'ES', name: 'Ceuta', postalCode: /^51\d{3}$/ },
  { country: 'ES', name: 'Melilla', postalCode: /^52\d{3}$/ },
  { country: 'DE', name: 'Heligoland', postalCode: /^27498$/ },
  { country: 'DE', name: 'Büsingen am Hochrhein', postalCode: /^78266$/ },
  // Livigno has its own code (23041) since 2014; before, it shared 23030 with other Valtellina towns.
  {
    country: 'IT',
    name: 'Livigno',
    postalCode: /^23041$/,
    sharedPostalCode: { postalCode: /^23030$/, city: /\b(livigno|trepalle)\b/i },
  },
  { country: 'IT', name: "Campione d'Italia", postalCode: /^22061$/ },
  { country: 'GR', name: 'Mount Athos', postalCode: /^6308[67]$/ },
  { country: 'FI', name: 'the Åland Islands', postalCode: /^22\d{3}$/ },
  // Overseas departments and collectivities (971–978, 984–988); Monaco's 980xx is French VAT territory.
  { country: 'FR', name: 'a French overseas territory', postalCode: /^9(7[1-8]|8[4-8])\d{2}$/ },
];

/** Postal codes as people write them: `E-35001`, `35 001`, `FI-22100`, `AX-22100` → digits. */
function digitsOf(postalCode: string, country: string): string {
  return postalCode
    .trim()
    .toUpperCase()
    .replace(new RegExp(`^(${country}|AX|E|D|I|F|GR|EL)[-\\s]?`), '')
    .replace(/[\s-]/g, '');
}

/**
 * The territory outside the EU VAT area that an address in `country` (an EU member state, `GR`
 * for Greece) with `postalCode` (and `city`, where a code is shared) lies in, or null when it is in
 * the member state's VAT territory.
 */
export function excludedVatTerritory(
  country: string,
  postalCode: string | null | undefined,
  city?: string | null,
): string | null {
  if (!postalCode) return null;
  const code = digitsOf(postalCode, country);
  const found = EXCLUDED.find(
    (t) =>
      t.country === country &&
      (t.postalCode.test(code) ||
        (t.sharedPostalCode?.postalCode.test(code) && t.sharedPostalCode.city.test(city ?? ''))),
  );
  return found?.name ?? null;
}
