/** The period an export covers: issue dates, both ends included (YYYY-MM-DD). */
export type PeriodKind = 'month' | 'quarter' | 'year';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The month, quarter or year that contains `at` (UTC). */
export function periodOf(kind: PeriodKind, at: Date): { from: string; to: string } {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const first = kind === 'year' ? 0 : kind === 'quarter' ? m - (m % 3) : m;
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  return { from: day(new Date(Date.UTC(y, first, 1))), to: day(new Date(Date.UTC(y, first + months, 0))) };
}
