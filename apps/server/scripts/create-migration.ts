/**
 * Writes a migration for the difference between the entities and the migrated schema.
 * Runs against a throw-away embedded PostgreSQL, so it needs no running database.
 *   pnpm --filter @orion/server migration:create [name]
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { createOrm } from '../src/db/orm.js';

const name = process.argv[2];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orion-mig-'));
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dir, 'pg'),
  port: 54000 + Math.floor(Math.random() * 900),
  persistent: false,
});
try {
  await pg.createDatabase('mig');
  const orm = await createOrm(pg.url('mig'));
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, name);
  console.log(result.fileName ? `created ${result.fileName} — add it to src/db/migrations/index.ts` : 'no changes');
  await orm.close();
} finally {
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
