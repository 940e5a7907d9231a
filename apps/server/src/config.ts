import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root (apps/server/src|dist → ../../..). */
export const repoRoot = path.resolve(here, '../../..');

const DEV_SECRET = 'orion-development-secret-do-not-use-in-production';
const DEV_API_KEY_SECRET = 'orion-development-api-key-secret-do-not-use';
const DEV_ENCRYPTION_KEY = 'b3Jpb24tZGV2ZWxvcG1lbnQta2V5LTMyLWJ5dGVzISE='; // 32 bytes, base64

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SECRET),
    // HMAC key of the stored API key hashes (changing it invalidates every key).
    API_KEY_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_API_KEY_SECRET),
    SESSION_TTL_DAYS: z.coerce.number().int().positive().default(30),
    // Sliding expiry: a session's last use is written (and its expiry moved) at most this often.
    SESSION_TOUCH_MINUTES: z.coerce.number().int().positive().default(5),
    // Default: true in production (the session cookie is then sent over HTTPS only), false otherwise.
    COOKIE_SECURE: bool.optional(),
    ENCRYPTION_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .default(DEV_ENCRYPTION_KEY),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: bool.default(false),
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
    LOGIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(50),
    // Express's "trust proxy": whose X-Forwarded-For gives the client's address (sign-in throttling, logs).
    TRUST_PROXY: z.string().trim().min(1).default('loopback'),
    SEED_DEMO: bool.default(true),
    JOBS_ENABLED: bool.default(true),
    SERVE_WEB: bool.default(true),
    WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
    LETZSHOP_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    LETZSHOP_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
    LETZSHOP_BACKOFF_MS: z.coerce.number().int().min(0).default(500),
    LETZSHOP_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(100),
    LETZSHOP_STALE_SECONDS: z.coerce.number().int().positive().default(120),
    // Hosts the Letzshop endpoint may point to (https only). Outside production the simulator's
    // loopback address (http or https) is allowed too.
    LETZSHOP_ALLOWED_HOSTS: z
      .string()
      .default('letzshop.lu')
      .transform((v) =>
        v
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    LETZSHOP_SIM: bool.default(true),
    LETZSHOP_SIM_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(12),
    // Who may read the schema (introspection): `everyone`, or `signed-in` (the default in production).
    GRAPHQL_INTROSPECTION: z.enum(['everyone', 'signed-in']).optional(),
    // The most an operation may cost (graphql/query-cost.ts); above it, refused before any resolver runs.
    GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(1000),
    // EU VIES (VAT numbers): a URL, `simulator` (start the built-in simulator, for the demo) or `off`.
    VIES_URL: z
      .string()
      .refine((v) => v === 'simulator' || v === 'off' || /^https?:\/\//.test(v), 'must be a URL, simulator or off')
      .optional(),
    VIES_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
    VIES_VALID_DAYS: z.coerce.number().int().min(0).default(30),
    // Outgoing mail: an SMTP URL, or unset for the built-in development mailbox (never in production).
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, 'must be an smtp:// or smtps:// URL (smtp://user:pass@host:587)')
      .optional(),
    MAIL_FROM: z.string().email('must be an e-mail address').optional(),
    MAIL_DEV_PORT: z.coerce.number().int().min(0).max(65535).default(4025),
    MAIL_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    MAIL_BACKOFF_MS: z.coerce.number().int().min(0).default(30_000),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.SESSION_SECRET === DEV_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'must be set in production' });
    }
    if (c.NODE_ENV === 'production' && c.API_KEY_SECRET === DEV_API_KEY_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['API_KEY_SECRET'], message: 'must be set in production' });
    }
    if (c.NODE_ENV === 'production' && c.ENCRYPTION_KEY === DEV_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['ENCRYPTION_KEY'], message: 'must be set in production' });
    }
    if (c.NODE_ENV === 'production' && !c.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'must be set in production (smtp://user:pass@host:587 or smtps://…): Orion sends invoices, invitations and password resets by e-mail',
      });
    }
    if (c.NODE_ENV === 'production' && !c.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'must be set in production (the sender address)' });
    }
  });

/** The Commission's VIES REST service. */
export const VIES_PUBLIC_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api';

type Defaulted = 'VIES_URL' | 'COOKIE_SECURE' | 'GRAPHQL_INTROSPECTION' | 'MAIL_FROM';
export type Config = Omit<z.infer<typeof schema>, Defaulted> & {
  publicUrl: string;
  VIES_URL: string;
  COOKIE_SECURE: boolean;
  GRAPHQL_INTROSPECTION: 'everyone' | 'signed-in';
  MAIL_FROM: string;
};

export class ConfigError extends Error {}

/** Reads every setting once from the environment; throws one message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    publicUrl: c.PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`,
    COOKIE_SECURE: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    GRAPHQL_INTROSPECTION: c.GRAPHQL_INTROSPECTION ?? (c.NODE_ENV === 'production' ? 'signed-in' : 'everyone'),
    MAIL_FROM: c.MAIL_FROM ?? 'orion@localhost',
    // Only production reaches the real VIES by default; development (the demo) uses the simulator, tests none.
    VIES_URL:
      c.VIES_URL ?? (c.NODE_ENV === 'production' ? VIES_PUBLIC_URL : c.NODE_ENV === 'test' ? 'off' : 'simulator'),
  };
}
