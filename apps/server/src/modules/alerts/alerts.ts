import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { inTransaction } from '../../core/transaction.js';
import type { StoreCtx } from '../../core/context.js';
import { systemContext } from '../../core/system-context.js';
import type { JobQueue } from '../../core/job-queue.js';
import type { Logger } from '../../logger.js';
import { SubscriptionService } from '../subscriptions/subscription.service.js';
import { thresholdStatus } from '../vat/vat-settings.service.js';
import { mailLanguage } from '../mail/email-layout.js';
import { type EmailTextKey, formatDate, formatMoney, t } from '../mail/email-texts.js';
import { queueEmail } from '../mail/outbox.js';
import { EmailKind, OutboundEmail } from '../mail/outbound-email.entity.js';
import { storeSender } from '../mail/mail-settings.js';

/** Failed Letzshop syncs in a row (since the last success) that make an alert. */
export const SYNC_FAILURES_ALERT = 3;

interface Alert {
  /** One message per event and owner: the owner's id is appended. */
  key: string;
  subject: EmailTextKey;
  heading: EmailTextKey;
  body: EmailTextKey[];
  vars: (lang: 'en' | 'fr' | 'de') => Record<string, string | number>;
}

type AlertDeps = { orm: MikroORM; config: Config; log: Logger; clock: Clock; jobs: JobQueue };

/** The store's owners who did not opt out of alerts, with their language. */
async function alertRecipients(ctx: StoreCtx) {
  return ctx.em.execute<{ id: string; email: string; locale: string }[]>(
    `select u.id, u.email, u.locale::text as locale from app_user u
      where u.id in (select mo.user_id from store s join merchant_owner mo on mo.merchant_id = s.merchant_id where s.id = ?
                     union select m.user_id from membership m where m.store_id = ? and m.role = 'owner')
        and coalesce((select p.alerts from user_mail_preference p where p.user_id = u.id), true)`,
    [ctx.storeId, ctx.storeId],
  );
}

async function syncAlert(ctx: StoreCtx): Promise<Alert | null> {
  const failures = await ctx.em.execute<{ id: string; error: string | null }[]>(
    `select id, error from letzshop_sync_run r
      where store_id = ? and status = 'failed'
        and created_at > coalesce((select max(created_at) from letzshop_sync_run
                                    where store_id = r.store_id and status = 'succeeded'), '-infinity')
      order by created_at`,
    [ctx.storeId],
  );
  if (failures.length < SYNC_FAILURES_ALERT) return null;
  const latest = failures[failures.length - 1]!;
  return {
    // The streak is named by its first failure: one alert per streak, however long it lasts.
    key: `sync-failing:${failures[0]!.id}`,
    subject: 'alertSyncSubject',
    heading: 'alertSyncHeading',
    body: ['alertSyncBody', 'alertSyncAction'],
    vars: () => ({ count: failures.length, error: latest.error ?? '—' }),
  };
}

async function allowanceAlert(ctx: StoreCtx): Promise<Alert | null> {
  const u = await new SubscriptionService().usage(ctx);
  const limit = u.plan.ordersPerMonth;
  if (limit === null || u.orderUsagePercent === null || u.orderUsagePercent < 80) return null;
  const percent = u.orderUsagePercent >= 100 ? 100 : 80;
  return {
    key: `allowance-${percent}:${ctx.storeId}:${u.currentPeriodStart.toISOString()}`,
    subject: 'alertAllowanceSubject',
    heading: 'alertAllowanceHeading',
    body: ['alertAllowanceBody', percent === 100 ? 'alertAllowanceFull' : 'alertAllowanceNear'],
    vars: (lang) => ({
      percent,
      used: u.ordersInPeriod,
      limit,
      tier: u.plan.name,
      end: formatDate(lang, new Date(u.currentPeriodEnd.getTime() - 1)),
    }),
  };
}

async function ossAlert(ctx: StoreCtx): Promise<Alert | null> {
  const s = await thresholdStatus(ctx);
  if (s.currentYearCents <= s.thresholdCents) return null;
  return {
    key: `oss-threshold:${ctx.storeId}:${s.year}`,
    subject: 'alertOssSubject',
    heading: 'alertOssHeading',
    body: ['alertOssBody'],
    vars: (lang) => ({ year: s.year, amount: formatMoney(lang, s.currentYearCents) }),
  };
}

/**
 * The owners' alerts, checked by a pg-boss job every 5 minutes (and by tests): a Letzshop sync
 * failing three times in a row, the monthly order allowance at 80 % and 100 %, the EU
 * distance-selling threshold crossed this year. It reads the tables those features write (sync
 * runs, the subscription, invoices) and sends each alert once per event and owner (a unique
 * key in the outbox). Returns the messages queued.
 */
export async function runAlertChecks(deps: AlertDeps, storeIds?: string[]): Promise<string[]> {
  const stores =
    storeIds ??
    (await deps.orm.em.fork().execute<{ id: string }[]>('select id from store order by id')).map((r) => r.id);
  const queued: string[] = [];
  for (const storeId of stores) {
    const ctx = systemContext(deps, storeId);
    try {
      const alerts = (await Promise.all([syncAlert(ctx), allowanceAlert(ctx), ossAlert(ctx)])).filter(
        (a): a is Alert => a !== null,
      );
      if (!alerts.length) continue;
      const owners = await alertRecipients(ctx);
      for (const alert of alerts)
        for (const owner of owners) {
          const id = await queueAlert(ctx, alert, owner);
          if (id) queued.push(id);
        }
    } catch (err) {
      deps.log.error({ err, storeId }, 'alert checks failed for a store');
    }
  }
  for (const id of queued) await deps.jobs.sendEmail(id);
  return queued;
}

async function queueAlert(
  ctx: StoreCtx,
  alert: Alert,
  owner: { id: string; email: string; locale: string },
): Promise<string | null> {
  const dedupeKey = `${alert.key}:${owner.id}`;
  if (await ctx.em.count(OutboundEmail, { dedupeKey })) return null;
  try {
    return await inTransaction(ctx, async (tx) => {
      const lang = mailLanguage(owner.locale);
      const sender = await storeSender(tx.em, tx.storeId);
      const vars = { store: sender.storeName, ...alert.vars(lang) };
      const row = await queueEmail(tx.em, tx.config, {
        storeId: tx.storeId,
        kind: EmailKind.ALERT,
        subjectId: owner.id,
        dedupeKey,
        to: owner.email,
        fromName: 'Orion',
        subject: t(lang, alert.subject, vars),
        content: {
          language: lang,
          letterhead: sender.storeName,
          heading: t(lang, alert.heading, vars),
          paragraphs: alert.body.map((k) => t(lang, k, vars)),
          button: { label: t(lang, 'button'), url: tx.config.publicUrl },
          footer: t(lang, 'alertFooter', vars),
        },
      });
      return row.id;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return null; // queued meanwhile by another worker
    throw err;
  }
}
