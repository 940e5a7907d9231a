/** Basis points as a percentage string without floating point: 550 → "5.5 %", 2550 → "25.5 %", 105 → "1.05 %". */
export function formatRateBp(rateBp: number): string {
  const sign = rateBp < 0 ? '-' : '';
  const abs = Math.abs(rateBp);
  const whole = Math.trunc(abs / 100);
  const frac = abs % 100;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${whole}${fracText} %`;
}
