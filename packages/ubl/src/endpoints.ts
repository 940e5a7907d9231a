import type { ElectronicAddress } from './types.js';

/**
 * Peppol EAS codes of the EU member states' VAT numbers (Peppol BIS 3 code list "EAS"): a party
 * whose VAT number is from one of these countries is addressed by it when no other electronic
 * address was stored. Member states missing here (DK, FI, IT, SE…) have their Peppol identifiers
 * under other schemes: those parties need their electronic address entered.
 */
export const VAT_NUMBER_SCHEMES: Readonly<Record<string, string>> = {
  AT: '9914',
  BE: '9925',
  BG: '9926',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  EL: '9933',
  ES: '9920',
  FR: '9957',
  HR: '9934',
  HU: '9910',
  IE: '9935',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  SI: '9949',
  SK: '9950',
};

/** Schemes an address may be stored with: 4 digits (ISO 6523 ICD / EAS) or the letter codes of the EAS list. */
export const isEasScheme = (scheme: string): boolean => /^\d{4}$/.test(scheme) || /^(EM|AN|AQ|AS|AU)$/.test(scheme);

/** The electronic address of a party: the one stored at issue, else its VAT number's, else (`emailFallback`) its e-mail. */
export function partyAddress(
  party: { electronicAddress?: ElectronicAddress; vatNumber?: string; email?: string },
  emailFallback: boolean,
): ElectronicAddress | undefined {
  const stored = party.electronicAddress;
  if (stored?.id.trim() && stored.scheme.trim()) return { scheme: stored.scheme.trim(), id: stored.id.trim() };
  const vat = party.vatNumber?.replace(/\s+/g, '').toUpperCase();
  if (vat) {
    const scheme = VAT_NUMBER_SCHEMES[vat.slice(0, 2)];
    if (scheme) return { scheme, id: vat };
  }
  if (emailFallback && party.email?.trim()) return { scheme: 'EM', id: party.email.trim() };
  return undefined;
}

/** A GS1 GLN (scheme 0088): 13 digits, the last the check digit (PEPPOL-COMMON-R040). */
export function isValidGln(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  const sum = [...id.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(id[12]);
}

/** Longest identifier a Peppol participant may have. */
export const MAX_PEPPOL_ID_LENGTH = 50;

/**
 * A Peppol participant identifier as people write it, `scheme:identifier` (`0088:5798000000001`,
 * `9938:LU15027442`): the scheme an EAS code, the identifier 1–50 characters without spaces.
 */
export function parsePeppolId(text: string): { address: ElectronicAddress } | { reason: string } {
  const m = /^\s*([0-9A-Za-z]{2,4})\s*:\s*(\S+)\s*$/.exec(text);
  const reason = `must be scheme:identifier, e.g. 9938:LU12345613 (the scheme a 4-digit EAS code or EM; the identifier 1–${MAX_PEPPOL_ID_LENGTH} characters without spaces)`;
  if (!m) return { reason };
  const scheme = m[1].toUpperCase();
  if (!isEasScheme(scheme) || m[2].length > MAX_PEPPOL_ID_LENGTH) return { reason };
  if (scheme === '0088' && !isValidGln(m[2]))
    return { reason: 'must be a GLN of 13 digits with a valid check digit (scheme 0088)' };
  return { address: { scheme, id: m[2] } };
}
