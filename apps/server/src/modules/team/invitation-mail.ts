import type { StoreCtx } from '../../core/context.js';
import type { Invitation } from './invitation.entity.js';
import { mailLanguage } from '../mail/email-layout.js';
import { ROLE_NAMES, formatDate, t } from '../mail/email-texts.js';
import { queueEmail } from '../mail/outbox.js';
import { EmailKind, type OutboundEmail } from '../mail/outbound-email.entity.js';
import { storeSender } from '../mail/mail-settings.js';

/** The invitation's e-mail, in the inviter's language, queued in the transaction that creates it. */
export async function queueInvitationEmail(tx: StoreCtx, inv: Invitation, acceptUrl: string): Promise<OutboundEmail> {
  const lang = mailLanguage(tx.user?.locale);
  const sender = await storeSender(tx.em, tx.storeId);
  const vars = {
    inviter: tx.user?.name ?? sender.storeName,
    store: sender.storeName,
    role: ROLE_NAMES[lang][inv.role] ?? inv.role,
    expires: formatDate(lang, inv.expiresAt),
  };
  return queueEmail(tx.em, tx.config, {
    storeId: tx.storeId,
    kind: EmailKind.INVITATION,
    subjectId: inv.id,
    to: inv.email,
    fromName: sender.name,
    replyTo: tx.user?.email ?? null,
    subject: t(lang, 'invitationSubject', vars),
    content: {
      language: lang,
      letterhead: sender.storeName,
      heading: t(lang, 'invitationHeading', vars),
      paragraphs: [t(lang, 'invitationBody', vars), t(lang, 'invitationExpiry', vars)],
      button: { label: t(lang, 'invitationButton'), url: acceptUrl },
      footer: t(lang, 'invitationFooter'),
    },
    sensitive: true,
    requestedBy: tx.user?.id ?? null,
  });
}
