import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise the app's own PostgreSQL under DATA_DIR/postgres. */
export async function openDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = path.join(config.DATA_DIR, 'postgres');
  log.info({ dataDir, port: config.EMBEDDED_PG_PORT }, 'starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, log });
  await server.createDatabase('orion');
  return { url: server.url('orion'), embedded: true, stop: () => server.stop() };
}
