import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoreCtx } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { Store } from '../tenancy/store.entity.js';
import { StoreMailSettings, UserMailPreference } from './store-mail-settings.entity.js';

export interface MailSettingsPatch {
  senderName?: string | null;
  replyTo?: string | null;
  autoSendInvoices?: boolean;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The store's mail settings (the defaults when never saved). */
export async function storeMailSettings(em: EntityManager, storeId: string): Promise<StoreMailSettings> {
  return (
    (await em.findOne(StoreMailSettings, { storeId })) ?? em.create(StoreMailSettings, { storeId }, { persist: false })
  );
}

/** How a store's messages are signed: its sender name (or its name), reply-to and letterhead. */
export async function storeSender(em: EntityManager, storeId: string) {
  const [settings, store] = await Promise.all([storeMailSettings(em, storeId), em.findOneOrFail(Store, storeId)]);
  return { name: settings.senderName || store.name, replyTo: settings.replyTo, storeName: store.name, settings };
}

export async function updateMailSettings(ctx: StoreCtx, patch: MailSettingsPatch): Promise<StoreMailSettings> {
  const senderName = patch.senderName === undefined ? undefined : patch.senderName?.trim() || null;
  const replyTo = patch.replyTo === undefined ? undefined : patch.replyTo?.trim() || null;
  const fields: Record<string, string> = {};
  if (senderName && senderName.length > 100) fields.senderName = 'must be at most 100 characters';
  if (senderName && /[\r\n"<>]/.test(senderName)) fields.senderName = 'cannot contain line breaks, quotes or < >';
  if (replyTo && (!EMAIL.test(replyTo) || replyTo.length > 254)) fields.replyTo = 'must be an e-mail address';
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await ctx.em.execute(
    `insert into store_mail_settings (store_id, sender_name, reply_to, auto_send_invoices)
     values (?, ?, ?, ?)
     on conflict (store_id) do update set
       sender_name = case when ? then excluded.sender_name else store_mail_settings.sender_name end,
       reply_to = case when ? then excluded.reply_to else store_mail_settings.reply_to end,
       auto_send_invoices = case when ? then excluded.auto_send_invoices else store_mail_settings.auto_send_invoices end`,
    [
      ctx.storeId,
      senderName ?? null,
      replyTo ?? null,
      patch.autoSendInvoices ?? false,
      senderName !== undefined,
      replyTo !== undefined,
      patch.autoSendInvoices !== undefined,
    ],
  );
  ctx.em.clear();
  return storeMailSettings(ctx.em, ctx.storeId);
}

export async function wantsAlerts(em: EntityManager, userId: string): Promise<boolean> {
  return (await em.findOne(UserMailPreference, { userId }))?.alerts ?? true;
}

export async function setAlertPreference(em: EntityManager, userId: string, alerts: boolean): Promise<boolean> {
  await em.execute(
    `insert into user_mail_preference (user_id, alerts) values (?, ?)
     on conflict (user_id) do update set alerts = excluded.alerts`,
    [userId, alerts],
  );
  return alerts;
}
