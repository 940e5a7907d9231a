import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { hashPassword } from '../src/modules/auth/password.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

/** A throw-away PostgreSQL for a benchmark (or BENCH_DATABASE_URL's server), with an empty database. */
export async function benchDatabase(name: string): Promise<{ url: string; stop(): Promise<void> }> {
  const base = process.env.BENCH_DATABASE_URL;
  if (base) {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    return { url: u.toString(), stop: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orion-bench-'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: 56000 + Math.floor(Math.random() * 2000),
    persistent: false,
  });
  await server.createDatabase(name);
  return {
    url: server.url(name),
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** A merchant, its store and an owner (bench@orion.test / bench-password); returns the store id. */
export async function createBenchStore(client: pg.Client): Promise<string> {
  const merchant = await client.query(
    `insert into merchant (id, legal_name, address_line, postal_code, city, country) values (gen_random_uuid(), 'Bench Sàrl', 'x', 'L-1', 'Lux', 'LU') returning id`,
  );
  const store = await client.query(
    `insert into store (id, merchant_id, name, slug) values (gen_random_uuid(), $1, 'Bench', 'bench') returning id`,
    [merchant.rows[0].id],
  );
  const user = await client.query(
    `insert into app_user (id, email, name, password_hash) values (gen_random_uuid(), 'bench@orion.test', 'Bench', $1) returning id`,
    [await hashPassword('bench-password')],
  );
  await client.query(`insert into merchant_owner (id, merchant_id, user_id) values (gen_random_uuid(), $1, $2)`, [
    merchant.rows[0].id,
    user.rows[0].id,
  ]);
  return store.rows[0].id;
}
