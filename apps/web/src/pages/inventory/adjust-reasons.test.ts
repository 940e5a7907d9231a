import { describe, expect, it } from 'vitest';
import { plannedChange } from './adjust-reasons';

describe('plannedChange', () => {
  it('makes "damaged" a removal whatever the amount typed', () => {
    expect(plannedChange('DAMAGED', 1000, null, 10)).toEqual({ quantity: -1000, after: -990 });
    expect(plannedChange('RECEIVED', 5, 'remove', 10)).toEqual({ quantity: 5, after: 15 });
  });
  it('needs an explicit direction for found and correction', () => {
    expect(plannedChange('FOUND', 2, null, 10)).toBeNull();
    expect(plannedChange('FOUND', 2, 'remove', 10)).toEqual({ quantity: -2, after: 8 });
    expect(plannedChange('CORRECTION', 3, 'add', 10)).toEqual({ quantity: 3, after: 13 });
  });
  it('sets the total for a count', () => {
    expect(plannedChange('COUNTED', 4, null, 10)).toEqual({ quantity: 4, after: 4 });
  });
});
