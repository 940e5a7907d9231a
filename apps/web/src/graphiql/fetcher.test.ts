import { describe, expect, it } from 'vitest';
import { defaultHeaders } from './fetcher';

const storage = (items: Record<string, string>) => ({ getItem: (k: string) => items[k] ?? null });

describe('the API explorer headers tab', () => {
  it('names the store the SPA last used, for a signed-in person', () => {
    expect(JSON.parse(defaultHeaders(storage({ 'orion.storeId': '01a234d4-a6ed-7469-b5a0-b01ea475b2c4' })))).toEqual({
      'x-store-id': '01a234d4-a6ed-7469-b5a0-b01ea475b2c4',
    });
  });

  it('shows where an API key goes when no store is known', () => {
    expect(JSON.parse(defaultHeaders(storage({})))).toEqual({ Authorization: 'Bearer orion_sk_…' });
  });
});
