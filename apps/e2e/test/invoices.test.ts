import { describe, expect, it } from 'vitest';
import { screenshot, signIn, switchStore, useOrion } from './harness.js';

describe('invoice PDFs in a browser', () => {
  const orion = useOrion();

  it('issues an invoice from the order, downloads its PDF, credits part of it and downloads a ZIP', async () => {
    const page = await orion.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, orion.url, 'owner@orion.demo');
    await switchStore(page, 'Demo Shop Luxembourg');

    await page.goto(`${orion.url}/orders`);
    await page.getByTestId('new-order').click();
    await page.getByTestId('order-email').fill('paul.weber@example.lu');
    await page.getByTestId('order-first-name').fill('Paul');
    await page.getByTestId('order-last-name').fill('Weber');
    await page.getByTestId('order-street').fill('Rue du Fort Neipperg');
    await page.getByTestId('order-postal').fill('L-2230');
    await page.getByTestId('order-city').fill('Luxembourg');
    await page.getByTestId('line-product-0').click();
    await page.getByTestId('line-product-0').fill('MUG-LUX');
    await page.getByRole('option', { name: /MUG-LUX-01/ }).click();
    await page.getByTestId('line-qty-0').fill('3');
    await page.getByTestId('create-order').click();
    await expect.poll(() => page.getByTestId('order-status').textContent()).toBe('pending');

    // No invoice yet: "Generate invoice"; then "Download invoice".
    expect(await page.getByTestId('download-invoice').count()).toBe(0);
    await page.getByTestId('generate-invoice').click();
    // Irreversible: asked once.
    await page.getByTestId('generate-invoice-confirm').click();
    await page.getByTestId('download-invoice').waitFor();
    const number = (await page.getByTestId('order-invoice').textContent())!.match(/INV-\d{4}-\d{5}/)?.[0];
    expect(number).toMatch(/^INV-\d{4}-\d{5}$/);
    await screenshot(page, 'order-invoiced');

    // The link answers the stored PDF (same session cookie, store in the link).
    const href = (await page.getByTestId('download-invoice').getAttribute('href'))!;
    const res = await page.request.get(`${orion.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toBe(`attachment; filename="${number}.pdf"`);
    const pdf = await res.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // Clicking it downloads the file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-invoice').click()]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);

    // Partial credit note from the invoices page: one of the three mugs.
    await page.getByTestId('order-invoice').click();
    await page.getByTestId('invoice-row').filter({ hasText: number }).click();
    await page.getByTestId('partial-credit').click();
    await page.getByTestId('credit-submit').click();
    await expect.poll(() => page.getByTestId('credit-problem').textContent()).toMatch(/at least one/i);
    await page.getByTestId('credit-qty-0').fill('1');
    await page.getByTestId('credit-submit').click();
    await expect
      .poll(() =>
        page
          .getByTestId('invoice-row')
          .filter({ hasText: /CN-\d{4}-\d{5}/ })
          .count(),
      )
      .toBeGreaterThan(0);

    // Crediting the three mugs again: the API refuses (only two remain) and the form says why.
    await page.getByTestId('partial-credit').click();
    await page.getByTestId('credit-qty-0').fill('3');
    await page.getByTestId('credit-submit').click();
    await expect.poll(() => page.getByTestId('credit-problem').textContent()).toMatch(/remain/i);
    await page.keyboard.press('Escape');

    // The ZIP of this month holds at least the invoice and the credit note.
    await page.keyboard.press('Escape');
    await page.getByTestId('zip-open').click();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByTestId('zip-from').fill(`${today.slice(0, 8)}01`);
    await page.getByTestId('zip-to').fill(today);
    await expect.poll(() => page.getByTestId('zip-count').textContent()).toMatch(/: [2-9]|: \d\d/);
    await screenshot(page, 'invoices-zip');
    const zipHref = (await page.getByTestId('zip-download').getAttribute('href'))!;
    const zip = await page.request.get(`${orion.url}${zipHref}`);
    expect(zip.status()).toBe(200);
    expect(zip.headers()['content-type']).toBe('application/zip');
    const body = await zip.body();
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expect(body.includes(Buffer.from(`${number}.pdf`))).toBe(true);
    await page.close();
  });
});
