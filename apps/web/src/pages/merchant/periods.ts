/** The dashboard's period presets, as calendar days (YYYY-MM-DD) in Luxembourg. */
export const PRESETS = ['today', '7d', '30d', 'thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** Today's date in Luxembourg. */
export const luxembourgToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Luxembourg' }).format(now);

export function presetPeriod(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const t = utc(y, m - 1, d);
  const back = (n: number) => iso(new Date(t.getTime() - n * 86_400_000));
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case '7d':
      return { from: back(6), to: today };
    case '30d':
      return { from: back(29), to: today };
    case 'thisMonth':
      return { from: iso(utc(y, m - 1, 1)), to: today };
    case 'lastMonth':
      return { from: iso(utc(y, m - 2, 1)), to: iso(utc(y, m - 1, 0)) };
    case 'thisQuarter':
      return { from: iso(utc(y, Math.floor((m - 1) / 3) * 3, 1)), to: today };
    case 'thisYear':
      return { from: `${y}-01-01`, to: today };
  }
}

/** A day series per store wants days; a year, months. */
export function granularityFor(from: string, to: string): 'DAY' | 'WEEK' | 'MONTH' {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 62 ? 'DAY' : days <= 190 ? 'WEEK' : 'MONTH';
}
