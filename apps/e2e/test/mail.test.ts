import { describe, expect, it } from 'vitest';
import { screenshot, signIn, switchStore, useOrion } from './harness.js';

/**
 * The e-mail issue's browser test: "Forgot password?" on the sign-in page, the link read from the
 * built-in development mailbox (as an owner sees it), a new password, signed in.
 */
describe('password reset through the built-in mailbox', () => {
  const orion = useOrion();
  const email = 'staff@orion.demo';
  const newPassword = 'staff-new-passphrase';

  it('asks for a link, reads it in the development mailbox, sets a new password and is signed in', async () => {
    const staff = await orion.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    const page = await staff.newPage();
    await page.goto(`${orion.url}/sign-in`);
    await page.getByTestId('forgot-password-link').click();
    await page.getByTestId('forgot-email').fill(email);
    await page.getByTestId('forgot-submit').click();
    expect(await page.getByTestId('forgot-sent').textContent()).toContain(`If an account exists for ${email}`);

    // The owner opens the development mailbox (Settings → E-mail links to it).
    const ownerContext = await orion.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const owner = await ownerContext.newPage();
    await signIn(owner, orion.url, 'owner@orion.demo');
    await owner.locator('a[href="/settings"]').click();
    await owner.getByTestId('open-dev-mailbox').click();
    // Sophie Staff's language is German: so is her message.
    const row = owner.getByTestId('mailbox-row').filter({ hasText: 'Setzen Sie Ihr Orion-Passwort zurück' });
    await expect
      .poll(async () => {
        await owner.getByTestId('mailbox-refresh').click();
        return row.count();
      })
      .toBe(1);
    await row.click();
    expect(await row.textContent()).toContain(email);
    expect(await owner.getByTestId('mailbox-subject').textContent()).toBe('Setzen Sie Ihr Orion-Passwort zurück');
    await owner.getByRole('tab', { name: 'Text' }).click();
    const text = (await owner.getByTestId('mailbox-text').textContent()) ?? '';
    const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(text)?.[0];
    expect(link).toBeTruthy();
    await owner.getByRole('tab', { name: 'HTML' }).click();
    await screenshot(owner, 'dev-mailbox');
    await ownerContext.close();

    // Back in the signed-out browser: the link, a new password (twice), signed in.
    const { pathname, search } = new URL(link!);
    await page.goto(`${orion.url}${pathname}${search}`);
    await page.getByTestId('reset-password').fill(newPassword);
    await page.getByTestId('reset-confirm').fill('not the same one');
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => page.getByText('The two passwords are not the same').count()).toBe(1);
    await page.getByTestId('reset-confirm').fill(newPassword);
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('store-switcher').waitFor();

    // The link worked once.
    await page.goto(`${orion.url}${pathname}${search}`);
    await page.getByTestId('reset-password').fill('yet-another-passphrase');
    await page.getByTestId('reset-confirm').fill('yet-another-passphrase');
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => page.getByTestId('reset-error').getAttribute('data-reason')).toBe('PASSWORD_RESET_INVALID');
    await staff.close();

    // The new password signs in in a fresh browser.
    const fresh = await orion.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    await signIn(await fresh.newPage(), orion.url, email, newPassword);
    await fresh.close();
  });

  it('the owner sends an invoice from the invoices page; its history says sent and the mailbox has it with the PDF', async () => {
    const context = await orion.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, orion.url, 'owner@orion.demo');
    await switchStore(page, 'Demo Shop Luxembourg');
    await page.goto(`${orion.url}/orders`);
    await page.getByTestId('new-order').click();
    await page.getByTestId('order-email').fill('mail.buyer@example.lu');
    await page.getByTestId('order-first-name').fill('Mia');
    await page.getByTestId('order-last-name').fill('Hoffmann');
    await page.getByTestId('order-street').fill('Rue du Fort Neipperg');
    await page.getByTestId('order-postal').fill('L-2230');
    await page.getByTestId('order-city').fill('Luxembourg');
    await page.getByTestId('line-product-0').click();
    await page.getByTestId('line-product-0').fill('MUG-LUX');
    await page.getByRole('option', { name: /MUG-LUX-01/ }).click();
    await page.getByTestId('line-qty-0').fill('1');
    await page.getByTestId('create-order').click();
    await page.getByTestId('generate-invoice').click();
    await page.getByTestId('generate-invoice-confirm').click();
    await page.getByTestId('download-invoice').waitFor();
    const number = (await page.getByTestId('order-invoice').textContent())!.match(/INV-\d{4}-\d{5}/)![0];

    await page.getByTestId('order-invoice').click();
    await page.getByTestId('invoice-row').filter({ hasText: number }).click();
    const panel = page.getByTestId('invoice-emails');
    expect(await panel.textContent()).toContain('Not sent by e-mail yet.');
    await page.getByTestId('invoice-send').click();
    // Asked once, saying what will happen.
    expect(await page.getByRole('dialog', { name: `Send ${number} by e-mail?` }).textContent()).toContain(
      `Orion e-mails ${number} with its PDF to mail.buyer@example.lu`,
    );
    await page.getByTestId('invoice-send-confirm').click();
    await expect
      .poll(() => panel.getByTestId('invoice-email-row').first().getAttribute('data-status'), { timeout: 15_000 })
      .toBe('SENT');
    expect(await page.getByTestId('invoice-send').textContent()).toBe('Send again');
    await screenshot(page, 'invoice-sent');

    await page.goto(`${orion.url}/dev/mailbox`);
    const row = page.getByTestId('mailbox-row').filter({ hasText: number });
    await expect
      .poll(async () => {
        await page.getByTestId('mailbox-refresh').click();
        return row.count();
      })
      .toBe(1);
    await row.click();
    expect(await page.getByTestId('mailbox-attachment').textContent()).toContain(`${number}.pdf`);
    await context.close();
  });
});
