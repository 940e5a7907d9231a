import { describe, expect, it } from 'vitest';
import { periodOf } from './period';

describe('export periods', () => {
  it('month, quarter and year around a day, both ends included', () => {
    const at = new Date('2024-02-14T10:00:00Z');
    expect(periodOf('month', at)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('quarter', at)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodOf('year', at)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodOf('quarter', new Date('2026-11-30T23:59:00Z'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});
