import { DomainError } from '../../core/errors.js';
import { ComparePeriod, MAX_PERIOD_DAYS, type PeriodInput } from './dashboard.types.js';

const DAY_MS = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (d: string, n: number) => fromMs(toMs(d) + n * DAY_MS);

/** The same date one year earlier; 29 February becomes the 28th. */
export function yearBefore(d: string): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** Today's calendar day in Luxembourg. */
export const luxembourgToday = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Luxembourg' }).format(now);

export interface Period {
  from: string;
  to: string;
}

/** Refuses a reversed or too wide period (nothing is clamped). */
export function checkPeriod(p: PeriodInput): Period {
  if (p.from > p.to) {
    throw new DomainError(
      'DATE_RANGE_REVERSED',
      `The period starts (${p.from}) after it ends (${p.to}).`,
      'BAD_USER_INPUT',
    );
  }
  const days = (toMs(p.to) - toMs(p.from)) / DAY_MS + 1;
  if (days > MAX_PERIOD_DAYS) {
    throw new DomainError(
      'DATE_RANGE_TOO_WIDE',
      `A period covers at most ${MAX_PERIOD_DAYS} days; this one has ${days}.`,
      'BAD_USER_INPUT',
      { maxDays: MAX_PERIOD_DAYS },
    );
  }
  return { from: p.from, to: p.to };
}

/** The comparison period: as many days just before, or the same dates a year earlier. */
export function comparisonOf(p: Period, compareTo: ComparePeriod): Period | null {
  if (compareTo === ComparePeriod.NONE) return null;
  if (compareTo === ComparePeriod.PREVIOUS_YEAR) return { from: yearBefore(p.from), to: yearBefore(p.to) };
  const days = (toMs(p.to) - toMs(p.from)) / DAY_MS + 1;
  return { from: addDays(p.from, -days), to: addDays(p.from, -1) };
}

/** Change in %, one decimal; null when the comparison is missing or zero. */
export function changePercent(value: number, previous: number | null): number | null {
  if (previous === null || previous === 0) return null;
  return Math.round(((value - previous) / Math.abs(previous)) * 1000) / 10;
}
