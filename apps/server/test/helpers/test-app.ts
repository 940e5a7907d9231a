import 'reflect-metadata';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type OrionApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createOrm, type MikroORM } from '../../src/db/orm.js';
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
export async function startTestApp(env: Record<string, string> = {}, opts: { clock?: Clock } = {}): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName} template orion_template`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SERVE_WEB: 'false',
    PORT: '0',
    ...env,
  });
  const log = createLogger(config);
  const orm = await createOrm(config.DATABASE_URL!, log);
  const app = await createApp({ config, orm, log, clock: opts.clock });
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
