import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { type DevMailbox, type MailboxMessage, startDevMailbox } from '../src/modules/mail/dev-mailbox.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { me { user { email } } } }`;
const ME = `{ me { user { email } } }`;
const NEW_PASSWORD = 'a brand new passphrase';

let mailbox: DevMailbox;
let t: TestApp;
let a: Tenant;
const clock = new ManualClock(new Date());

async function resetMail(to: string, count = 1): Promise<MailboxMessage> {
  let found: MailboxMessage[] = [];
  await expect
    .poll(() => (found = mailbox.messages().filter((m) => m.to.includes(to))).length, { timeout: 10_000 })
    .toBe(count);
  return found[0]!;
}
const tokenOf = (m: MailboxMessage) => /reset-password\?token=([\w-]+)/.exec(m.text ?? '')![1]!;

beforeAll(async () => {
  mailbox = await startDevMailbox(0);
  t = await startTestApp({ SMTP_URL: mailbox.url, MAIL_FROM: 'orion@orion.test' }, { clock });
  a = await createTenant(t.orm, 'reset');
});
afterAll(async () => {
  await t?.close();
  await mailbox?.close();
});

describe('password reset', () => {
  it('end to end: the link works once, signs out every other session and signs in here', async () => {
    const email = a.users.staff.email;
    const laptop = t.client();
    const phone = t.client();
    await laptop.login(email, PASSWORD);
    await phone.login(email, PASSWORD);

    const stranger = t.client();
    expect((await stranger.ok(REQUEST, { i: { email: email.toUpperCase() } })).requestPasswordReset).toBe(true);
    const m = await resetMail(email);
    expect(m.subject).toBe('Reset your Orion password');
    expect(m.from).toBe('"Orion" <orion@orion.test>');
    expect(m.text).toContain(`${t.config.publicUrl}/reset-password?token=`);
    expect(m.html).toContain('Choose a new password');

    const r = await stranger.ok(RESET, { i: { token: tokenOf(m), password: NEW_PASSWORD } });
    expect(r.resetPassword.me.user.email).toBe(email);
    // Every earlier session is signed out; this browser is signed in.
    expect((await laptop.raw(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await phone.raw(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stranger.ok(ME)).me.user.email).toBe(email);
    // The new password signs in, the old one does not.
    await t.client().login(email, NEW_PASSWORD);
    expect(
      (
        await t
          .client()
          .fails(`mutation { login(input: { email: "${email}", password: "${PASSWORD}" }) { me { user { id } } } }`)
      ).extensions?.reason,
    ).toBe('INVALID_CREDENTIALS');

    // Single use.
    const again = await t.client().fails(RESET, { i: { token: tokenOf(m), password: 'yet another passphrase' } });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_RESET_INVALID' });
    // The outbox kept no copy of the link once it was sent.
    const rows = await t.orm.em
      .fork()
      .execute<{ text: string }[]>(`select text from outbound_email where kind = 'password_reset' and to_address = ?`, [
        email,
      ]);
    expect(rows[0]!.text).not.toContain('token=');
  });

  it('a link older than one hour is refused, and the password does not change', async () => {
    const email = a.users.accountant.email;
    await t.client().ok(REQUEST, { i: { email } });
    const m = await resetMail(email);
    clock.set(new Date(clock.now().getTime() + 60 * 60 * 1000 + 1000));
    try {
      const err = await t.client().fails(RESET, { i: { token: tokenOf(m), password: NEW_PASSWORD } });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_RESET_EXPIRED' });
      await t.client().login(email, PASSWORD);
    } finally {
      clock.set(new Date());
    }
  });

  it('a new link replaces an older one; a short password is refused by field', async () => {
    const email = a.users.manager.email;
    await t.client().ok(REQUEST, { i: { email } });
    const first = await resetMail(email);
    await t.client().ok(REQUEST, { i: { email } });
    await resetMail(email, 2);
    const second = mailbox.messages().find((x) => x.to.includes(email))!; // newest first
    expect(tokenOf(second)).not.toBe(tokenOf(first));
    expect(
      (await t.client().fails(RESET, { i: { token: tokenOf(first), password: NEW_PASSWORD } })).extensions?.reason,
    ).toBe('PASSWORD_RESET_INVALID');
    const short = await t.client().fails(RESET, { i: { token: tokenOf(second), password: 'short' } });
    expect(short.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: 'must be at least 10 characters' },
    });
  });

  it('an unknown address gets the same answer, in about the same time, and no mail', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      const r = await t.client().raw(REQUEST, { i: { email } });
      return { ms: performance.now() - started, body: JSON.stringify(r) };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    let knownBody = '';
    let unknownBody = '';
    for (let i = 0; i < 3; i++) {
      const k = await time(a.users.owner.email);
      const u = await time(`nobody-${i}@reset.test`);
      known.push(k.ms);
      unknown.push(u.ms);
      knownBody = k.body;
      unknownBody = u.body;
    }
    expect(unknownBody).toBe(knownBody);
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[1]!;
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(120);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.messages().filter((m) => m.to.some((x) => x.startsWith('nobody-')))).toEqual([]);
  });

  it('throttled per address (whether or not it has an account) and per network address', async () => {
    const c = t.client();
    for (let i = 0; i < 5; i++) await c.ok(REQUEST, { i: { email: 'ghost@reset.test' } });
    const err = await c.fails(REQUEST, { i: { email: 'ghost@reset.test' } });
    expect(err.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    // Other addresses from the same network still get through until the network's own cap.
    await c.ok(REQUEST, { i: { email: 'someone-else@reset.test' } });
  });
});
