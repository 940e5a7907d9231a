import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { printOrionSchema } from '../src/graphql/print-schema.js';

describe('schema.graphql', () => {
  it('matches the server code (run `pnpm schema` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printOrionSchema());
  });
});
