import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded-postgres.js';
import { createOrm } from '../src/db/orm.js';

export const TEMPLATE_DB = 'orion_template';

let pg: EmbeddedServer | undefined;
let dir: string | undefined;

/**
 * One PostgreSQL for the whole run (random port, temporary folder), with a migrated template
 * database; each test file clones its own database from it. Nothing touches the dev data.
 */
export async function setup(project: TestProject) {
  let base = process.env.TEST_DATABASE_URL;
  if (!base) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orion-test-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: false });
    base = pg.url('postgres');
  }
  const admin = new URL(base);
  const templateUrl = new URL(base);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists ${TEMPLATE_DB}`);
  await client.query(`create database ${TEMPLATE_DB}`);
  await client.end();
  const orm = await createOrm(templateUrl.toString());
  await orm.migrator.up();
  await orm.close();
  project.provide('pgAdminUrl', admin.toString());
}

export async function teardown() {
  await pg?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
