import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { apiReference } from '../src/graphql/api-reference.js';
import { printOrionSchema } from '../src/graphql/print-schema.js';

describe('schema.graphql', () => {
  it('matches the server code (run `pnpm schema` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printOrionSchema());
  });
});

describe('the API reference in docs/api/', () => {
  it('is what `pnpm schema` writes from schema.graphql, page by page, and nothing else', async () => {
    const expected = apiReference(await printOrionSchema());
    const dir = path.join(repoRoot, 'docs/api');
    const onDisk = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(onDisk.sort()).toEqual(Object.keys(expected).sort());
    for (const [name, markdown] of Object.entries(expected)) {
      expect(fs.readFileSync(path.join(dir, name), 'utf8'), `docs/api/${name}`).toBe(markdown);
    }
  });
});
