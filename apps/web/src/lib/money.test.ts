import { describe, expect, it } from 'vitest';
import { formatCents, parseEuros } from './money';

describe('money', () => {
  it('parses euros to cents exactly', () => {
    expect(parseEuros('12,90')).toBe(1290);
    expect(parseEuros('0.1')).toBe(10);
    expect(parseEuros('19.99')).toBe(1999);
    expect(parseEuros('12.345')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
  });
  it('formats cents per language', () => {
    expect(formatCents(123456, 'en')).toBe('€1,234.56');
    expect(formatCents(123456, 'de')).toMatch(/1\.234,56\s€/);
  });
});
