import { afterAll, beforeAll } from 'vitest';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The monorepo root, found from this package (no absolute paths). */
const root = path.resolve(here, '../../..');
export const SCREENSHOTS = path.resolve(here, '../screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built server (apps/server/dist, which serves apps/web/dist) on free ports, with a
 * fresh data folder and the demo data, and waits for /healthz to answer `status: ok`.
 * Build both first: `pnpm --filter @orion/web build && pnpm --filter @orion/server build`
 * (`pnpm test:browser` does).
 */
export async function startOrion(): Promise<Running> {
  // A port found free can be taken before the server binds it (other test files start servers,
  // browsers and database connections meanwhile): then start again on other ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce();
    } catch (err) {
      if (attempt >= 3 || !String((err as Error).message).includes('EADDRINUSE')) throw err;
    }
  }
}

async function startOnce(): Promise<Running> {
  const main = path.join(root, 'apps/server/dist/main.js');
  if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    throw new Error(
      'Build first: pnpm --filter @orion/web build && pnpm --filter @orion/server build (pnpm test:browser does both)',
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orion-e2e-'));
  const port = await freePort();
  const pgPort = await freePort();
  const simPort = await freePort();
  // As `pnpm start` runs it: with the server's Node flags (apps/server/package.json, config.nodeFlags).
  const serverPkg = JSON.parse(fs.readFileSync(path.join(root, 'apps/server/package.json'), 'utf8'));
  const nodeFlags = String(serverPkg.config?.nodeFlags ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, main], {
    cwd: path.join(root, 'apps/server'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      LETZSHOP_SIM_PORT: String(simPort),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // vitest sets NODE_ENV=test; the server is run as a developer runs it.
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // SIGTERM lets the server stop its embedded Postgres; wait for that before cleaning up.
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), delay(30_000).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
      try {
        const r = await fetch(`${url}/healthz`);
        const body = (await r.json().catch(() => ({}))) as { status?: string };
        if (r.ok && body.status === 'ok') break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
      await delay(300);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

/**
 * One Orion and one browser for a test file: started before its tests, stopped after them.
 * Read `orion.url` and `orion.browser` inside the tests (they are set by then).
 */
export function useOrion(): { readonly url: string; readonly browser: Browser } {
  let running: Running | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    running = await startOrion();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });
  return {
    get url() {
      if (!running) throw new Error('Orion is not running (use it inside a test)');
      return running.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running (use it inside a test)');
      return browser;
    },
  };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Debian's Chromium through playwright-core (no browser download). Each launch gets a fresh,
 * temporary user-data dir of its own, and every `newContext()` is a clean profile on top.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** Signs in through the sign-in page (test ids: the labels follow the interface language). */
export async function signIn(page: Page, url: string, email: string, password = 'orion-demo') {
  await page.goto(`${url}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('store-switcher').waitFor();
}

/** The active store's name, as the header shows it. */
export async function activeStore(page: Page): Promise<string> {
  return (await page.getByTestId('active-store-name').textContent())?.trim() ?? '';
}

/** Picks a store in the header's switcher and waits until the header shows it. */
export async function switchStore(page: Page, name: string) {
  if ((await activeStore(page)) === name) return;
  await page.getByTestId('store-switcher').click();
  await page.getByRole('menuitem', { name: new RegExp(name) }).click();
  await page.getByTestId('active-store-name').filter({ hasText: name }).waitFor();
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
