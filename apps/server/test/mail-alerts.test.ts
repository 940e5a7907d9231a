import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertChecks } from '../src/modules/alerts/alerts.js';
import { type DevMailbox, startDevMailbox } from '../src/modules/mail/dev-mailbox.js';
import { createLogger } from '../src/logger.js';
import { systemClock } from '../src/clock.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { inProcessQueue } from '../src/jobs/in-process-queue.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let mailbox: DevMailbox;
let t: TestApp;
let a: Tenant;

const deps = () => {
  const base = { orm: t.orm, config: t.config, log: createLogger(t.config), clock: systemClock };
  return { ...base, jobs: inProcessQueue(base) };
};
const to = (email: string) => mailbox.messages().filter((m) => m.to.includes(email));

beforeAll(async () => {
  mailbox = await startDevMailbox(0);
  t = await startTestApp({ SMTP_URL: mailbox.url, MAIL_FROM: 'orion@orion.test' });
  a = await createTenant(t.orm, 'alerts');
});
afterAll(async () => {
  await t?.close();
  await mailbox?.close();
});

/** A finished sync run as the sync runner records it. */
const run = (status: 'failed' | 'succeeded', minutesAgo: number, error: string | null = null) =>
  t.orm.em.fork().execute(
    `insert into letzshop_sync_run (id, store_id, kind, trigger, status, created_at, finished_at, error)
       values (gen_random_uuid(), ?, 'incremental', 'schedule', ?, now() - make_interval(mins => ?), now(), ?)`,
    [a.storeId, status, minutesAgo, error],
  );

describe('alerts to owners', () => {
  it('a Letzshop sync failing three times in a row: one alert per owner and streak; opted-out owners get none', async () => {
    await run('succeeded', 50);
    await run('failed', 40, 'Letzshop refused the API key (401)');
    await run('failed', 30, 'Letzshop refused the API key (401)');
    await runAlertChecks(deps(), [a.storeId]);
    await new Promise((r) => setTimeout(r, 200));
    expect(to(a.users.owner.email)).toHaveLength(0); // two failures: no alert yet
    await run('failed', 20, 'Letzshop refused the API key (401)');
    expect(await runAlertChecks(deps(), [a.storeId])).toHaveLength(1);
    await expect.poll(() => to(a.users.owner.email).length).toBe(1);
    const [m] = to(a.users.owner.email);
    expect(m!.subject).toBe('Letzshop sync failing for Store alerts');
    expect(m!.text).toContain(
      'The last 3 Letzshop syncs of Store alerts failed. The latest error: Letzshop refused the API key (401)',
    );
    // A fourth failure in the same streak: no new alert. Managers never get alerts.
    await run('failed', 10, 'timeout');
    expect(await runAlertChecks(deps(), [a.storeId])).toEqual([]);
    expect(to(a.users.manager.email)).toHaveLength(0);
  });

  it('the monthly allowance at 80 % and at 100 %, once each; the owner can opt out', async () => {
    const owner = t.client();
    await owner.login(a.users.owner.email, PASSWORD);
    const em = t.orm.em.fork();
    await em.execute(
      `insert into store_subscription (store_id, tier, period_start, period_end, orders_in_period)
       values (?, 'essential', date_trunc('month', now()), date_trunc('month', now()) + interval '1 month', 80)
       on conflict (store_id) do update set orders_in_period = 80`,
      [a.storeId],
    );
    const before = to(a.users.owner.email).length;
    await runAlertChecks(deps(), [a.storeId]);
    await expect.poll(() => to(a.users.owner.email).length).toBe(before + 1);
    expect(to(a.users.owner.email)[0]!.subject).toBe('Store alerts has used 80 % of its monthly orders');
    expect(await runAlertChecks(deps(), [a.storeId])).toEqual([]);

    expect(
      (await owner.ok(`mutation { updateMailPreferences(input: { alerts: false }) { alerts } }`)).updateMailPreferences
        .alerts,
    ).toBe(false);
    await em.execute(`update store_subscription set orders_in_period = 100 where store_id = ?`, [a.storeId]);
    expect(await runAlertChecks(deps(), [a.storeId])).toEqual([]);

    await owner.ok(`mutation { updateMailPreferences(input: { alerts: true }) { alerts } }`);
    expect((await owner.ok(`{ myMailPreferences { alerts } }`)).myMailPreferences.alerts).toBe(true);
    await runAlertChecks(deps(), [a.storeId]);
    await expect.poll(() => to(a.users.owner.email).length).toBe(before + 2);
    expect(to(a.users.owner.email)[0]!.subject).toBe('Store alerts has used 100 % of its monthly orders');
    expect(to(a.users.owner.email)[0]!.text).toContain('New orders are refused');
  });

  it('the EU distance-selling threshold crossed this year: one alert per owner and year, in the owner’s language', async () => {
    const owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    await owner.ok(`mutation { updateProfile(input: { locale: fr }) { locale } }`);
    const year = new Date().getUTCFullYear();
    await owner.ok(`mutation { setCrossBorderSalesOutsideOrion(year: ${year}, cents: 900000) { currentYearCents } }`);
    const before = to(a.users.owner.email).length;
    await runAlertChecks(deps(), [a.storeId]);
    await new Promise((r) => setTimeout(r, 200));
    expect(to(a.users.owner.email).filter((m) => m.subject.includes('seuil'))).toHaveLength(0); // 90 %: not crossed
    await owner.ok(`mutation { setCrossBorderSalesOutsideOrion(year: ${year}, cents: 1000100) { currentYearCents } }`);
    await runAlertChecks(deps(), [a.storeId]);
    await expect.poll(() => to(a.users.owner.email).length).toBe(before + 1);
    const [m] = to(a.users.owner.email);
    expect(m!.subject).toBe('Store alerts a dépassé le seuil européen des ventes à distance');
    expect(m!.language).toBe('fr');
    expect(m!.text).toContain(`en ${year}`);
    expect(await runAlertChecks(deps(), [a.storeId])).toEqual([]);
  });
});
