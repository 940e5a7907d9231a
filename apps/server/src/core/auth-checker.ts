import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError, DomainError } from './errors.js';
import type { Ctx } from './context.js';
import { type Permission, roleHas } from './permissions.js';

/**
 * Throws unless the request may use the active store with every given permission. `field` names
 * a refused field below the root (`Order.customer`) in the error's details.
 */
export function assertStorePermission(
  ctx: Ctx,
  permissions: readonly Permission[],
  field?: string,
): asserts ctx is Ctx & { storeId: string } {
  if (!ctx.user) throw new UnauthenticatedError();
  if (!ctx.storeId || (!ctx.role && !ctx.apiKey)) {
    if (ctx.storeProblem === 'not_member' || ctx.storeProblem === 'invalid') {
      throw new ForbiddenError('You do not have access to this store.', 'STORE_ACCESS_DENIED');
    }
    throw new DomainError(
      'STORE_REQUIRED',
      'Choose a store first (send its id in the x-store-id header).',
      'BAD_USER_INPUT',
    );
  }
  const missing = permissions.filter((p) => !may(ctx, p));
  if (missing.length > 0) {
    throw new ForbiddenError(
      ctx.apiKey
        ? `This API key's scopes do not allow this. It needs: ${missing.join(', ')}.`
        : `Your role (${ctx.role}) does not allow this. It needs: ${missing.join(', ')}.`,
      'PERMISSION_DENIED',
      field ? { missing, field } : { missing },
    );
  }
}

/** Whether the request holds a permission in its store: an API key's scopes, else the member's role. */
export function may(ctx: Ctx, permission: Permission): boolean {
  if (ctx.apiKey) return ctx.apiKey.scopes.has(permission);
  return ctx.role !== null && roleHas(ctx.role, permission);
}

/**
 * The one auth checker. `@Authorized()` = signed in; `@Authorized(Permission.X, …)` = signed in,
 * a member of the active store, and the member's role grants every permission listed.
 */
export class AuthChecker implements AuthCheckerInterface<Ctx> {
  check({ context, info }: ResolverData<Ctx>, permissions: Permission[]): boolean {
    if (!context.user) throw new UnauthenticatedError();
    if (permissions.length === 0) {
      // Operations of a person (their profile, sessions, stores) are not for API keys.
      if (context.apiKey) {
        throw new ForbiddenError('API keys cannot use this operation; sign in as a person.', 'API_KEY_NOT_ALLOWED');
      }
      return true;
    }
    const root = info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
    assertStorePermission(context, permissions, root ? undefined : `${info.parentType.name}.${info.fieldName}`);
    return true;
  }
}
