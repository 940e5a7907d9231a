import 'reflect-metadata';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type OrionApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createOrm, type MikroORM } from '../../src/db/orm.js';
import type { JobQueue } from '../../src/core/job-queue.js';
import { createLogger } from '../../src/logger.js';
import { GqlClient } from './gql-client.js';

export interface TestApp {
  url: string;
  orm: MikroORM;
  config: Config;
  app: OrionApp;
  /** A new API client with its own cookie jar. */
  client(): GqlClient;
  close(): Promise<void>;
}

/** Boots the whole app on a fresh database cloned from the migrated template. */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { clock?: Clock /** Another app's database (a restart). */; databaseUrl?: string; jobs?: JobQueue } = {},
): Promise<TestApp> {
  let url: URL;
  if (opts.databaseUrl) url = new URL(opts.databaseUrl);
  else {
    const adminUrl = inject('pgAdminUrl');
    const dbName = `t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${dbName} template orion_template`);
    await admin.end();
    url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
  }

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SERVE_WEB: 'false',
    PORT: '0',
    // Without SMTP_URL the app starts its own mailbox: on a free port in tests.
    MAIL_DEV_PORT: '0',
    ...env,
  });
  const log = createLogger(config);
  const orm = await createOrm(config.DATABASE_URL!, log);
  const app = await createApp({ config, orm, log, clock: opts.clock, jobs: opts.jobs });
  const { url: base } = await app.listen(0, '127.0.0.1');
  return {
    url: base,
    orm,
    config,
    app,
    client: () => new GqlClient(base),
    async close() {
      await app.close();
      await orm.close();
    },
  };
}
