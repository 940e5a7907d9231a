import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { newId } from '../../core/base.entity.js';
import { type EmailContent, renderEmail } from './email-layout.js';
import { type EmailAttachmentRef, type EmailKind, OutboundEmail } from './outbound-email.entity.js';

export interface QueuedEmail {
  storeId: string | null;
  kind: EmailKind;
  subjectId?: string | null;
  dedupeKey?: string | null;
  to: string;
  /** The sender's display name (the store's), shown before MAIL_FROM. */
  fromName?: string | null;
  replyTo?: string | null;
  subject: string;
  content: EmailContent;
  attachments?: EmailAttachmentRef[];
  sensitive?: boolean;
  requestedBy?: string | null;
}

/** A display name and address as an RFC 5322 mailbox, the name quoted. */
export const mailbox = (name: string | null | undefined, address: string) =>
  name ? `"${name.replace(/["\\\r\n]/g, '')}" <${address}>` : address;

/** Addresses nobody reads: Letzshop buyers without one get `…@letzshop.invalid` (RFC 2606). */
export const deliverable = (address: string | null | undefined): address is string =>
  !!address && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) && !/\.invalid$/i.test(address);

/**
 * Writes a message into the outbox in the caller's transaction: it exists exactly when the change
 * that causes it is committed. The caller hands `id` to `ctx.jobs.sendEmail` after the commit; a
 * message whose job is lost (crash) is found by the sweep.
 */
export async function queueEmail(em: EntityManager, config: Config, m: QueuedEmail): Promise<OutboundEmail> {
  const { html, text } = await renderEmail(m.content);
  const id = newId();
  const domain = config.MAIL_FROM.split('@')[1] ?? 'orion.local';
  const row = em.create(OutboundEmail, {
    id,
    store: m.storeId,
    kind: m.kind,
    subjectId: m.subjectId ?? null,
    dedupeKey: m.dedupeKey ?? null,
    messageId: `<${id}.${crypto.randomBytes(4).toString('hex')}@${domain}>`,
    fromAddress: mailbox(m.fromName, config.MAIL_FROM),
    toAddress: m.to,
    replyTo: m.replyTo ?? null,
    language: m.content.language,
    subject: m.subject,
    html,
    text,
    attachments: m.attachments ?? [],
    sensitive: m.sensitive ?? false,
    requestedBy: m.requestedBy ?? null,
  });
  await em.flush();
  return row;
}
