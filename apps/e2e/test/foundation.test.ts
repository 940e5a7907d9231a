import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Running, screenshot, signIn, startOrion } from './harness.js';

describe('foundation in a browser', () => {
  let orion: Running;
  let browser: Browser;
  let acceptUrl = '';
  beforeAll(async () => {
    orion = await startOrion();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await orion?.stop();
  });

  it('the demo owner signs in, switches stores and invites a member', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, orion.url, 'owner@orion.demo');
    const active = page.getByTestId('active-store');
    await expect.poll(() => active.textContent()).toMatch(/Demo (Shop Luxembourg|Outlet Esch)/);
    const before = await active.textContent();

    // Switch to the other store.
    await page.getByTestId('store-switcher').click();
    const other = before?.includes('Outlet') ? 'Demo Shop Luxembourg' : 'Demo Outlet Esch';
    await page.getByRole('option', { name: new RegExp(other) }).click();
    await expect.poll(() => active.textContent()).toContain(other);

    // Back to the shop, then invite.
    if (other !== 'Demo Shop Luxembourg') {
      await page.getByTestId('store-switcher').click();
      await page.getByRole('option', { name: /Demo Shop Luxembourg/ }).click();
      await expect.poll(() => active.textContent()).toContain('Demo Shop Luxembourg');
    }
    await page.getByRole('link', { name: 'Team' }).click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('invite-button').click();
    await page.getByTestId('invite-email').fill('new.colleague@orion.demo');
    await page.getByTestId('invite-submit').click();
    const link = page.getByTestId('invite-link');
    await link.waitFor();
    acceptUrl = await link.inputValue();
    expect(acceptUrl).toContain('/accept-invitation?token=');
    await page.keyboard.press('Escape');
    await link.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('invitation-row').filter({ hasText: 'new.colleague@orion.demo' }).count())
      .toBe(1);
    await screenshot(page, 'foundation');
    await page.close();
  });

  it('the invitee accepts in a fresh browser and lands signed in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(acceptUrl.replace(/^https?:\/\/[^/]+/, orion.url));
    await page.getByLabel('Your name').fill('New Colleague');
    await page.locator('input[autocomplete="new-password"]').fill('a-very-good-password');
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await expect.poll(() => page.getByTestId('active-store').textContent()).toContain('Demo Shop Luxembourg');
    await screenshot(page, 'accepted');
    await context.close();
  });

  it('staff see the team but no invite button', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, orion.url, 'staff@orion.demo');
    // Staff lack TEAM_READ: no Team entry in the navigation.
    await expect.poll(() => page.getByRole('link', { name: 'Team' }).count()).toBe(0);
    await page.goto(`${orion.url}/team`);
    await expect.poll(() => page.getByTestId('invite-button').count()).toBe(0);
    await context.close();
  });

  it('a wrong password is answered next to the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${orion.url}/sign-in`);
    await page.getByLabel('E-mail').fill('owner@orion.demo');
    await page.locator('input[autocomplete="current-password"]').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toContain('not correct');
    await page.close();
  });
});
