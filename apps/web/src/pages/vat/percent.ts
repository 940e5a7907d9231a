/** A rate in basis points as a percentage in the reader's notation: 550 → "5.5 %". */
export const pct = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
