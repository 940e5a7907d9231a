import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../core/transaction.js';
import type { Ctx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { mailLanguage } from '../mail/email-layout.js';
import { t } from '../mail/email-texts.js';
import { queueEmail } from '../mail/outbox.js';
import { EmailKind } from '../mail/outbound-email.entity.js';
import type { Me } from './auth.inputs.js';
import { AuthService } from './auth.service.js';
import { hashPassword } from './password.js';
import { PasswordReset } from './password-reset.entity.js';
import { hashToken, newToken } from './tokens.js';
import { User, normalizeEmail } from './user.entity.js';

export const RESET_VALID_MS = 60 * 60 * 1000;
/** Reset requests per window (LOGIN_LOCK_MINUTES): for one address, and from one network address. */
export const RESET_MAX_PER_EMAIL = 5;
export const RESET_MAX_PER_IP = 20;
/**
 * Every request answers after at least this long, whether or not the address has an account, so
 * the time taken does not tell (the account's path writes a token and renders a message).
 */
const ANSWER_FLOOR_MS = 400;

const auth = new AuthService();

/**
 * Counts a reset request in the sign-in throttle table (its own subjects), whether or not an account
 * exists, and refuses once a window's count is over the cap. One atomic upsert per counter.
 */
async function countRequest(em: EntityManager, minutes: number, email: string, ip: string): Promise<void> {
  for (const [subject, cap] of [
    [`reset-email:${email}`, RESET_MAX_PER_EMAIL],
    [`reset-ip:${ip}`, RESET_MAX_PER_IP],
  ] as const) {
    const [row] = await em.execute<{ failures: number; seconds: number }[]>(
      `insert into login_throttle (subject, failures, window_started_at)
       values (?, 1, now())
       on conflict (subject) do update set
         failures = case when login_throttle.window_started_at < now() - make_interval(mins => ?)
                         then 1 else login_throttle.failures + 1 end,
         window_started_at = case when login_throttle.window_started_at < now() - make_interval(mins => ?)
                         then now() else login_throttle.window_started_at end
       returning failures,
         ceil(extract(epoch from window_started_at + make_interval(mins => ?) - now()))::int as seconds`,
      [subject, minutes, minutes, minutes],
    );
    if (row && row.failures > cap) {
      const m = Math.max(1, Math.ceil(row.seconds / 60));
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        `Too many password reset requests. Try again in ${m} minute${m === 1 ? '' : 's'}.`,
        'TOO_MANY_REQUESTS',
        { retryAfterSeconds: row.seconds },
      );
    }
  }
}

/**
 * "Forgot password?": mails a single-use link valid one hour when the address has an account. The
 * answer is the same (true), and takes the same time, whether or not it has one.
 */
export async function requestPasswordReset(ctx: Ctx, rawEmail: string): Promise<boolean> {
  const started = performance.now();
  const email = normalizeEmail(rawEmail);
  const ip = ctx.req?.ip ?? 'unknown';
  await countRequest(ctx.em, ctx.config.LOGIN_LOCK_MINUTES, email, ip);
  const user = await ctx.em.findOne(User, { email: { $ilike: email.replace(/([\\%_])/g, '\\$1') } });
  let emailId: string | null = null;
  if (user) {
    emailId = await inTransaction(ctx, async (tx) => {
      const token = newToken();
      const now = ctx.clock.now();
      // A new link replaces any earlier one still unused.
      await tx.em.nativeUpdate(PasswordReset, { user: user.id, usedAt: null }, { usedAt: now });
      tx.em.create(PasswordReset, {
        user: user.id,
        tokenHash: hashToken(ctx.config.SESSION_SECRET, token),
        expiresAt: new Date(now.getTime() + RESET_VALID_MS),
      });
      const lang = mailLanguage(user.locale);
      const url = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      const row = await queueEmail(tx.em, ctx.config, {
        storeId: null,
        kind: EmailKind.PASSWORD_RESET,
        subjectId: user.id,
        to: user.email,
        fromName: 'Orion',
        subject: t(lang, 'resetSubject'),
        content: {
          language: lang,
          letterhead: 'Orion',
          heading: t(lang, 'resetHeading'),
          paragraphs: [t(lang, 'resetBody', { email: user.email }), t(lang, 'resetExpiry')],
          button: { label: t(lang, 'resetButton'), url },
          footer: t(lang, 'resetFooter'),
        },
        sensitive: true,
      });
      return row.id;
    });
    await ctx.jobs.sendEmail(emailId);
  }
  ctx.log.info({ event: 'password_reset_requested', ip, known: !!user }, 'password reset requested');
  const rest = ANSWER_FLOOR_MS + crypto.randomInt(50) - (performance.now() - started);
  if (rest > 0) await new Promise((r) => setTimeout(r, rest));
  return true;
}

/**
 * Sets a new password with a reset link's token: the link is used up, every session of the
 * account is signed out, and this browser is signed in afresh.
 */
export async function resetPassword(ctx: Ctx, token: string, password: string): Promise<Me> {
  const passwordHash = await hashPassword(password);
  const userId = await inTransaction(ctx, async (tx) => {
    const reset = await tx.em.findOne(
      PasswordReset,
      { tokenHash: hashToken(ctx.config.SESSION_SECRET, token) },
      { lockMode: 4 /* pessimistic write */ },
    );
    if (!reset || reset.usedAt) {
      throw new DomainError(
        'PASSWORD_RESET_INVALID',
        'This password reset link is not valid (anymore). Ask for a new one.',
        'BAD_USER_INPUT',
        { fields: { token: 'is not valid or was already used' } },
      );
    }
    const now = ctx.clock.now();
    if (reset.expiresAt <= now) {
      throw new DomainError(
        'PASSWORD_RESET_EXPIRED',
        'This password reset link has expired (links are valid for one hour). Ask for a new one.',
        'BAD_USER_INPUT',
        { fields: { token: 'has expired' } },
      );
    }
    reset.usedAt = now;
    await tx.em.flush();
    await tx.em.execute('update app_user set password_hash = ?, updated_at = now() where id = ?', [
      passwordHash,
      reset.user.id,
    ]);
    await signOutEverywhere(tx.em, reset.user.id, now);
    return reset.user.id;
  });
  ctx.log.info({ event: 'password_reset', userId }, 'password reset; every session signed out');
  await auth.startSession(ctx, userId);
  return auth.me(ctx);
}

/** Revokes every live session of the user. */
export async function signOutEverywhere(em: EntityManager, userId: string, now: Date): Promise<number> {
  const r = await em.execute<{ id: string }[]>(
    'update session set revoked_at = ? where user_id = ? and revoked_at is null returning id',
    [now, userId],
  );
  return r.length;
}
