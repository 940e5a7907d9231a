import type { NextFunction, Request, Response } from 'express';
import { assertStorePermission } from '../../core/auth-checker.js';
import { buildContext } from './request-context.js';
import type { AppServices } from '../../core/services.js';
import type { Ctx } from '../../core/context.js';
import { DomainError, logIfUncatalogued } from '../../core/errors.js';
import type { Permission } from '../../core/permissions.js';
import type { Logger } from '../../logger.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * A plain HTTP route (downloads, uploads) authorised exactly like the GraphQL operations: the
 * same session cookie, the same store header (or `?store=` for links the browser opens), the
 * same permission check. Domain errors answer as JSON `{ error: { code, reason, message } }`.
 */
export function storeRoute(
  deps: AppServices,
  permissions: Permission[],
  handler: (ctx: Ctx & { storeId: string }, req: Request, res: Response) => Promise<void>,
) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!req.get('x-store-id') && typeof req.query.store === 'string') req.headers['x-store-id'] = req.query.store;
      const ctx = await buildContext(deps, req, res);
      assertStorePermission(ctx, permissions);
      await handler(ctx, req, res);
    } catch (err) {
      if (err instanceof DomainError && !res.headersSent) {
        logIfUncatalogued((req as Request & { log: Logger }).log, err);
        res
          .status(STATUS[err.kind] ?? 400)
          .json({ error: { code: err.kind, reason: err.code, message: err.message, ...err.details } });
        return;
      }
      next(err);
    }
  };
}
