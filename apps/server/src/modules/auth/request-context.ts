import crypto from 'node:crypto';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { Logger } from '../../logger.js';
import type { DevMailbox } from '../mail/dev-mailbox.js';
import { authenticateApiKey, bearerToken } from './api-key-auth.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { roleInStore, type StoreRole } from '../tenancy/store-access.js';
import { TENANT_FILTER } from '../../core/tenant-filter.js';
import type { Ctx } from '../../core/context.js';
import type { AppServices } from '../../core/services.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const auth = new AuthService();

export const STORE_HEADER = 'x-store-id';

/** Builds the per-request context: a fresh EntityManager fork, the session's user, the checked store. */
export async function buildContext(
  deps: AppServices & { mailbox?: DevMailbox | null },
  req: Request,
  res: Response,
): Promise<Ctx> {
  const ctx = newContext(deps, req, res);
  await authenticateRequest(ctx);
  return ctx;
}

/**
 * The context before anything was read from the database (no user yet). GraphQL builds this one
 * and authenticates only once the operation was validated and found affordable, so a refused
 * operation costs no SQL statement.
 */
export function newContext(deps: AppServices & { mailbox?: DevMailbox | null }, req: Request, res: Response): Ctx {
  return {
    requestId: (req as Request & { id: string }).id ?? crypto.randomUUID(),
    log: (req as Request & { log: Logger }).log,
    config: deps.config,
    clock: deps.clock,
    jobs: deps.jobs,
    mailbox: deps.mailbox ?? null,
    em: deps.orm.em.fork(),
    user: null,
    session: null,
    storeId: null,
    role: null,
    storeProblem: null,
    viaMerchantOwnership: false,
    req,
    res,
  };
}

/**
 * Reads the API key (`Authorization: Bearer`), or else the session cookie and the store header
 * of `ctx.req`: sets the user, the session and the checked store.
 */
export async function authenticateRequest(ctx: Ctx): Promise<void> {
  const req = ctx.req;
  if (!req) return;
  // A key request ignores cookies: the key alone says who calls and for which store.
  const token = bearerToken(ctx);
  if (token !== null) return authenticateApiKey(ctx, token, req.get(STORE_HEADER));
  const cookies = parseCookie(req.headers.cookie ?? '');
  const storeId = req.get(STORE_HEADER);
  // The session and the role in the named store come in one statement.
  const access = await auth.authenticate(
    ctx,
    cookies[SESSION_COOKIE],
    storeId && UUID.test(storeId) ? storeId : undefined,
  );
  await bindStore(ctx, storeId, access);
  if (ctx.user) ctx.log = ctx.log.child({ userId: ctx.user.id, storeId: ctx.storeId ?? undefined });
}

/**
 * Sets `ctx.storeId` only when the user may use the named store, and binds the tenant filter to it.
 * `known` is the user's role there when already looked up (null: none), else it is queried.
 */
export async function bindStore(ctx: Ctx, storeId: string | undefined, known?: StoreRole | null): Promise<void> {
  if (!storeId) {
    ctx.storeProblem = 'none';
    return;
  }
  if (!UUID.test(storeId)) {
    ctx.storeProblem = 'invalid';
    return;
  }
  if (!ctx.user) return;
  const access = known !== undefined ? known : await roleInStore(ctx.em, ctx.user.id, storeId);
  if (!access) {
    ctx.storeProblem = 'not_member';
    return;
  }
  ctx.storeId = storeId;
  ctx.role = access.role;
  ctx.viaMerchantOwnership = access.merchantOwner;
  ctx.storeProblem = null;
  ctx.em.setFilterParams(TENANT_FILTER, { storeId });
}
