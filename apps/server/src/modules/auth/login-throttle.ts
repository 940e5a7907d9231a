import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { DomainError } from '../../core/errors.js';

/**
 * Sign-in throttling, in three counters (each a window of LOGIN_LOCK_MINUTES that locks for as long
 * when full):
 * - an e-mail address from one network address: LOGIN_MAX_FAILURES — the usual lock-out, which
 *   someone elsewhere cannot use to lock the owner of the address out;
 * - a network address, whatever the e-mails: LOGIN_MAX_FAILURES_PER_IP — one client trying many
 *   addresses (credential stuffing);
 * - an e-mail address from anywhere: LOGIN_MAX_FAILURES_PER_EMAIL — guessing one account's
 *   password from many addresses.
 * A successful sign-in clears the first and the last for that address, never the network's.
 */
type Limit = 'LOGIN_MAX_FAILURES' | 'LOGIN_MAX_FAILURES_PER_IP' | 'LOGIN_MAX_FAILURES_PER_EMAIL';

function subjects(email: string, ip: string): { subject: string; limit: Limit; message: string }[] {
  const forEmail = 'Too many failed sign-ins for this e-mail address.';
  return [
    { subject: `email-ip:${email}|${ip}`, limit: 'LOGIN_MAX_FAILURES', message: forEmail },
    { subject: `ip:${ip}`, limit: 'LOGIN_MAX_FAILURES_PER_IP', message: 'Too many failed sign-ins from your network.' },
    { subject: `email:${email}`, limit: 'LOGIN_MAX_FAILURES_PER_EMAIL', message: forEmail },
  ];
}

export async function assertNotLocked(em: EntityManager, email: string, ip: string): Promise<void> {
  const all = subjects(email, ip);
  const rows = await em.execute<{ subject: string; seconds: number }[]>(
    `select subject, ceil(extract(epoch from locked_until - now()))::int as seconds
       from login_throttle where subject in (?) and locked_until > now() order by locked_until desc`,
    [all.map((s) => s.subject)],
  );
  const row = rows[0];
  if (!row) return;
  const minutes = Math.max(1, Math.ceil(row.seconds / 60));
  const message = all.find((s) => s.subject === row.subject)!.message;
  throw new DomainError(
    'TOO_MANY_ATTEMPTS',
    `${message} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    'TOO_MANY_REQUESTS',
    { retryAfterSeconds: row.seconds },
  );
}

/** One atomic upsert per counter: counts failures within the window and locks when one is full. */
export async function recordFailure(em: EntityManager, config: Config, email: string, ip: string): Promise<void> {
  const minutes = config.LOGIN_LOCK_MINUTES;
  for (const { subject, limit } of subjects(email, ip)) {
    await em.execute(
      `insert into login_throttle (subject, failures, window_started_at, locked_until)
       values (?, 1, now(), case when 1 >= ? then now() + make_interval(mins => ?) end)
       on conflict (subject) do update set
         failures = case when login_throttle.window_started_at < now() - make_interval(mins => ?)
                         then 1 else login_throttle.failures + 1 end,
         window_started_at = case when login_throttle.window_started_at < now() - make_interval(mins => ?)
                         then now() else login_throttle.window_started_at end,
         locked_until = case when login_throttle.window_started_at >= now() - make_interval(mins => ?)
                              and login_throttle.failures + 1 >= ?
                         then now() + make_interval(mins => ?) else login_throttle.locked_until end`,
      [subject, config[limit], minutes, minutes, minutes, minutes, config[limit], minutes],
    );
  }
  // Slow down guessing a little even before a lock.
  await new Promise((r) => setTimeout(r, 150 + crypto.randomInt(100)));
}

export async function clearAfterSignIn(em: EntityManager, email: string, ip: string): Promise<void> {
  const [pair, , anywhere] = subjects(email, ip);
  await em.execute('delete from login_throttle where subject in (?)', [[pair!.subject, anywhere!.subject]]);
}

/**
 * Bad API keys count like failed sign-ins against the network address (LOGIN_MAX_FAILURES_PER_IP):
 * the same counter, so guessing keys and guessing passwords share one allowance.
 */
export async function assertNetworkNotLocked(em: EntityManager, ip: string): Promise<void> {
  const rows = await em.execute<{ seconds: number }[]>(
    `select ceil(extract(epoch from locked_until - now()))::int as seconds
       from login_throttle where subject = ? and locked_until > now()`,
    [`ip:${ip}`],
  );
  const row = rows[0];
  if (!row) return;
  const minutes = Math.max(1, Math.ceil(row.seconds / 60));
  throw new DomainError(
    'TOO_MANY_ATTEMPTS',
    `Too many failed attempts from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    'TOO_MANY_REQUESTS',
    { retryAfterSeconds: row.seconds },
  );
}

export async function recordNetworkFailure(em: EntityManager, config: Config, ip: string): Promise<void> {
  const minutes = config.LOGIN_LOCK_MINUTES;
  const max = config.LOGIN_MAX_FAILURES_PER_IP;
  await em.execute(
    `insert into login_throttle (subject, failures, window_started_at, locked_until)
     values (?, 1, now(), case when 1 >= ? then now() + make_interval(mins => ?) end)
     on conflict (subject) do update set
       failures = case when login_throttle.window_started_at < now() - make_interval(mins => ?)
                       then 1 else login_throttle.failures + 1 end,
       window_started_at = case when login_throttle.window_started_at < now() - make_interval(mins => ?)
                       then now() else login_throttle.window_started_at end,
       locked_until = case when login_throttle.window_started_at >= now() - make_interval(mins => ?)
                            and login_throttle.failures + 1 >= ?
                       then now() + make_interval(mins => ?) else login_throttle.locked_until end`,
    [`ip:${ip}`, max, minutes, minutes, minutes, minutes, max, minutes],
  );
  await new Promise((r) => setTimeout(r, 150 + crypto.randomInt(100)));
}
