import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOwner } from '../src/db/embedded-postgres.js';
import { isAlive, readPostmasterPid } from '../src/db/postgres-process.js';

const serverDir = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orion-crash-'));
const pgDir = path.join(dataDir, 'postgres');
const started: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** PostgreSQL processes running on the test's data folder (their command lines name it). */
function postgresOnDataDir(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').includes(pgDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until<T>(what: string, probe: () => Promise<T | null> | T | null, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function withoutDatabaseUrl() {
  const { DATABASE_URL: _, ...env } = process.env;
  return env;
}

/** The server as `pnpm dev` runs it, with its own data folder and ports; resolves once it answers /healthz. */
async function startServer(port: number, pgPort: number) {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...withoutDatabaseUrl(),
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      LETZSHOP_SIM: 'false',
      SERVE_WEB: 'false',
      VIES_URL: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const healthy = until('/healthz', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    return res?.ok ? true : null;
  });
  const outcome = await Promise.race([healthy.then(() => 'up' as const), exited.then((c) => `exit ${c}`)]);
  if (outcome !== 'up') throw new Error(`server did not start (${outcome}):\n${output}`);
  return { child, exited, output: () => output };
}

afterAll(async () => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const pid of postgresOnDataDir()) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a crash does not leave PostgreSQL behind, and the next start succeeds', () => {
  it('kill -9 of the server: its PostgreSQL stops, the next start answers /healthz, nothing is left at the end', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const first = await startServer(port, pgPort);
    const pg = readPostmasterPid(pgDir)!;
    expect(isAlive(pg.pid)).toBe(true);

    first.child.kill('SIGKILL');
    await first.exited;
    // The watchdog stops the server's PostgreSQL once the server is gone.
    await until('the orphaned PostgreSQL to stop', () => (isAlive(pg.pid) ? null : true), 30_000);
    expect(postgresOnDataDir()).toEqual([]);

    const second = await startServer(port, pgPort);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await until('PostgreSQL to stop with the server', () => (postgresOnDataDir().length ? null : true), 30_000);
  }, 240_000);

  it('out of memory took the watchdog too: the PostgreSQL left running is stopped at the next start, and the log says so', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const first = await startServer(port, pgPort);
    const owner = readOwner(pgDir)!;
    expect(owner).toMatchObject({ pid: first.child.pid, port: pgPort });
    process.kill(owner.watchdogPid!, 'SIGKILL');
    first.child.kill('SIGKILL');
    await first.exited;
    await new Promise((r) => setTimeout(r, 1500));
    expect(isAlive(owner.postgresPid)).toBe(true); // the orphan the next start meets

    const server = await startServer(port, pgPort);
    expect(isAlive(owner.postgresPid)).toBe(false);
    expect(server.output()).toMatch(/a PostgreSQL left running on the data folder by an earlier run; stopping it/);
    expect(server.output()).toMatch(/the earlier PostgreSQL stopped; starting a new one/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    // A CLI command while the server runs reuses its PostgreSQL and leaves it running.
    const serverPg = readPostmasterPid(pgDir)!.pid;
    const cli = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/cli.ts', 'migrate'], {
      cwd: serverDir,
      env: { ...withoutDatabaseUrl(), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let cliOut = '';
    cli.stdout!.on('data', (d) => (cliOut += d));
    cli.stderr!.on('data', (d) => (cliOut += d));
    expect(await new Promise((r) => cli.on('exit', r)), cliOut).toBe(0);
    expect(isAlive(serverPg)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await until('no PostgreSQL left', () => (postgresOnDataDir().length ? null : true), 30_000);
  }, 240_000);

  it('a start that fails says why instead of "undefined"', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    // Something else holds the PostgreSQL port.
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(pgPort, '127.0.0.1', r));
    try {
      await expect(startServer(port, pgPort)).rejects.toThrow(
        /PostgreSQL did not start on .*port \d+.*: .*(could not|Address already in use)/s,
      );
    } finally {
      await new Promise((r) => blocker.close(r));
    }
    expect(postgresOnDataDir()).toEqual([]);
  }, 240_000);
});
