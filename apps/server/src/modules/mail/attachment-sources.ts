import type { EntityManager } from '@mikro-orm/postgresql';
import type { EmailAttachmentRef } from './outbound-email.entity.js';

/** Reads an attachment's bytes at send time: the owning store's, the tenant filter off (jobs have no request). */
export type AttachmentSource = (em: EntityManager, storeId: string | null, id: string) => Promise<Buffer>;

/**
 * The outbox knows attachments only by reference (a source's name and an id); the module that owns
 * the bytes registers its source at start (`createApp`), so mail imports none of them.
 */
const sources = new Map<string, AttachmentSource>();

export function registerAttachmentSource(name: string, read: AttachmentSource): void {
  sources.set(name, read);
}

export function attachmentBytes(em: EntityManager, storeId: string | null, ref: EmailAttachmentRef): Promise<Buffer> {
  const read = sources.get(ref.source);
  if (!read) throw new Error(`no attachment source "${ref.source}" is registered`);
  return read(em, storeId, ref.id);
}
