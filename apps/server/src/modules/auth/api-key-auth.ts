import crypto from 'node:crypto';
import { newId } from '../../core/base.entity.js';
import type { Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { Permission } from '../../core/permissions.js';
import { TENANT_FILTER } from '../../core/tenant-filter.js';
import { assertNetworkNotLocked, recordNetworkFailure } from './login-throttle.js';

/** Every key starts so: a leaked key is easy to search for (secret scanners, logs). */
export const API_KEY_PREFIX = 'orion_sk_';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_SHAPE = /^orion_sk_[0-9A-Za-z]{1,64}$/;

function base62(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = BASE62[Number(n % 62n)] + out;
    n /= 62n;
  }
  // 32 bytes are at most 43 base-62 digits; pad so every key has the same length.
  return out.padStart(43, '0');
}

/** A new key: `orion_sk_` + 32 random bytes in base 62. Only its hash and display form are kept. */
export const newApiKey = (): string => API_KEY_PREFIX + base62(crypto.randomBytes(32));

export const hashApiKey = (secret: string, key: string): string =>
  crypto.createHmac('sha256', secret).update(key).digest('hex');

/** What the key is shown as once its secret part is gone: `orion_sk_ab12…x9z`. */
export const displayForm = (key: string): string => `${key.slice(0, API_KEY_PREFIX.length + 4)}…${key.slice(-3)}`;

const invalid = () =>
  new DomainError('API_KEY_INVALID', 'This API key is not valid (unknown, revoked or expired).', 'UNAUTHENTICATED');

/** The bearer token of the request, when it sends one. */
export function bearerToken(ctx: Ctx): string | null {
  const header = ctx.req?.get('authorization');
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : '';
}

interface KeyRow {
  id: string;
  store_id: string;
  name: string;
  scopes: string[];
  user_id: string;
  email: string;
  user_name: string;
  locale: string;
}

/**
 * Authenticates a request by its API key: the key's store becomes the store (another
 * `x-store-id` is refused), its scopes the permissions, its creator the acting user. Read from
 * the database on every request (no cache), so a revocation holds from the next request on.
 * Wrong, revoked and expired keys get one answer and count like failed sign-ins.
 */
export async function authenticateApiKey(ctx: Ctx, token: string, storeHeader: string | undefined): Promise<void> {
  const ip = ctx.req?.ip ?? 'unknown';
  await assertNetworkNotLocked(ctx.em, ip);
  const now = ctx.clock.now();
  const row = KEY_SHAPE.test(token)
    ? await ctx.em
        .execute<KeyRow[]>(
          `select k.id, k.store_id, k.name, k.scopes, u.id as user_id, u.email, u.name as user_name, u.locale
             from api_key k join app_user u on u.id = k.created_by_id
            where k.key_hash = ? and k.revoked_at is null
              and (k.expires_at is null or k.expires_at > ?)
              and (k.grace_ends_at is null or k.grace_ends_at > ?)`,
          [hashApiKey(ctx.config.API_KEY_SECRET, token), now, now],
        )
        .then((r) => r[0])
    : undefined;
  if (!row) {
    await recordNetworkFailure(ctx.em, ctx.config, ip);
    ctx.log.info({ event: 'api_key_refused', ip }, 'API key refused');
    throw invalid();
  }
  const known = new Set(Object.values(Permission) as string[]);
  ctx.apiKey = {
    id: row.id,
    name: row.name,
    scopes: new Set(row.scopes.filter((s) => known.has(s)) as Permission[]),
  };
  ctx.user = { id: row.user_id, email: row.email, name: row.user_name, locale: row.locale };
  if (storeHeader && storeHeader.toLowerCase() !== row.store_id) {
    ctx.storeProblem = 'not_member';
  } else {
    ctx.storeId = row.store_id;
    ctx.storeProblem = null;
    ctx.em.setFilterParams(TENANT_FILTER, { storeId: row.store_id });
  }
  ctx.log = ctx.log.child({ apiKeyId: row.id, storeId: ctx.storeId ?? undefined });
  const started = performance.now();
  ctx.res?.once('finish', () => {
    void recordKeyUse(ctx, row.id, row.store_id, ip, now, performance.now() - started).catch((err) =>
      ctx.log.warn({ err }, 'API key request log failed'),
    );
  });
}

/** One statement per request: the request log's row and the key's last use. */
async function recordKeyUse(ctx: Ctx, keyId: string, storeId: string, ip: string, at: Date, ms: number) {
  const path = ctx.req?.originalUrl.split('?')[0] ?? '';
  const operation = ctx.operationName ?? (path.startsWith('/graphql') ? null : `${ctx.req?.method} ${path}`);
  await ctx.em.getConnection().execute(
    `with logged as (
       insert into api_key_request (id, store_id, api_key_id, created_at, updated_at, operation_name, cost, status, duration_ms, ip_address)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning 1)
     update api_key set last_used_at = ?, last_used_ip = ? where id = ?`,
    [
      newId(),
      storeId,
      keyId,
      at,
      at,
      operation?.slice(0, 200) ?? null,
      ctx.actualCost ?? ctx.queryCost ?? 0,
      ctx.res?.statusCode ?? 0,
      Math.round(ms * 100) / 100,
      ip.slice(0, 64),
      at,
      ip.slice(0, 64),
      keyId,
    ],
  );
}
