import { DomainError, UnauthenticatedError } from '../../core/errors.js';
import type { Ctx } from '../../core/context.js';
import { accessibleStores, ROLE_IN_STORE_SQL, type StoreRole } from '../tenancy/store-access.js';
import type { Role } from '../../core/roles.js';
import type { LoginInput, Me, UpdateProfileInput } from './auth.inputs.js';
import { assertNotLocked, clearAfterSignIn, recordFailure } from './login-throttle.js';
import { verifyAgainstDummy, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { sessionCookie } from './session-cookie.js';
import { renewSessionCookie, sessionTouch } from './sessions.js';
import { hashToken, newToken } from './tokens.js';
import { User, normalizeEmail } from './user.entity.js';

export { SESSION_COOKIE } from './session-cookie.js';

const INVALID = () =>
  new DomainError('INVALID_CREDENTIALS', 'The e-mail address or password is not correct.', 'UNAUTHENTICATED');

/** The columns of an entity's table the ORM reads by default (lazy ones left out). */
function columnsOf(ctx: Ctx, entity: typeof User): string[] {
  return ctx.em
    .getMetadata()
    .get(entity)
    .props.filter((p) => p.persist !== false && !p.lazy && p.fieldNames?.length && p.kind === 'scalar')
    .map((p) => p.fieldNames[0]!);
}

export class AuthService {
  /** Signs in; sets the session cookie. Wrong e-mail and wrong password answer alike. */
  async login(ctx: Ctx, input: LoginInput): Promise<Me> {
    const email = normalizeEmail(input.email);
    const ip = ctx.req?.ip ?? 'unknown';
    await assertNotLocked(ctx.em, email, ip);
    const user = await ctx.em
      .execute<{ id: string; password_hash: string }[]>(
        'select id, password_hash from app_user where lower(email) = ?',
        [email],
      )
      .then((r) => r[0]);
    const ok = user
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !ok) {
      await recordFailure(ctx.em, ctx.config, email, ip);
      ctx.log.info({ event: 'login_failed', ip }, 'sign-in refused');
      throw INVALID();
    }
    await clearAfterSignIn(ctx.em, email, ip);
    await this.startSession(ctx, user.id);
    return this.me(ctx);
  }

  /** Creates a session for the user and sets the cookie on the response. */
  async startSession(ctx: Ctx, userId: string): Promise<void> {
    const token = newToken();
    const session = ctx.em.create(Session, {
      user: userId,
      tokenHash: hashToken(ctx.config.SESSION_SECRET, token),
      expiresAt: new Date(Date.now() + ctx.config.SESSION_TTL_DAYS * 86_400_000),
      userAgent: ctx.req?.headers['user-agent']?.slice(0, 255) ?? null,
      ipAddress: ctx.req?.ip?.slice(0, 64) ?? null,
    });
    await ctx.em.flush();
    ctx.session = session;
    ctx.user = await ctx.em.findOneOrFail(User, userId);
    ctx.res?.append('Set-Cookie', sessionCookie(ctx, token, ctx.config.SESSION_TTL_DAYS * 86_400));
    ctx.log.info({ event: 'login', userId }, 'signed in');
  }

  /** Revokes the session in the database (the cookie alone is then worthless) and clears it. */
  async logout(ctx: Ctx): Promise<boolean> {
    if (ctx.session) {
      await ctx.em.nativeUpdate(Session, { id: ctx.session.id }, { revokedAt: new Date() });
    }
    ctx.res?.append('Set-Cookie', sessionCookie(ctx, '', 0));
    return true;
  }

  /**
   * The signed-in user for a cookie token, if the session is live. With `storeId`, the user's
   * role in that store comes in the same statement (one round trip per request instead of two);
   * it answers `null` when the user has none there, `undefined` when no store was asked about.
   */
  async authenticate(ctx: Ctx, token: string | undefined, storeId?: string): Promise<StoreRole | null | undefined> {
    if (!token) return undefined;
    const userColumns = columnsOf(ctx, User);
    const now = new Date();
    const touch = sessionTouch(ctx, now);
    // One statement: the live session, its user, the role in the named store, and the sliding
    // expiry's write when it is due (see sessionTouch).
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `with s as (
         select s.*, ${userColumns.map((c) => `u.${c} as "u__${c}"`).join(', ')}${
           storeId ? ', a.role as "a__role", a.merchant_owner as "a__merchant_owner"' : ''
         }
           from session s join app_user u on u.id = s.user_id
           ${storeId ? `left join lateral (${ROLE_IN_STORE_SQL.replaceAll(':user', 'u.id')}) a on true` : ''}
          where s.token_hash = ? and s.revoked_at is null and s.expires_at > ?
          limit 1),
       touched as (
         update session t set last_seen_at = ?, expires_at = greatest(t.expires_at, ?)
           from s where t.id = s.id and s.last_seen_at <= ? and t.revoked_at is null
         returning t.id)
       select s.*, exists (select 1 from touched) as "t__touched" from s`,
      [
        ...(storeId ? [storeId, storeId] : []),
        hashToken(ctx.config.SESSION_SECRET, token),
        now,
        now,
        touch.expiresAt,
        touch.stale,
      ],
    );
    const row = rows[0];
    if (!row) return storeId ? null : undefined;
    const user: Record<string, unknown> = {};
    const session: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      if (k.startsWith('u__')) user[k.slice(3)] = v;
      else if (!k.startsWith('a__') && !k.startsWith('t__')) session[k] = v;
    }
    // Managed entities, as `findOne(Session, …, { populate: ['user'] })` gave (user first, so the
    // session's reference is the loaded user).
    ctx.user = ctx.em.map(User, user);
    ctx.session = ctx.em.map(Session, session);
    if (row.t__touched === true) renewSessionCookie(ctx, token);
    if (!storeId) return undefined;
    return row.a__role ? { role: row.a__role as Role, merchantOwner: row.a__merchant_owner === true } : null;
  }

  async me(ctx: Ctx): Promise<Me> {
    if (!ctx.user) throw new UnauthenticatedError();
    const stores = await accessibleStores(ctx.em, ctx.user.id);
    // The managed entity the session's statement loaded: found in the identity map, no query.
    const user = await ctx.em.findOneOrFail(User, ctx.user.id);
    return { user, stores, activeStore: stores.find((s) => s.store.id === ctx.storeId) ?? null };
  }

  async updateProfile(ctx: Ctx, input: UpdateProfileInput): Promise<User> {
    if (!ctx.user) throw new UnauthenticatedError();
    const user = await ctx.em.findOneOrFail(User, ctx.user.id);
    if (input.name !== undefined) user.name = input.name.trim();
    if (input.locale) user.locale = input.locale;
    await ctx.em.flush();
    return user;
  }
}
