import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, switchStore, useOrion } from './harness.js';

async function onHand(page: Page, url: string, sku: string): Promise<number> {
  await page.goto(`${url}/inventory`);
  const row = page.getByTestId('stock-row').filter({ hasText: sku }).first();
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  return Number(cells[2]);
}

describe('daily work in a browser', () => {
  const orion = useOrion();

  it('staff create a direct order, ship it, and see the stock fall', async () => {
    const page = await orion.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, orion.url, 'staff@orion.demo');
    const before = await onHand(page, orion.url, 'MUG-LUX-01');

    await page.goto(`${orion.url}/orders`);
    await page.getByTestId('new-order').click();
    await page.getByTestId('order-email').fill('marie.klein@example.lu');
    await page.getByTestId('order-first-name').fill('Marie');
    await page.getByTestId('order-last-name').fill('Klein');
    await page.getByTestId('order-street').fill('Avenue de la Liberté');
    await page.getByTestId('order-postal').fill('L-1930');
    await page.getByTestId('order-city').fill('Luxembourg');
    await page.getByTestId('line-product-0').click();
    await page.getByTestId('line-product-0').fill('MUG-LUX');
    await page.getByRole('option', { name: /MUG-LUX-01/ }).click();
    await page.getByTestId('line-qty-0').fill('2');
    await page.getByTestId('create-order').click();

    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('pending');
    // The labels follow the user's language (staff@orion.demo works in German): by test id.
    await page.getByTestId('confirm-order').click();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('processing');
    await page.getByTestId('ship-button').click();
    await page.getByTestId('tracking-input').fill('LU123456789');
    await page.getByTestId('ship-submit').click();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('shipped');
    await screenshot(page, 'order-shipped');

    // Invoice it from the order; it appears in the invoices list.
    await page.getByTestId('generate-invoice').click();
    // Irreversible: asked once.
    await page.getByTestId('generate-invoice-confirm').click();
    // The label follows the user's language (Invoice / Facture / Rechnung …): match the number only.
    await expect.poll(() => page.getByTestId('order-invoice').textContent()).toMatch(/INV-\d{4}-\d{5}/);
    const number = (await page.getByTestId('order-invoice').textContent())!.match(/INV-\d{4}-\d{5}/)![0];
    await page.getByTestId('order-invoice').click();
    await page.getByTestId('invoice-row').filter({ hasText: number }).click();
    await expect.poll(() => page.getByText(/(VAT|TVA|MwSt\.) 17 %/).count()).toBeGreaterThan(0);
    await page.waitForTimeout(500); // let the drawer finish opening for the screenshot
    await screenshot(page, 'invoice');

    expect(await onHand(page, orion.url, 'MUG-LUX-01')).toBe(before - 2);
    await screenshot(page, 'inventory');
    await page.close();
  });

  it('the dashboard shows orders by status as charts', async () => {
    const page = await orion.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, orion.url, 'owner@orion.demo');
    await switchStore(page, 'Demo Shop Luxembourg');
    await expect.poll(() => page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard');
    await page.close();
  });
});
