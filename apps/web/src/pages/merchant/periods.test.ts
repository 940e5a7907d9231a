import { describe, expect, it } from 'vitest';
import { granularityFor, presetPeriod } from './periods';

describe('dashboard periods', () => {
  it('turns presets into Luxembourg calendar days', () => {
    expect(presetPeriod('today', '2026-03-10')).toEqual({ from: '2026-03-10', to: '2026-03-10' });
    expect(presetPeriod('7d', '2026-03-10')).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(presetPeriod('30d', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(presetPeriod('lastMonth', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('thisQuarter', '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-05-20' });
    expect(presetPeriod('thisYear', '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-05-20' });
  });
  it('picks a granularity for the chart', () => {
    expect(granularityFor('2026-03-01', '2026-03-31')).toBe('DAY');
    expect(granularityFor('2026-01-01', '2026-05-31')).toBe('WEEK');
    expect(granularityFor('2025-01-01', '2026-05-31')).toBe('MONTH');
  });
});
