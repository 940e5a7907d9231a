import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const run = promisify(execFile);
const GUIDES = path.join(repoRoot, 'docs/api/guides');

interface Example {
  file: string;
  line: number;
  /** `session`: runs today; `api-key`: needs API keys (checked after that release). */
  auth: 'session' | 'api-key';
  /** The `ErrorReason` the example shows, when it shows a refusal. */
  expect: string | null;
  script: string;
}

/** The guides' shell examples: fenced blocks whose info string is `bash session` or `bash api-key`. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const file of fs
    .readdirSync(GUIDES)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = fs.readFileSync(path.join(GUIDES, file), 'utf8');
    for (const m of text.matchAll(/^```bash (session|api-key)(?: expect=([A-Z_]+))?\n([\s\S]*?)^```$/gm)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ file, line, auth: m[1] as Example['auth'], expect: m[2] ?? null, script: m[3]! });
    }
  }
  return found;
}

describe('the curl examples of docs/api/guides', () => {
  let t: TestApp;
  let a: Tenant;
  let dir: string;
  const all = examples();
  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.orm, 'guides');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orion-guides-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every guide has examples, and every example is marked session or api-key', () => {
    const files = fs.readdirSync(GUIDES).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const f of files) {
      const text = fs.readFileSync(path.join(GUIDES, f), 'utf8');
      expect(
        all.some((e) => e.file === f),
        f,
      ).toBe(true);
      // No shell block escapes the runner by a different info string.
      expect(text.match(/^```(?:bash|sh|shell)\b.*$/gm)?.length ?? 0, f).toBe(all.filter((e) => e.file === f).length);
    }
    expect(all.filter((e) => e.auth === 'session').length).toBeGreaterThanOrEqual(10);
  });

  it('runs each session example, in order, against a test server: the answer it documents', async () => {
    const env = {
      ...process.env,
      ORION: t.url,
      STORE: a.storeId,
      ORION_EMAIL: a.users.owner.email,
      ORION_ACCOUNTANT_EMAIL: a.users.accountant.email,
      ORION_PASSWORD: PASSWORD,
    };
    // Login first: the authentication guide's first example makes the cookie jar the others use.
    const ordered = [
      ...all.filter((e) => e.file === 'authentication.md'),
      ...all.filter((e) => e.file !== 'authentication.md'),
    ];
    for (const ex of ordered.filter((e) => e.auth === 'session')) {
      const where = `${ex.file}:${ex.line}`;
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', ex.script], { cwd: dir, env });
      const out = stdout.trim();
      if (!out.startsWith('{')) {
        // A download: the example prints the status and the content type.
        expect(out, where).toMatch(/^200 /);
        continue;
      }
      const body = JSON.parse(out) as { data?: unknown; errors?: { extensions?: { reason?: string } }[] };
      if (ex.expect) expect(body.errors?.[0]?.extensions?.reason, where).toBe(ex.expect);
      else expect(body.errors, `${where}: ${out}`).toBeUndefined();
    }
  });

  it('the documented cost example costs what the guide says', async () => {
    const c = t.client().useStore(a.storeId);
    await c.login(a.users.owner.email, PASSWORD);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: c.cookie, 'x-store-id': a.storeId },
      body: JSON.stringify({ query: '{ invoices(first: 50) { nodes { number grossCents buyer { name } } } }' }),
    });
    const body = (await res.json()) as { extensions?: { cost?: Record<string, number> } };
    const cost = body.extensions?.cost;
    // Today's shape is { requested, maximum }; after the API-keys release, requestedQueryCost.
    expect(cost?.requestedQueryCost ?? cost?.requested).toBe(102);
    expect(fs.readFileSync(path.join(GUIDES, 'costs-and-throttling.md'), 'utf8')).toContain('= **102**');
  });

  it('every reason the errors guide names is a value of ErrorReason (THROTTLED comes with API keys)', () => {
    const sdl = fs.readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    const reasons = new Set(
      /enum ErrorReason \{([\s\S]*?)\n\}/
        .exec(sdl)![1]!
        .match(/^ {2}[A-Z_]+$/gm)!
        .map((v) => v.trim()),
    );
    const guide = fs.readFileSync(path.join(GUIDES, 'errors.md'), 'utf8');
    const named = [...guide.matchAll(/^\| `([A-Z_]+)`(?:, `([A-Z_]+)`)? *\|/gm)].flatMap((m) =>
      [m[1]!, m[2]].filter(Boolean),
    );
    expect(named.length).toBeGreaterThan(8);
    const unknown = named.filter((r) => !reasons.has(r!) && r !== 'THROTTLED');
    expect(unknown).toEqual([]);
  });
});
