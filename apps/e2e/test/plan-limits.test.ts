import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, switchStore, useOrion } from './harness.js';

/** GraphQL from inside the signed-in page, as the SPA sends it (cookie + x-store-id). */
async function gql(page: Page, url: string, query: string, variables: Record<string, unknown> = {}) {
  const storeId = await page.evaluate(() => localStorage.getItem('orion.storeId'));
  const res = await page.request.post(`${url}/graphql`, {
    headers: { 'content-type': 'application/json', 'x-store-id': storeId ?? '' },
    data: { query, variables },
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('plan limits in a browser', () => {
  const orion = useOrion();

  it('filling the Essential order allowance shows the banner at 80 % and at 100 %', async () => {
    const page = await orion.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, orion.url, 'owner@orion.demo');
    await switchStore(page, 'Demo Shop Luxembourg');
    await expect.poll(() => page.getByTestId('active-store').textContent()).toContain('Demo Shop Luxembourg');

    await page.getByRole('link', { name: 'Plan & usage' }).click();
    await expect.poll(() => page.getByTestId('current-tier').textContent()).toBe('Professional');
    await page.getByTestId('choose-ESSENTIAL').click();
    // Irreversible: asked once.
    await page.getByTestId('choose-ESSENTIAL-confirm').click();
    await expect.poll(() => page.getByTestId('current-tier').textContent()).toBe('Essential');

    const levels = await gql(page, orion.url, '{ stockLevels(first: 100) { nodes { available product { id } } } }');
    const product = levels.data.stockLevels.nodes.sort((x: any, y: any) => y.available - x.available)[0].product.id;
    const sub = async () =>
      (await gql(page, orion.url, '{ storeSubscription { ordersInPeriod } }')).data.storeSubscription
        .ordersInPeriod as number;
    const order = (n: number) =>
      gql(page, orion.url, 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } } }', {
        i: {
          newCustomer: { email: `e2e${n}@example.lu`, firstName: 'E', lastName: `${n}` },
          shippingAddress: {
            firstName: 'E',
            lastName: `${n}`,
            street: 'Rue',
            postalCode: 'L-1',
            city: 'Luxembourg',
            country: 'LU',
          },
          lines: [{ productId: product, quantity: 1 }],
        },
      });

    let n = 0;
    while ((await sub()) < 80) expect((await order(n++)).errors).toBeUndefined();
    await page.reload();
    await expect.poll(() => page.getByTestId('usage-banner').textContent()).toContain('Approaching');

    while ((await sub()) < 100) expect((await order(n++)).errors).toBeUndefined();
    const refused = await order(n++);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('TIER_LIMIT_REACHED');
    await page.reload();
    await expect.poll(() => page.getByTestId('usage-banner').textContent()).toContain('Plan limit reached');
    await expect.poll(() => page.getByTestId('meter-Orders this month').textContent()).toContain('100 / 100');
    await screenshot(page, 'plan-limit');

    // On Essential the customer export is shown locked, with the plan that has it.
    await page.goto(`${orion.url}/customers`);
    await page.getByTestId('gated-CUSTOMER_EXPORT').click();
    await expect.poll(() => page.getByText('This is part of the Professional plan').count()).toBe(1);
    await page.close();
  });
});
