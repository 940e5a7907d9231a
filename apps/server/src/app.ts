import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { newContext } from './modules/auth/request-context.js';
import type { Ctx } from './core/context.js';
import { formatError } from './core/errors.js';
import { errorLoggingPlugin } from './graphql/plugins.js';
import { requestGuardPlugin } from './graphql/request-guard.js';
import { validationRules } from './graphql/validation-rules.js';
import { buildOrionSchema } from './graphql/schema.js';
import { requestLogging } from './http/request-logging.js';
import { apiNotFound, jsonErrors } from './http/json-errors.js';
import { apiRoutes } from './api-routes.js';
import type { JobQueue } from './core/job-queue.js';
import type { AppServices } from './core/services.js';
import { inProcessQueue } from './jobs/in-process-queue.js';
import type { Logger } from './logger.js';
import { registerInvoicePdfAttachments } from './modules/invoicing/invoice-pdf-attachment.js';
import { runAlertChecks } from './modules/alerts/alerts.js';
import { type DevMailbox, startDevMailbox } from './modules/mail/dev-mailbox.js';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  log: Logger;
  /** Injected by tests; the system clock otherwise. */
  clock?: Clock;
  /** pg-boss when the workers run (main.ts); in-process otherwise. */
  jobs?: JobQueue;
  /** The built-in development mailbox, when SMTP_URL is not set (main.ts starts it). */
  mailbox?: DevMailbox | null;
}

export interface OrionApp {
  express: Express;
  apollo: ApolloServer<Ctx>;
  listen(port?: number, host?: string): Promise<{ server: Server; url: string }>;
  close(): Promise<void>;
}

/** Builds the HTTP app: /healthz, /graphql and (when built) the SPA. Tests import this. */
export async function createApp(deps: AppDeps): Promise<OrionApp> {
  const { config, orm, log } = deps;
  registerInvoicePdfAttachments();
  const clock = deps.clock ?? systemClock;
  // Without SMTP_URL outside production (tests, a bare createApp): a mailbox of our own.
  const ownMailbox =
    deps.mailbox === undefined && !config.SMTP_URL && config.NODE_ENV !== 'production'
      ? await startDevMailbox(config.MAIL_DEV_PORT)
      : null;
  if (ownMailbox) config.SMTP_URL = ownMailbox.url;
  const mailbox = deps.mailbox ?? ownMailbox;
  const jobs = deps.jobs ?? inProcessQueue({ orm, config, log, clock });
  const services: AppServices = { orm, config, log, clock, jobs };
  const schema = await buildOrionSchema();
  const apollo = new ApolloServer<Ctx>({
    schema,
    formatError,
    // A request with an API key (`Authorization`, which no cross-site form can send without a
    // preflight) passes the CSRF check like one with Apollo's own headers.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] },
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: validationRules(config),
    // No HTTP caching of API answers; without the cache-control plugin Apollo does not wrap every
    // field resolver.
    plugins: [
      requestGuardPlugin(config),
      errorLoggingPlugin,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  app.use(requestLogging(log));

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.execute('select 1');
      res.json({ status: 'ok', database: 'up' });
    } catch (err) {
      log.warn({ err }, 'health check: database unreachable');
      res.status(503).json({ status: 'error', database: 'down' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => newContext({ ...services, mailbox }, req, res),
    }),
  );

  app.use('/api', apiRoutes(services), apiNotFound);
  // Outbox messages whose job was lost (the process stopped between commit and send).
  void jobs.sweepEmails().catch((err) => log.error({ err }, 'e-mail sweep failed'));
  // Without the pg-boss workers (JOBS_ENABLED=false), this process runs what they schedule for mail:
  // the sweep every minute, the owners' alerts every 5 minutes (tests call them themselves).
  const timers: NodeJS.Timeout[] = [];
  if (!deps.jobs && config.NODE_ENV !== 'test') {
    timers.push(
      setInterval(() => void jobs.sweepEmails().catch((err) => log.error({ err }, 'e-mail sweep failed')), 60_000),
      setInterval(() => void runAlertChecks(services).catch((err) => log.error({ err }, 'alerts failed')), 300_000),
    );
    for (const t of timers) t.unref();
  }

  const webIndex = path.join(config.WEB_DIST, 'index.html');
  if (config.SERVE_WEB && fs.existsSync(webIndex)) {
    app.use(express.static(config.WEB_DIST, { index: false, maxAge: '1h' }));
    // The API explorer (GraphiQL, bundled into the SPA's build: no CDN, works offline).
    const explorer = path.join(config.WEB_DIST, 'graphiql.html');
    app.get('/graphiql', (_req, res) => res.sendFile(explorer));
    app.get(/^\/(?!graphql|healthz|api\/).*/, (_req, res) => res.sendFile(webIndex));
  }

  app.use(jsonErrors(log));

  let server: Server | null = null;
  return {
    express: app,
    apollo,
    listen(port = config.PORT, host = config.HOST) {
      return new Promise((resolve, reject) => {
        const s = app.listen(port, host, (err?: Error) => {
          if (err) return reject(err);
          server = s;
          const addr = s.address();
          const p = typeof addr === 'object' && addr ? addr.port : port;
          resolve({ server: s, url: `http://${host}:${p}` });
        });
      });
    },
    async close() {
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      server?.closeAllConnections?.();
      await apollo.stop();
      for (const t of timers) clearInterval(t);
      await jobs.drain();
      await ownMailbox?.close();
    },
  };
}

/** `TRUST_PROXY`: `true`/`false`, a hop count, or addresses and subnets (`loopback, 10.0.0.0/8`). */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
