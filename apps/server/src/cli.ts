import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { createOrm, migrate } from './db/orm.js';
import { createLogger } from './logger.js';
import { letzshopSyncCommand } from './modules/letzshop/sync-cli.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo, wipe } from './modules/demo/demo-seed.js';

const USAGE = `Usage: pnpm orion <command>

Commands:
  seed        wipe the database and load the demo data
  migrate     apply pending migrations
  letzshop:sync --store <slug> [--since YYYY-MM-DD]
              import Letzshop orders now (with --since: every shipment completed since that day)
`;

/** Operations from the terminal, on the same database the app uses. */
async function run(argv: string[]) {
  const [command] = argv;
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const config = loadConfig();
  const log = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const db = await openDatabase(config, log);
  const orm = await createOrm(db.url, log);
  try {
    await migrate(orm);
    switch (command) {
      case 'seed':
        await wipe(orm);
        await seedDemo(orm, log, { config, log });
        process.stdout.write(
          `Demo data loaded. Sign in with ${DEMO_USERS.map((u) => u.email).join(', ')} / ${DEMO_PASSWORD}\n`,
        );
        break;
      case 'letzshop:sync':
        process.exitCode = await letzshopSyncCommand({ orm, config, log }, argv.slice(1));
        break;
      case 'migrate':
        process.stdout.write('Migrations up to date.\n');
        break;
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
        process.exitCode = 2;
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

run(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
