import type { MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { attachmentBytes } from './attachment-sources.js';
import { EmailStatus, OutboundEmail } from './outbound-email.entity.js';

export interface MailDeps {
  orm: MikroORM;
  config: Config;
  log: Logger;
}

/** A message claimed this long ago and never finished was being sent by a process that died. */
const STALE_CLAIM_SECONDS = 600;
const REDACTED = '(removed after sending: it held a single-use link)';

const transports = new Map<string, Transporter>();
function transport(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    const u = new URL(url);
    const secure = u.protocol === 'smtps:';
    t = nodemailer.createTransport({
      host: u.hostname,
      port: u.port ? Number(u.port) : secure ? 465 : 587,
      secure,
      auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(url, t);
  }
  return t;
}

/** The wait before attempt `n + 1`: MAIL_BACKOFF_MS doubled per failed attempt. */
export const backoffMs = (config: Config, attempts: number) => config.MAIL_BACKOFF_MS * 2 ** (attempts - 1);

export type DeliveryResult = { status: 'sent' | 'failed' | 'skipped' } | { status: 'retry'; retryInMs: number };

/**
 * One attempt at sending one outbox message. The row is claimed with a conditional update
 * (queued and due, or a claim gone stale), so two workers or a job and the sweep never send it
 * at the same time, and a sent message is never sent again. The Message-ID is the row's, the same
 * on every attempt, so a receiver can drop the duplicate of an attempt whose answer was lost.
 */
export async function deliverEmail(deps: MailDeps, id: string): Promise<DeliveryResult> {
  const em = deps.orm.em.fork();
  const claimed = await em.execute<{ id: string }[]>(
    `update outbound_email set status = 'sending', attempts = attempts + 1, claimed_at = now()
      where id = ? and ((status = 'queued' and next_attempt_at <= now())
                     or (status = 'sending' and claimed_at < now() - make_interval(secs => ?)))
      returning id`,
    [id, STALE_CLAIM_SECONDS],
  );
  if (!claimed.length) return { status: 'skipped' };
  const msg = await em.findOneOrFail(OutboundEmail, id);
  const log = deps.log.child({ emailId: id, kind: msg.kind });
  try {
    if (!deps.config.SMTP_URL) throw new Error('no SMTP server configured (SMTP_URL)');
    const attachments = [];
    for (const a of msg.attachments) {
      const content = await attachmentBytes(em, msg.store?.id ?? null, a);
      attachments.push({ filename: a.filename, contentType: a.contentType, content });
    }
    const info = await transport(deps.config.SMTP_URL).sendMail({
      messageId: msg.messageId,
      from: msg.fromAddress,
      to: msg.toAddress,
      replyTo: msg.replyTo ?? undefined,
      subject: msg.subject,
      html: msg.html,
      text: msg.text,
      attachments,
      headers: { 'Content-Language': msg.language, 'Auto-Submitted': msg.kind === 'alert' ? 'auto-generated' : 'no' },
    });
    await em.nativeUpdate(
      OutboundEmail,
      { id },
      {
        status: EmailStatus.SENT,
        sentAt: new Date(),
        smtpResponse: info.response ?? null,
        claimedAt: null,
        ...(msg.sensitive ? { html: REDACTED, text: REDACTED } : {}),
      },
    );
    log.info({ event: 'email_sent', response: info.response }, 'e-mail sent');
    return { status: 'sent' };
  } catch (err) {
    const e = err as Error & { response?: string; code?: string; responseCode?: number };
    const lastError = (e.response ?? `${e.code ? `${e.code}: ` : ''}${e.message}`).slice(0, 2000);
    const attempts = msg.attempts;
    // A permanent refusal (5xx) will not change by trying again.
    const permanent = (e.responseCode ?? 0) >= 500;
    if (permanent || attempts >= deps.config.MAIL_ATTEMPTS) {
      await em.nativeUpdate(OutboundEmail, { id }, { status: EmailStatus.FAILED, lastError, claimedAt: null });
      log.warn({ event: 'email_failed', attempts, lastError }, 'e-mail not sent; giving up');
      return { status: 'failed' };
    }
    const retryInMs = backoffMs(deps.config, attempts);
    await em.execute(
      `update outbound_email set status = 'queued', last_error = ?, claimed_at = null,
              next_attempt_at = now() + make_interval(secs => ?) where id = ?`,
      [lastError, retryInMs / 1000, id],
    );
    log.warn({ event: 'email_retry', attempts, lastError, retryInMs }, 'e-mail not sent; will retry');
    return { status: 'retry', retryInMs };
  }
}

/** Messages due now whose job may be lost (a crash between commit and send, a restart). */
export async function dueEmails(deps: MailDeps, limit = 100): Promise<string[]> {
  const rows = await deps.orm.em.fork().execute<{ id: string }[]>(
    `select id from outbound_email
        where (status = 'queued' and next_attempt_at <= now())
           or (status = 'sending' and claimed_at < now() - make_interval(secs => ?))
        order by next_attempt_at limit ?`,
    [STALE_CLAIM_SECONDS, limit],
  );
  return rows.map((r) => r.id);
}
