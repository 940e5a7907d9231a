import { describe, expect, it } from 'vitest';
import { screenshot, signIn, useOrion } from './harness.js';

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
});
