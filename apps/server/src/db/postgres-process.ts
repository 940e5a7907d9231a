import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What `postmaster.pid` says: the postmaster's pid and port (first and fourth lines). */
export function readPostmasterPid(dataDir: string): { pid: number; port: number | null } | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) ? port : null };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process runs and is a Node process (the owner recorded beside a data folder, not a process that took its pid). */
export function isNodeProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return /node/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '');
  } catch {
    return true;
  }
}

/** Whether the process is a PostgreSQL server on this data folder (Linux: its command line). */
export function isPostgresOn(pid: number, dataDir: string): boolean {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return /postgres/.test(args[0] ?? '') && (args.includes(dataDir) || args.includes(path.resolve(dataDir)));
  } catch {
    // No /proc (not Linux): trust the lock file, as PostgreSQL itself does.
    return isAlive(pid);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/**
 * Stops a PostgreSQL server: fast shutdown (SIGINT: sessions end, a checkpoint is written), then
 * an immediate one (SIGQUIT: recovery at the next start) if it does not go. Returns how it went.
 */
export async function stopPostgres(pid: number, graceMs = 20_000): Promise<'fast' | 'immediate' | 'killed'> {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(pid, s);
    } catch {
      /* already gone */
    }
  };
  signal('SIGINT');
  if (await waitGone(pid, graceMs)) return 'fast';
  signal('SIGQUIT');
  if (await waitGone(pid, 5_000)) return 'immediate';
  signal('SIGKILL');
  await waitGone(pid, 5_000);
  return 'killed';
}

/**
 * Runs in its own small process beside PostgreSQL: it holds the read end of a pipe whose write
 * end only the server process has. However the server ends (exit, crash, SIGKILL, out of memory),
 * the kernel closes that end and this sees end-of-file, then stops PostgreSQL with a fast
 * shutdown. It ends by itself when PostgreSQL ends first.
 */
const WATCHDOG = `
const pid = Number(process.argv[1]);
const fs = require('node:fs');
// Still our PostgreSQL (not a process that took its pid since)?
const alive = () => {
  try { return /postgres/.test(fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\\0')[0]); }
  catch { try { process.kill(pid, 0); return !fs.existsSync('/proc'); } catch (e) { return e.code === 'EPERM'; } }
};
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  if (alive()) { try { process.kill(pid, 'SIGINT'); } catch {} }
  const started = Date.now();
  const t = setInterval(() => {
    if (!alive()) process.exit(0);
    if (Date.now() - started > 20000) { try { process.kill(pid, 'SIGQUIT'); } catch {} process.exit(0); }
  }, 100);
};
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.on('close', stop);
process.stdin.resume();
setInterval(() => { if (!stopping && !alive()) process.exit(0); }, 1000);
`;

/** Starts the watchdog for the PostgreSQL `pid`; it never keeps this process alive. */
export function watchPostgres(pid: number): { pid: number | undefined } {
  const child = spawn(process.execPath, ['-e', WATCHDOG, String(pid)], {
    // Its own process group: a Ctrl-C or a signal to the server's group leaves it to do its job.
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
    // A bare Node: no NODE_OPTIONS (heap limits, loaders) from the server's environment.
    env: {},
  });
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return { pid: child.pid };
}
