import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { type DevMailbox, type MailboxMessage, startDevMailbox } from '../src/modules/mail/dev-mailbox.js';
import { ADDRESS, createLocation, receive, seedProduct } from './helpers/catalog-fixtures.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SELLER = {
  legalName: 'Atelier Lëtzebuerg Sàrl',
  addressLine: '7, rue du Marché-aux-Herbes',
  postalCode: 'L-1728',
  city: 'Luxembourg',
  vatNumber: 'LU26375245',
  email: 'billing@atelier.lu',
};
const MAIL_ENV = { MAIL_FROM: 'orion@orion.test', MAIL_ATTEMPTS: '3', MAIL_BACKOFF_MS: '40' };
const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { invoice { id number } } }`;
const SEND = `mutation($i: SendInvoiceInput!) { sendInvoice(input: $i) { email { id status toAddress subject } invoice { id } } }`;
const HISTORY = `query($id: ID!) { invoice(id: $id) { emails { id status attempts toAddress subject lastError smtpResponse sentAt } } }`;

let mailbox: DevMailbox;
let t: TestApp;
let a: Tenant;
let b: Tenant;
let owner: GqlClient;
let ownerB: GqlClient;
let productA: string;
let productB: string;

/** Waits until `pick` finds what it looks for in the mailbox. */
async function received(pick: (m: MailboxMessage) => boolean, count = 1): Promise<MailboxMessage[]> {
  let found: MailboxMessage[] = [];
  await expect
    .poll(() => (found = mailbox.messages().filter(pick)).length, { timeout: 10_000, interval: 50 })
    .toBe(count);
  return found;
}

const outboxRow = async (id: string) =>
  (
    await t.orm.em.fork().execute<
      {
        status: string;
        attempts: number;
        last_error: string | null;
        smtp_response: string | null;
        message_id: string;
        html: string;
      }[]
    >('select status, attempts, last_error, smtp_response, message_id, html from outbound_email where id = ?', [id])
  )[0]!;

async function invoiceFor(c: GqlClient, productId: string, language: string, email?: string) {
  const tag = crypto.randomUUID().slice(0, 8);
  const o = await c.ok('mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
    i: {
      newCustomer: {
        email: email ?? `buyer-${tag}@example.lu`,
        firstName: 'Léa',
        lastName: `Muller ${tag}`,
        preferredLanguage: language,
      },
      shippingAddress: ADDRESS,
      lines: [{ productId, quantity: 2 }],
      shippingCents: 490,
    },
  });
  const inv = await c.ok(ISSUE, { i: { orderId: o.createOrder.order.id } });
  return { id: inv.issueInvoice.invoice.id as string, number: inv.issueInvoice.invoice.number as string };
}

beforeAll(async () => {
  mailbox = await startDevMailbox(0);
  t = await startTestApp({ ...MAIL_ENV, SMTP_URL: mailbox.url });
  a = await createTenant(t.orm, 'mail');
  b = await createTenant(t.orm, 'mailb');
  owner = t.client().useStore(a.storeId);
  await owner.login(a.users.owner.email, PASSWORD);
  ownerB = t.client().useStore(b.storeId);
  await ownerB.login(b.users.owner.email, PASSWORD);
  for (const [c, tenant] of [
    [owner, a],
    [ownerB, b],
  ] as const) {
    await c.ok(`mutation($i: UpdateInvoiceSettingsInput!) { updateInvoiceSettings(input: $i) { legalName } }`, {
      i: SELLER,
    });
    const p = (await seedProduct(t.orm, tenant.storeId, { name: 'Kachkéis jar 250 g', priceCents: 1190 })).id;
    await receive(c, p, await createLocation(c, 'W', '1'), 1000);
    if (tenant === a) productA = p;
    else productB = p;
  }
});
afterAll(async () => {
  await t?.close();
  await mailbox?.close();
});

describe('invoices by e-mail', () => {
  it.each([
    ['en', 'Invoice', 'Please find attached invoice', 'en'],
    ['fr', 'Facture', 'Veuillez trouver ci-joint la facture', 'fr'],
    ['de', 'Rechnung', 'anbei erhalten Sie die Rechnung', 'de'],
  ])('"Send" mails the invoice in its language (%s) with the stored PDF attached', async (lang, word, body) => {
    await owner.ok(
      `mutation { updateMailSettings(input: { senderName: "Atelier LU", replyTo: "hello@atelier.lu" }) { senderName } }`,
    );
    const inv = await invoiceFor(owner, productA, lang);
    const sent = await owner.ok(SEND, { i: { id: inv.id } });
    expect(sent.sendInvoice.email).toMatchObject({
      status: 'QUEUED',
      subject: `${word} ${inv.number} from Store mail`.replace(
        ' from ',
        lang === 'en' ? ' from ' : lang === 'fr' ? ' de ' : ' von ',
      ),
    });
    const [m] = await received((x) => x.subject.includes(inv.number));
    const to = (await owner.ok(`query($id: ID!) { invoice(id: $id) { buyer { email } } }`, { id: inv.id })).invoice
      .buyer.email;
    expect(m!.to).toEqual([to]);
    expect(m!.from).toBe('"Atelier LU" <orion@orion.test>');
    expect(m!.replyTo).toBe('hello@atelier.lu');
    expect(m!.language).toBe(lang);
    expect(m!.text).toContain(body);
    expect(m!.text).toContain(inv.number);
    expect(m!.html).toContain(body.replace('’', '&#39;'));
    // No remote images or trackers.
    expect(m!.html).not.toMatch(/<img|src="http|url\(http/i);
    expect(m!.attachments).toHaveLength(1);
    expect(m!.attachments[0]).toMatchObject({ filename: `${inv.number}.pdf`, contentType: 'application/pdf' });
    const stored = Buffer.from(
      await (
        await fetch(`${t.url}/api/invoices/${inv.id}.pdf`, {
          headers: { cookie: owner.cookie, 'x-store-id': a.storeId },
        })
      ).arrayBuffer(),
    );
    expect(m!.attachments[0]!.content.equals(stored)).toBe(true);
    // The outbox row: sent, with the server's answer; the invoice's sending history says so.
    await expect.poll(async () => (await outboxRow(sent.sendInvoice.email.id)).status).toBe('sent');
    const row = await outboxRow(sent.sendInvoice.email.id);
    expect(row.smtp_response).toMatch(/^250 .*Queued as m\d+/);
    expect(m!.messageId).toBe(row.message_id);
    const history = (await owner.ok(HISTORY, { id: inv.id })).invoice.emails;
    expect(history).toEqual([expect.objectContaining({ status: 'SENT', attempts: 1, toAddress: to })]);
  });

  it('"Send again" sends a second message and both are in the history; a credit note is sent as one', async () => {
    const inv = await invoiceFor(owner, productA, 'en');
    await owner.ok(SEND, { i: { id: inv.id } });
    await received((x) => x.subject.includes(inv.number));
    await owner.ok(SEND, { i: { id: inv.id } });
    await received((x) => x.subject.includes(inv.number), 2);
    await expect
      .poll(async () =>
        (await owner.ok(HISTORY, { id: inv.id })).invoice.emails.map((e: { status: string }) => e.status),
      )
      .toEqual(['SENT', 'SENT']);

    const cn = await owner.ok(
      `mutation($i: CreateCreditNoteInput!) { createCreditNote(input: $i) { invoice { id number } } }`,
      { i: { id: inv.id } },
    );
    await owner.ok(SEND, { i: { id: cn.createCreditNote.invoice.id } });
    const [m] = await received((x) => x.subject.includes(cn.createCreditNote.invoice.number));
    expect(m!.subject).toBe(`Credit note ${cn.createCreditNote.invoice.number} from Store mail`);
    expect(m!.text).toContain(`correcting invoice ${inv.number}`);
  });

  it('with automatic sending on, issuing an invoice mails it (queued in the issuing transaction)', async () => {
    await owner.ok(`mutation { updateMailSettings(input: { autoSendInvoices: true }) { autoSendInvoices } }`);
    try {
      const inv = await invoiceFor(owner, productA, 'fr');
      const [m] = await received((x) => x.subject.includes(inv.number));
      expect(m!.subject).toBe(`Facture ${inv.number} de Store mail`);
      expect(m!.attachments).toHaveLength(1);
    } finally {
      await owner.ok(`mutation { updateMailSettings(input: { autoSendInvoices: false }) { autoSendInvoices } }`);
    }
  });

  it('a buyer without an e-mail address (Letzshop gave none) is refused by name, and nothing is queued', async () => {
    const inv = await invoiceFor(owner, productA, 'en', `lz-${crypto.randomUUID().slice(0, 6)}@letzshop.invalid`);
    const err = await owner.fails(SEND, { i: { id: inv.id } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVOICE_NO_RECIPIENT' });
    expect((await owner.ok(HISTORY, { id: inv.id })).invoice.emails).toEqual([]);
  });

  it('mail settings refuse a bad reply-to by field, and save nothing', async () => {
    const err = await owner.fails(
      `mutation { updateMailSettings(input: { replyTo: "not-an-address", senderName: "X" }) { replyTo } }`,
    );
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { replyTo: 'must be an e-mail address' } });
    expect((await owner.ok(`{ mailSettings { senderName replyTo } }`)).mailSettings).toEqual({
      senderName: 'Atelier LU',
      replyTo: 'hello@atelier.lu',
    });
  });
});

describe('delivery: retries, failure, restart', () => {
  it('SMTP refusing for a while: retried with backoff, then marked failed with the server’s answer; nothing lost', async () => {
    mailbox.refuseWith({ code: 451, message: 'Mailbox busy, try again later' });
    const inv = await invoiceFor(owner, productA, 'en');
    const { sendInvoice } = await owner.ok(SEND, { i: { id: inv.id } });
    await expect.poll(async () => (await outboxRow(sendInvoice.email.id)).status, { timeout: 10_000 }).toBe('failed');
    const row = await outboxRow(sendInvoice.email.id);
    expect(row.attempts).toBe(3);
    expect(row.last_error).toMatch(/451.*Mailbox busy/);
    const [h] = (await owner.ok(HISTORY, { id: inv.id })).invoice.emails;
    expect(h).toMatchObject({ status: 'FAILED', attempts: 3, sentAt: null });
    expect(h.lastError).toMatch(/451/);
    // Back up: "Send again" goes through; the failed attempt stays in the history.
    mailbox.refuseWith(null);
    await owner.ok(SEND, { i: { id: inv.id } });
    await received((x) => x.subject.includes(inv.number));
    await expect
      .poll(async () =>
        (await owner.ok(HISTORY, { id: inv.id })).invoice.emails.map((e: { status: string }) => e.status),
      )
      .toEqual(['SENT', 'FAILED']);
  });

  it('a temporary refusal that clears is retried and sent once', async () => {
    mailbox.refuseWith({ code: 421, message: 'Service not available' });
    const inv = await invoiceFor(owner, productA, 'en');
    const { sendInvoice } = await owner.ok(SEND, { i: { id: inv.id } });
    // The first attempt was refused and a retry is due.
    await expect.poll(async () => (await outboxRow(sendInvoice.email.id)).last_error).toMatch(/421/);
    mailbox.refuseWith(null);
    await received((x) => x.subject.includes(inv.number));
    await expect.poll(async () => (await outboxRow(sendInvoice.email.id)).status).toBe('sent');
    expect((await outboxRow(sendInvoice.email.id)).attempts).toBeGreaterThanOrEqual(2);
  });

  it('a permanent refusal (5xx) is not retried', async () => {
    mailbox.refuseWith({ code: 550, message: 'No such user here' });
    const inv = await invoiceFor(owner, productA, 'en');
    const { sendInvoice } = await owner.ok(SEND, { i: { id: inv.id } });
    try {
      await expect.poll(async () => (await outboxRow(sendInvoice.email.id)).status).toBe('failed');
      expect(await outboxRow(sendInvoice.email.id)).toMatchObject({ attempts: 1 });
      expect((await outboxRow(sendInvoice.email.id)).last_error).toMatch(/550.*No such user/);
    } finally {
      mailbox.refuseWith(null);
    }
  });

  it('a message left "sending" by a process that died mid-send is sent again by the next start, with the same Message-ID', async () => {
    const inv = await invoiceFor(owner, productA, 'en');
    // The process that dies: its own retries far off, and closed (its timers gone) before the restart.
    const dead = await startTestApp(
      { ...MAIL_ENV, MAIL_BACKOFF_MS: '600000', SMTP_URL: mailbox.url },
      { databaseUrl: t.config.DATABASE_URL! },
    );
    const ownerThere = dead.client().useStore(a.storeId);
    await ownerThere.login(a.users.owner.email, PASSWORD);
    mailbox.refuseWith({ code: 451, message: 'hold on' });
    const { sendInvoice } = await ownerThere.ok(SEND, { i: { id: inv.id } });
    await expect.poll(async () => (await outboxRow(sendInvoice.email.id)).last_error).toMatch(/451/);
    await dead.close();
    // As the dead process left it: claimed long ago, never finished.
    await t.orm.em
      .fork()
      .execute(
        `update outbound_email set status = 'sending', claimed_at = now() - interval '1 hour', next_attempt_at = now() + interval '1 hour' where id = ?`,
        [sendInvoice.email.id],
      );
    mailbox.refuseWith(null);
    const next = await startTestApp({ ...MAIL_ENV, SMTP_URL: mailbox.url }, { databaseUrl: t.config.DATABASE_URL! });
    try {
      const [m] = await received((x) => x.subject.includes(inv.number));
      expect(m!.messageId).toBe((await outboxRow(sendInvoice.email.id)).message_id);
      await expect.poll(async () => (await outboxRow(sendInvoice.email.id)).status).toBe('sent');
    } finally {
      await next.close();
    }
  });

  it('a process that stops between the commit and the send: the next start sends the message, exactly once', async () => {
    const databaseUrl = t.config.DATABASE_URL!;
    const env = { ...MAIL_ENV, SMTP_URL: mailbox.url };
    // The first process commits the invitation and its message, and stops before its mail job runs.
    const neverRuns = async () => {};
    const first = await startTestApp(env, {
      databaseUrl,
      jobs: { letzshopSync: neverRuns, sendEmail: neverRuns, sweepEmails: neverRuns, drain: neverRuns },
    });
    const c = first.client().useStore(a.storeId);
    await c.login(a.users.owner.email, PASSWORD);
    const invitee = `restart-${crypto.randomUUID().slice(0, 6)}@example.lu`;
    await c.ok(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { acceptUrl } }`, {
      i: { email: invitee, role: 'STAFF' },
    });
    await first.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.messages().filter((m) => m.to.includes(invitee))).toHaveLength(0);
    // Two restarts: the first sends it, the second finds nothing left to send.
    for (let i = 0; i < 2; i++) {
      const next = await startTestApp(env, { databaseUrl });
      await received((m) => m.to.includes(invitee));
      await new Promise((r) => setTimeout(r, 200));
      await next.close();
    }
    const [m] = await received((x) => x.to.includes(invitee));
    const [row] = await t.orm.em
      .fork()
      .execute<{ status: string; attempts: number; message_id: string }[]>(
        `select status, attempts, message_id from outbound_email where to_address = ?`,
        [invitee],
      );
    expect(row).toMatchObject({ status: 'sent', attempts: 1, message_id: m!.messageId });
  });
});

describe('tenant isolation of the outbox', () => {
  it('store B sees only its own messages and cannot send or read store A’s', async () => {
    const invA = await invoiceFor(owner, productA, 'en');
    await owner.ok(SEND, { i: { id: invA.id } });
    const invB = await invoiceFor(ownerB, productB, 'en');
    await ownerB.ok(SEND, { i: { id: invB.id } });
    expect((await ownerB.fails(SEND, { i: { id: invA.id } })).extensions?.code).toBe('NOT_FOUND');
    expect((await ownerB.fails(HISTORY, { id: invA.id })).extensions?.code).toBe('NOT_FOUND');
    const own = (await ownerB.ok(HISTORY, { id: invB.id })).invoice.emails;
    expect(own).toHaveLength(1);
    expect(own[0].subject).toContain(invB.number);
    // Store A's message count for that invoice did not move.
    expect((await owner.ok(HISTORY, { id: invA.id })).invoice.emails).toHaveLength(1);
  });
});

describe('invitations by e-mail', () => {
  it('inviting a member mails the link (still shown to the inviter), in the inviter’s language', async () => {
    await owner.ok(`mutation { updateProfile(input: { locale: de }) { locale } }`);
    try {
      const invitee = `colleague-${crypto.randomUUID().slice(0, 6)}@example.lu`;
      const r = await owner.ok(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { acceptUrl } }`, {
        i: { email: invitee, role: 'MANAGER' },
      });
      const [m] = await received((x) => x.to.includes(invitee));
      expect(m!.subject).toBe(`owner mail lädt Sie zu Store mail auf Orion ein`);
      expect(m!.text).toContain(r.inviteMember.acceptUrl);
      expect(m!.text).toContain('als Manager');
      expect(m!.replyTo).toBe(a.users.owner.email);
      // The body held a single-use link: the outbox keeps no copy of it once sent.
      const [row] = await t.orm.em
        .fork()
        .execute<{ html: string; status: string }[]>(`select html, status from outbound_email where to_address = ?`, [
          invitee,
        ]);
      await expect
        .poll(
          async () =>
            (
              await t.orm.em
                .fork()
                .execute<{ status: string }[]>(`select status from outbound_email where to_address = ?`, [invitee])
            )[0]!.status,
        )
        .toBe('sent');
      const [after] = await t.orm.em
        .fork()
        .execute<{ html: string }[]>(`select html from outbound_email where to_address = ?`, [invitee]);
      expect(row).toBeDefined();
      expect(after!.html).not.toContain('accept-invitation');
    } finally {
      await owner.ok(`mutation { updateProfile(input: { locale: en }) { locale } }`);
    }
  });
});

describe('configuration', () => {
  const production = {
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(40),
    ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    API_KEY_SECRET: 'k'.repeat(40),
  };
  it('production without an SMTP server or sender is a start error naming both', () => {
    expect(() => loadConfig(production)).toThrow(/SMTP_URL: must be set in production[\s\S]*MAIL_FROM: must be set/);
    expect(() => loadConfig({ ...production, SMTP_URL: 'http://mail', MAIL_FROM: 'a@b.lu' })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(
      loadConfig({ ...production, SMTP_URL: 'smtps://u:p@mail.example.lu', MAIL_FROM: 'orion@example.lu' }).SMTP_URL,
    ).toBe('smtps://u:p@mail.example.lu');
  });
});
