import { describe, expect, it } from 'vitest';
import { keysetRows } from '../src/modules/common/keyset.js';

/** A sorted table read the way the exports read PostgreSQL: rows after a key, a batch at a time. */
function table(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({ key: `k${String(i).padStart(3, '0')}` }));
  const calls: (string | null)[] = [];
  const fetch = async (after: string | null, size: number) => {
    calls.push(after);
    return rows.filter((r) => after === null || r.key > after).slice(0, size);
  };
  return { rows, calls, fetch };
}

const all = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('keysetRows', () => {
  it('reads every row once, in order, batch after batch from the last key', async () => {
    const t = table(7);
    expect(await all(keysetRows(t.fetch, (r) => r.key, 3))).toEqual(t.rows);
    expect(t.calls).toEqual([null, 'k002', 'k005']);
  });

  it('stops after an empty batch when the rows fill the last batch exactly', async () => {
    const t = table(6);
    expect(await all(keysetRows(t.fetch, (r) => r.key, 3))).toHaveLength(6);
    expect(t.calls).toEqual([null, 'k002', 'k005']);
  });

  it('reads an empty table with one query', async () => {
    const t = table(0);
    expect(await all(keysetRows(t.fetch, (r) => r.key, 3))).toEqual([]);
    expect(t.calls).toEqual([null]);
  });
});
