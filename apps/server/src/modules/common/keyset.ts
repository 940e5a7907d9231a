/**
 * Every row of a keyset-paged read, one batch at a time: `fetch(after, size)` returns up to `size`
 * rows after the key `after` (null for the first batch), in key order; `keyOf` gives a row's key.
 * Memory stays at one batch whatever the table's size.
 */
export async function* keysetRows<Row, Key>(
  fetch: (after: Key | null, size: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  size = 1000,
): AsyncGenerator<Row> {
  let after: Key | null = null;
  for (;;) {
    const rows = await fetch(after, size);
    yield* rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}
