import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Running, screenshot, signIn, startOrion, switchStore } from './harness.js';

describe('EU VAT in a browser', () => {
  let orion: Running;
  let browser: Browser;
  beforeAll(async () => {
    orion = await startOrion();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await orion?.stop();
  });

  it('the French business buyer is invoiced without VAT (intra-Community supply); the VAT page shows threshold, rates and the OSS report', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await signIn(page, orion.url, 'owner@orion.demo');
    await switchStore(page, 'Demo Shop Luxembourg');

    // The demo's B2B customer: VAT number checked in VIES (the simulator) when saved.
    await page.goto(`${orion.url}/customers`);
    await page.getByText('Claire Marchal').first().click();
    await expect.poll(() => page.getByTestId('customer-vat-status').textContent()).toBe('Valid');

    // Its order: the invoice is an intra-Community supply at 0 %, with the mention.
    await page.goto(`${orion.url}/orders`);
    await page.getByText('Claire Marchal').first().click();
    await page.getByTestId('generate-invoice').click();
    // Irreversible: asked once.
    await page.getByTestId('generate-invoice-confirm').click();
    await expect.poll(() => page.getByTestId('order-invoice').textContent()).toMatch(/Invoice INV-\d{4}-\d{5}/);
    const number = (await page.getByTestId('order-invoice').textContent())!.replace('Invoice ', '');
    await page.getByTestId('order-invoice').click();
    await page.getByTestId('invoice-row').filter({ hasText: number }).click();
    await expect.poll(() => page.getByTestId('invoice-regime').textContent()).toBe('Intra-Community supply — 0 %');
    expect(await page.getByTestId('invoice-vat').textContent()).toContain('Art. 138');
    await page.waitForTimeout(500);
    await screenshot(page, 'invoice-intra-community');

    // The VAT page: threshold meter, rates of a date, the OSS report.
    await page.goto(`${orion.url}/vat`);
    await page.getByTestId('threshold-meter').waitFor();
    expect(await page.getByTestId('threshold-regime').textContent()).toBe('Luxembourg VAT applies');
    await screenshot(page, 'vat-settings');
    await page.getByTestId('vat-tab-rates').click();
    await page.getByTestId('rates-date').fill('2023-06-01');
    await expect.poll(() => page.getByTestId('rates-table').textContent()).toContain('16 %');
    await screenshot(page, 'vat-rates');
    await page.getByTestId('vat-tab-report').click();
    expect(await page.getByTestId('report-csv').getAttribute('href')).toMatch(
      /\/api\/vat\/oss-report\.csv\?year=\d{4}&quarter=\d&store=/,
    );
    await page.close();
  });
});
