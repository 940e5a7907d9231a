import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../core/base.entity.js';
import { Store } from '../tenancy/store.entity.js';

export enum EmailStatus {
  QUEUED = 'queued',
  SENDING = 'sending',
  SENT = 'sent',
  FAILED = 'failed',
}
registerEnumType(EmailStatus, {
  description: 'The delivery state of an e-mail.',
  name: 'EmailStatus',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent (or to be retried).' },
    SENDING: { description: 'Being handed to the SMTP server.' },
    SENT: { description: 'Accepted by the SMTP server.' },
    FAILED: { description: 'Given up after the last attempt.' },
  },
});

export enum EmailKind {
  INVOICE = 'invoice',
  INVITATION = 'invitation',
  PASSWORD_RESET = 'password_reset',
  ALERT = 'alert',
}
registerEnumType(EmailKind, {
  description: 'What an e-mail is about.',
  name: 'EmailKind',
  valuesConfig: {
    INVOICE: { description: 'An invoice or credit note with its PDF.' },
    INVITATION: { description: 'An invitation to join a store.' },
    PASSWORD_RESET: { description: 'A password reset link.' },
    ALERT: { description: 'An alert to owners (sync failures, limits, thresholds).' },
  },
});

/**
 * An attachment named by reference: the bytes are read from their immutable store at send time,
 * through the source its owning module registered (mail/attachment-sources.ts).
 */
export interface EmailAttachmentRef {
  filename: string;
  contentType: string;
  /** The registered source, e.g. `invoice-pdf`. */
  source: string;
  /** The record the source reads (an invoice's id for `invoice-pdf`). */
  id: string;
}

/**
 * The transactional outbox: one row per message, written in the transaction of the business change
 * that causes it and sent after the commit by the mail job (mail/email-delivery.ts). Password
 * resets have no store, so this table is not a StoreScopedEntity: every store-facing read names
 * the store itself (mail/email-history.ts).
 */
@ObjectType('OutboundEmail', { description: 'An e-mail Orion sent or will send, with its delivery state.' })
@Entity({ tableName: 'outbound_email' })
@Index({ name: 'outbound_email_due_index', properties: ['status', 'nextAttemptAt'] })
@Index({ name: 'outbound_email_store_subject_index', properties: ['store', 'subjectId'] })
@Unique({ name: 'outbound_email_dedupe_key_unique', properties: ['dedupeKey'] })
export class OutboundEmail {
  @Field(() => ID, { description: "The message's id." })
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne({ entity: () => Store, ref: true, deleteRule: 'cascade', nullable: true })
  store: Ref<Store> | null = null;

  @Field(() => EmailKind, { description: 'What the message is.' })
  @Enum({ items: () => EmailKind, nativeEnumName: 'email_kind' })
  kind!: EmailKind;

  /** The document or record the message is about (an invoice, an invitation, a user). */
  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  /** Alerts: one message per event (e.g. `allowance-80:<store>:<period>:<user>`). */
  @Property({ type: 'string', nullable: true })
  dedupeKey: string | null = null;

  /** The RFC 5322 Message-ID: fixed when queued, the same on every attempt. */
  @Property({ type: 'string' })
  messageId!: string;

  @Property({ type: 'string' }) fromAddress!: string;
  @Field({ description: "The recipient's address." }) @Property({ type: 'string' }) toAddress!: string;
  @Property({ type: 'string', nullable: true }) replyTo: string | null = null;
  @Field({ description: "The message's language." }) @Property({ type: 'string', length: 2 }) language!: string;
  @Field({ description: 'The subject line.' }) @Property({ type: 'string' }) subject!: string;
  @Property({ type: 'text' }) html!: string;
  @Property({ type: 'text' }) text!: string;
  @Property({ type: 'json' }) attachments: Opt<EmailAttachmentRef[]> = [];
  /** Bodies holding a secret link (reset, invitation) are blanked once sent. */
  @Property({ type: 'boolean' }) sensitive: Opt<boolean> = false;

  @Field(() => EmailStatus, { description: 'Where delivery stands.' })
  @Enum({ items: () => EmailStatus, nativeEnumName: 'email_status' })
  status: Opt<EmailStatus> = EmailStatus.QUEUED;

  @Field(() => Int, { description: 'How many times sending was tried.' })
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) nextAttemptAt: Opt<Date> = new Date();
  @Property({ type: 'timestamptz', nullable: true }) claimedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The last failure: the SMTP server’s answer or the error' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => String, { nullable: true, description: 'The SMTP server’s answer when it accepted the message' })
  @Property({ type: 'text', nullable: true })
  smtpResponse: string | null = null;

  @Field(() => Date, { description: 'When the SMTP server accepted it; null before.', nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true }) requestedBy: string | null = null;

  @Field(() => Date, { description: 'When it was queued.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
