import 'reflect-metadata';
import v8 from 'node:v8';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { createOrm, migrate } from './db/orm.js';
import { startJobs } from './jobs/scheduler.js';
import { createLogger } from './logger.js';
import { bindStoredKeysToEndpoints } from './modules/letzshop/letzshop-connection.js';
import { demoBanner, isEmpty, seedDemo } from './modules/demo/demo-seed.js';
import { startDevMailbox } from './modules/mail/dev-mailbox.js';
import { startViesSimulator } from './modules/customers/vies-simulator.js';

/**
 * The demo's Letzshop: the simulator on its own port beside the app (never in production), so the
 * demo store's sync works out of the box. LETZSHOP_SIM=false turns it off.
 */
async function startLetzshopSimulator(config: Config, log: ReturnType<typeof createLogger>) {
  if (!config.LETZSHOP_SIM || config.NODE_ENV === 'production') return null;
  const { createSimulator } = await import('@orion/letzshop-sim');
  const sim = createSimulator({ now: new Date(), shipments: 40 });
  try {
    const { url } = await sim.listen(config.LETZSHOP_SIM_PORT);
    log.info({ url }, 'Letzshop simulator started (demo)');
    return sim;
  } catch (err) {
    log.warn({ err, port: config.LETZSHOP_SIM_PORT }, 'Letzshop simulator not started (port in use?)');
    return null;
  }
}

/** Start: config → database → migrations → (demo data) → HTTP server. */
async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config);
  // VIES_URL=simulator: the built-in VIES simulator answers VAT-number checks (demo, offline use).
  const vies = config.VIES_URL === 'simulator' ? await startViesSimulator() : null;
  if (vies) {
    config.VIES_URL = vies.url;
    log.info({ url: vies.url }, 'VIES simulator started (VIES_URL=simulator)');
  }
  // No SMTP_URL (development, the demo): the built-in mailbox, listed in the SPA at /dev/mailbox.
  // Its port taken (another Orion on this machine): any free one; the app is its only client.
  const mailbox = config.SMTP_URL
    ? null
    : await startDevMailbox(config.MAIL_DEV_PORT).catch((err) => {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        return startDevMailbox(0);
      });
  if (mailbox) {
    config.SMTP_URL = mailbox.url;
    log.info({ url: mailbox.url }, 'development mailbox started (SMTP_URL unset): messages at /dev/mailbox');
  }
  const db = await openDatabase(config, log);
  const orm = await createOrm(db.url, log);
  const applied = await migrate(orm);
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  await bindStoredKeysToEndpoints(orm.em.fork(), config, log);
  const sim = await startLetzshopSimulator(config, log);
  const seeded = config.SEED_DEMO && (await isEmpty(orm));
  if (seeded) await seedDemo(orm, log, { config, log });
  const jobs = config.JOBS_ENABLED ? await startJobs({ databaseUrl: db.url, orm, config, log }) : null;
  const app = await createApp({ config, orm, log, jobs: jobs?.queue, mailbox });
  const { url } = await app.listen();
  log.info(
    { url, embeddedDatabase: db.embedded, heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20) },
    'Orion started',
  );
  if (config.SEED_DEMO) process.stdout.write(demoBanner(url) + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await jobs?.stop().catch((err) => log.debug({ err }, 'stopping background jobs'));
    await app.close().catch((err) => log.error({ err }, 'closing HTTP server'));
    await sim?.close().catch((err) => log.debug({ err }, 'stopping the Letzshop simulator'));
    await mailbox?.close().catch((err) => log.debug({ err }, 'closing the development mailbox'));
    await vies?.close().catch((err) => log.debug({ err }, 'closing VIES simulator'));
    await orm.close().catch((err) => log.error({ err }, 'closing database pool'));
    await db.stop().catch((err) => log.error({ err }, 'stopping PostgreSQL'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(`Orion did not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
