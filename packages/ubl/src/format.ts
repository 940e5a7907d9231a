/** Cents as a decimal with two places: 1234 → `12.34`, -5 → `-0.05`. */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${euros}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Basis points as a percentage without trailing zeros: 1700 → `17`, 550 → `5.5`, 255 → `2.55`. */
export function percent(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${rest < 10 ? `0${rest}` : String(rest).replace(/0$/, '')}`;
}

/**
 * The net price of one unit for a line of `quantity` units and `netCents` net: the stored unit
 * price when it multiplies out to the line net; otherwise the exact quotient to 6 places, so
 * quantity × price rounds back to the line net (PEPPOL-EN16931-R120) for up to 10,000 units.
 */
export function unitPrice(netCents: number, quantity: number, storedUnitCents: number): string {
  if (storedUnitCents * quantity === netCents) return amount(storedUnitCents);
  // micro-euros = cents × 10^4
  const micro = Math.round((netCents * 10_000) / quantity);
  const whole = Math.floor(micro / 1_000_000);
  const frac = String(micro % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${whole}.${frac.length < 2 ? frac.padEnd(2, '0') : frac}`;
}

/** Cents of a decimal amount string as written above (for the rule checks). */
export function decimalToMicro(value: string): number {
  const neg = value.startsWith('-');
  const [w, f = ''] = (neg ? value.slice(1) : value).split('.');
  const micro = Number(w) * 1_000_000 + Number(f.padEnd(6, '0').slice(0, 6));
  return neg ? -micro : micro;
}
