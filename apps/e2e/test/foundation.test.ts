import { describe, expect, it } from 'vitest';
import { activeStore, screenshot, signIn, switchStore, useOrion } from './harness.js';

/**
 * The Foundation issue's acceptance test: sign-in, the shell, the store switcher, the team with
 * an invitation, accepting it in a fresh browser, and what staff and accountants may not do.
 */
describe('foundation in a browser', () => {
  const orion = useOrion();
  let acceptUrl = '';
  const invitee = 'new.colleague@orion.demo';

  it('the demo owner signs in, switches stores and invites a member', async () => {
    const context = await orion.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, orion.url, 'owner@orion.demo');

    // The shell: navigation, the store switcher with the merchant, the user with the role.
    // Stores are listed oldest first and the first opens: the main shop, not the newer outlet.
    await expect.poll(() => activeStore(page)).toBe('Demo Shop Luxembourg');
    expect(await page.getByTestId('active-merchant-name').textContent()).toBe('Demo Sàrl');
    expect(await page.getByTestId('user-role').textContent()).toBe('Owner');
    for (const entry of ['Orders', 'Products', 'Inventory', 'Customers', 'Invoices', 'Settings', 'Team']) {
      expect(await page.getByRole('link', { name: entry, exact: true }).count()).toBe(1);
    }

    // Switch to the other store: the header and the page follow.
    const first = await activeStore(page);
    const other = first === 'Demo Outlet Esch' ? 'Demo Shop Luxembourg' : 'Demo Outlet Esch';
    await switchStore(page, other);
    await expect.poll(() => activeStore(page)).toBe(other);
    await expect.poll(() => page.getByTestId('active-store').textContent()).toContain(other);
    expect(await page.evaluate(() => localStorage.getItem('orion.storeId'))).toBeTruthy();

    // The outlet's team is two people, the shop's four: the page shows the store chosen.
    await switchStore(page, 'Demo Outlet Esch');
    await page.locator('a[href="/team"]').click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    await switchStore(page, 'Demo Shop Luxembourg');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(4);
    expect(new URL(page.url()).pathname).toBe('/team');

    // Invite: e-mail and role, then the link with a copy button, then the pending invitation.
    await page.getByTestId('invite-button').click();
    await page.getByTestId('invite-email').fill('not-an-address');
    await page.getByTestId('invite-submit').click();
    // The server's field message lands next to the field.
    await expect.poll(() => page.getByText('must be an e-mail address').count()).toBe(1);
    await page.getByTestId('invite-email').fill(invitee);
    await page.getByTestId('invite-role').click();
    await page.getByRole('option', { name: /^Manager/ }).click();
    await page.getByTestId('invite-submit').click();
    const link = page.getByTestId('invite-link');
    await link.waitFor();
    acceptUrl = await link.inputValue();
    expect(acceptUrl).toMatch(/\/accept-invitation\?token=[\w-]+/);
    expect(await page.getByTestId('copy-invite-link').isVisible()).toBe(true);
    await screenshot(page, 'invitation-link');
    await page.getByTestId('invite-done').click();
    await link.waitFor({ state: 'detached' });

    const row = page.getByTestId('invitation-row').filter({ hasText: invitee });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('role-badge').textContent()).toBe('Manager');
    await screenshot(page, 'foundation');
    await context.close();
  });

  it('the invitee opens the link in a fresh browser, accepts, and lands signed in', async () => {
    expect(acceptUrl).not.toBe('');
    const context = await orion.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    const page = await context.newPage();
    // The link names the server's public URL; the test server listens on its own port.
    const { pathname, search } = new URL(acceptUrl);
    await page.goto(`${orion.url}${pathname}${search}`);
    await expect.poll(() => page.getByRole('heading', { level: 3 }).textContent()).toContain('Demo Shop Luxembourg');
    await page.getByTestId('accept-name').fill('Nadia Newcomer');
    await page.getByTestId('accept-password').fill('short');
    await page.getByTestId('accept-submit').click();
    // Too short: refused by the server, said on the page.
    await expect.poll(() => page.getByTestId('accept-password').getAttribute('data-invalid')).toBe('true');
    await page.getByTestId('accept-password').fill('a-very-good-password');
    await page.getByTestId('accept-submit').click();

    await page.getByTestId('store-switcher').waitFor();
    await expect.poll(() => activeStore(page)).toBe('Demo Shop Luxembourg');
    expect(await page.getByTestId('user-role').textContent()).toBe('Manager');
    await screenshot(page, 'accepted');

    // The same link does not work twice.
    const again = await context.newPage();
    await again.goto(`${orion.url}${pathname}${search}`);
    await expect.poll(() => again.getByTestId('invitation-error').count()).toBe(1);
    await context.close();
  });

  it('staff see no Team entry and no invite button', async () => {
    const context = await orion.browser.newContext();
    const page = await context.newPage();
    await signIn(page, orion.url, 'staff@orion.demo');
    await expect.poll(() => activeStore(page)).toBe('Demo Shop Luxembourg');
    expect(await page.locator('a[href="/team"]').count()).toBe(0);
    await page.goto(`${orion.url}/team`);
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('invite-button').count()).toBe(0);
    await context.close();
  });

  it('accountants see only what their role opens; other pages by URL say so kindly and lead back', async () => {
    const context = await orion.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, orion.url, 'accountant@orion.demo');
    await expect.poll(() => activeStore(page)).toBe('Demo Shop Luxembourg');
    expect(await page.getByTestId('user-role').textContent()).toBe('Accountant');

    // The navigation offers what the role can read, and nothing else (not even greyed out).
    const nav = page.getByRole('navigation', { name: 'Navigation' });
    for (const entry of ['Dashboard', 'Orders', 'Invoices', 'EU VAT', 'Plan & usage']) {
      expect(await nav.getByRole('link', { name: entry, exact: true }).count()).toBe(1);
    }
    for (const entry of ['Products', 'Inventory', 'Customers', 'Settings', 'Team', 'Letzshop']) {
      expect(await nav.getByText(entry, { exact: true }).count()).toBe(0);
    }

    // By URL: a page in words (never a permission code), no form, and a way back.
    for (const path of ['/orders/new', '/products']) {
      await page.goto(`${orion.url}${path}`);
      const notice = page.getByTestId('no-access');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('Not available for your role');
      expect(text).toContain('Accountant');
      expect(text).not.toMatch(/[A-Z]+_[A-Z]+/);
      expect(await page.getByTestId('order-email').count()).toBe(0);
      expect(await page.getByTestId('create-order').count()).toBe(0);
      expect(await page.getByTestId('product-row').count()).toBe(0);
    }
    await screenshot(page, 'accountant-no-access');
    await page.getByTestId('no-access-back').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');

    // Orders: the buyer's name without the e-mail, no "New order"; an order opens without its
    // buyer's contact data, and without the actions the role cannot take.
    await nav.getByRole('link', { name: 'Orders', exact: true }).click();
    await page.getByTestId('order-row').first().waitFor();
    expect(await page.getByTestId('new-order').count()).toBe(0);
    expect(await page.getByTestId('order-row').first().textContent()).not.toContain('@');
    await page.getByTestId('order-row').first().click();
    await page.getByTestId('order-status').waitFor();
    expect(await page.getByText('Billing address').count()).toBe(1);
    expect(await page.getByText('Shipping address').count()).toBe(0);
    expect(await page.getByTestId('generate-invoice').count()).toBe(0);
    await screenshot(page, 'accountant-order');

    // A download the role may take arrives as a file; one that fails (here: signed out in another
    // tab) says so on the page instead of leaving it for a page of raw JSON.
    await nav.getByRole('link', { name: 'EU VAT', exact: true }).click();
    await page.getByTestId('vat-tab-report').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^oss-\d{4}-q\d.*\.csv$/);
    const out = await page.request.post(`${orion.url}/graphql`, { data: { query: 'mutation { logout }' } });
    expect(out.ok()).toBe(true);
    await page.getByTestId('report-csv').click();
    await page.getByText('Download failed').waitFor();
    expect(new URL(page.url()).pathname).toBe('/vat');
    await context.close();
  });

  it('managers see the team, read-only', async () => {
    const context = await orion.browser.newContext();
    const page = await context.newPage();
    await signIn(page, orion.url, 'manager@orion.demo');
    await switchStore(page, 'Demo Shop Luxembourg');
    await page.locator('a[href="/team"]').click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('team-read-only').waitFor();
    expect(await page.getByTestId('invite-button').count()).toBe(0);
    expect(await page.getByTestId('member-remove').count()).toBe(0);
    await context.close();
  });

  it('the profile changes the name and the interface language, and signs out', async () => {
    const context = await orion.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await signIn(page, orion.url, 'owner@orion.demo');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.getByTestId('profile-name').fill('Olivia Owner-Weber');
    await page.getByTestId('profile-language').getByText('Français').click();
    await page.getByTestId('profile-save').click();
    // The shell follows at once: French navigation, the new name in the header.
    await expect.poll(() => page.locator('a[href="/team"]').textContent()).toBe('Équipe');
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Olivia Owner-Weber');
    await screenshot(page, 'profile-fr');
    // And it stays after a reload (the language comes from the account).
    await page.reload();
    await expect.poll(() => page.locator('a[href="/team"]').textContent()).toBe('Équipe');

    await page.getByTestId('profile-language').getByText('English').click();
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.locator('a[href="/team"]').textContent()).toBe('Team');
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in$/);
    // Signed out for real: the app sends back to sign-in.
    await page.goto(`${orion.url}/team`);
    await page.waitForURL(/\/sign-in\?next=%2Fteam$/);
    await context.close();
  });

  it('a wrong password is said on the form; repeated failures lock the address, clearly', async () => {
    const context = await orion.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${orion.url}/sign-in`);
    await page.getByTestId('sign-in-email').fill('owner@orion.demo');
    await page.getByTestId('sign-in-password').fill('wrong-password');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await expect.poll(() => error.getAttribute('data-reason')).toBe('INVALID_CREDENTIALS');
    expect(await error.textContent()).toContain('not correct');

    // An address nobody uses, so no demo account is locked for the other tests.
    await page.getByTestId('sign-in-email').fill('locked.out@orion.demo');
    for (let i = 0; i < 6; i++) {
      await page.getByTestId('sign-in-submit').click();
      await expect.poll(() => page.getByTestId('sign-in-submit').getAttribute('data-loading')).toBeNull();
      if ((await error.getAttribute('data-reason')) === 'TOO_MANY_ATTEMPTS') break;
    }
    await expect.poll(() => error.getAttribute('data-reason')).toBe('TOO_MANY_ATTEMPTS');
    expect(await error.textContent()).toMatch(/Too many failed sign-ins/);
    await screenshot(page, 'sign-in-locked');
    await context.close();
  });
});
