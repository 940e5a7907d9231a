import { describe, expect, it } from 'vitest';
import { screenshot, signIn, useOrion } from './harness.js';

describe('Letzshop in a browser', () => {
  const orion = useOrion();

  it('staff sync the demo shop with the simulator, confirm an order and ship it with tracking', async () => {
    const page = await orion.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, orion.url, 'staff@orion.demo');
    await page.goto(`${orion.url}/letzshop`);
    await page.getByTestId('letzshop-connected').waitFor();
    await page.getByTestId('letzshop-sync-now').click();
    const runs = page.getByTestId('letzshop-runs');
    await expect.poll(() => runs.getByText('succeeded').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await screenshot(page, 'letzshop-sync');

    await page.goto(`${orion.url}/orders`);
    const badge = page.getByTestId('letzshop-state-badge').filter({ hasText: 'unconfirmed' }).first();
    await badge.waitFor();
    await badge.click();
    await page.getByTestId('letzshop-panel').waitFor();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('pending');
    await page.getByTestId('letzshop-confirm-all').click();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('processing');
    await page.getByTestId('letzshop-tracking').fill('LU000111222');
    await page.getByTestId('letzshop-send-tracking').click();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('shipped');
    await expect.poll(() => page.getByTestId('letzshop-state').textContent()).toMatch(/confirmed/);
    await screenshot(page, 'letzshop-order-shipped');
  });
});
