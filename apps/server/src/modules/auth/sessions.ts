import { inTransaction } from '../../core/transaction.js';
import type { Ctx } from '../../core/context.js';
import { DomainError, NotFoundError, UnauthenticatedError } from '../../core/errors.js';
import { sessionCookie } from './session-cookie.js';
import { assertNotLocked, recordFailure } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import type { SessionInfo } from './session.inputs.js';
import { normalizeEmail } from './user.entity.js';

const signedIn = (ctx: Ctx) => {
  if (!ctx.user || !ctx.session) throw new UnauthenticatedError();
  return { user: ctx.user, session: ctx.session };
};

/**
 * Sliding expiry: a session used again more than SESSION_TOUCH_MINUTES after it was last seen gets
 * `last_seen_at` now and its expiry moved to a full SESSION_TTL_DAYS from now (the cookie too). At
 * most one write per session in that interval — the condition keeps concurrent requests to one —
 * and none on the requests in between. The write is part of the statement that reads the session
 * (`AuthService.authenticate`), so a request costs no extra round trip for it.
 */
export function sessionTouch(ctx: Ctx, now: Date): { stale: Date; expiresAt: Date } {
  return {
    stale: new Date(now.getTime() - ctx.config.SESSION_TOUCH_MINUTES * 60_000),
    expiresAt: new Date(now.getTime() + ctx.config.SESSION_TTL_DAYS * 86_400_000),
  };
}

/** After a touch, the cookie lives as long as the session again. */
export function renewSessionCookie(ctx: Ctx, token: string): void {
  ctx.res?.append('Set-Cookie', sessionCookie(ctx, token, ctx.config.SESSION_TTL_DAYS * 86_400));
}

/** The user's live sessions, most recently used first. */
export async function listSessions(ctx: Ctx, first: number): Promise<SessionInfo[]> {
  const { user, session } = signedIn(ctx);
  const rows = await ctx.em.execute<
    {
      id: string;
      created_at: Date;
      last_seen_at: Date;
      expires_at: Date;
      user_agent: string | null;
      ip_address: string | null;
    }[]
  >(
    `select id, created_at, last_seen_at, expires_at, user_agent, ip_address from session
      where user_id = ? and revoked_at is null and expires_at > ?
      order by last_seen_at desc, id desc limit ?`,
    [user.id, new Date(), first],
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.created_at),
    lastSeenAt: new Date(r.last_seen_at),
    expiresAt: new Date(r.expires_at),
    userAgent: r.user_agent,
    ipAddress: r.ip_address,
    current: r.id === session.id,
  }));
}

/** Ends one of the user's own sessions (another user's answers as unknown). */
export async function revokeSession(ctx: Ctx, id: string): Promise<boolean> {
  const { user, session } = signedIn(ctx);
  const revoked = await ctx.em.execute<{ id: string }[]>(
    'update session set revoked_at = ? where id = ? and user_id = ? and revoked_at is null returning id',
    [new Date(), id, user.id],
  );
  if (!revoked.length) throw new NotFoundError('Session', id);
  if (id === session.id) ctx.res?.append('Set-Cookie', sessionCookie(ctx, '', 0));
  ctx.log.info({ event: 'session_revoked', sessionId: id }, 'session revoked');
  return true;
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<number> {
  const { user } = signedIn(ctx);
  const revoked = await ctx.em.execute<{ id: string }[]>(
    'update session set revoked_at = ? where user_id = ? and revoked_at is null returning id',
    [new Date(), user.id],
  );
  ctx.res?.append('Set-Cookie', sessionCookie(ctx, '', 0));
  ctx.log.info({ event: 'signed_out_everywhere', sessions: revoked.length }, 'signed out everywhere');
  return revoked.length;
}

/**
 * Changes the password after checking the current one — counted by the sign-in throttle like a
 * sign-in, so a borrowed session cannot guess it — and signs out every other session.
 */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<number> {
  const { user, session } = signedIn(ctx);
  const email = normalizeEmail(user.email);
  const ip = ctx.req?.ip ?? 'unknown';
  await assertNotLocked(ctx.em, email, ip);
  const [row] = await ctx.em.execute<{ password_hash: string }[]>('select password_hash from app_user where id = ?', [
    user.id,
  ]);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    await recordFailure(ctx.em, ctx.config, email, ip);
    throw new DomainError('WRONG_CURRENT_PASSWORD', 'The current password is not correct.', 'BAD_USER_INPUT', {
      fields: { currentPassword: 'is not your current password' },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const others = await inTransaction(ctx, async (tx) => {
    await tx.em.execute('update app_user set password_hash = ?, updated_at = ? where id = ?', [
      passwordHash,
      new Date(),
      user.id,
    ]);
    return tx.em.execute<{ id: string }[]>(
      'update session set revoked_at = ? where user_id = ? and id <> ? and revoked_at is null returning id',
      [new Date(), user.id, session.id],
    );
  });
  ctx.log.info({ event: 'password_changed', otherSessionsSignedOut: others.length }, 'password changed');
  return others.length;
}
