import { describe, expect, it } from 'vitest';
import { screenshot, useOrion } from './harness.js';

/** The API explorer at /graphiql: served by the app itself, no CDN, usable offline with a header. */
describe('API explorer (/graphiql)', () => {
  const orion = useOrion();

  it('serves the page and every asset it names from the app, with no external URL', async () => {
    const res = await fetch(`${orion.url}/graphiql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    // Nothing is loaded from elsewhere: no absolute or protocol-relative URL in src/href.
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    const assets = refs.filter((r) => !r.startsWith('data:'));
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const ref of assets) {
      expect(ref, ref).toMatch(/^\/assets\//);
      const asset = await fetch(`${orion.url}${ref}`);
      expect(asset.status, ref).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(0);
    }
    expect(html.replace(/"data:[^"]*"/g, '""')).not.toMatch(/https?:\/\//);
  });

  it('runs a query offline, with the x-store-id header it is given and the session', async () => {
    const context = await orion.browser.newContext({ viewport: { width: 1280, height: 860 } });
    // Offline: every request that does not go to the app itself is refused.
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(orion.url) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
      outside.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    const login = await page.request.post(`${orion.url}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation($i: LoginInput!) { login(input: $i) { me { stores { store { id name } } } } }',
        variables: { i: { email: 'owner@orion.demo', password: 'orion-demo' } },
      },
    });
    const stores = (await login.json()).data.login.me.stores as { store: { id: string; name: string } }[];
    const shop = stores.find((s) => s.store.name === 'Demo Shop Luxembourg')!.store.id;
    // As the SPA leaves it: the active store in localStorage, which fills the headers tab.
    await page.goto(`${orion.url}/graphiql`);
    await page.evaluate((id) => localStorage.setItem('orion.storeId', id), shop);
    await page.reload();

    const answers: unknown[] = [];
    page.on('response', async (r) => {
      if (r.url() === `${orion.url}/graphql` && r.request().method() === 'POST') {
        const body = r.request().postDataJSON() as { query?: string };
        if (body.query?.includes('RecentOrders')) answers.push({ status: r.status(), sent: r.request().headers() });
      }
    });
    // The editors are ready once the query editor shows the default query.
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('RecentOrders');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 30_000 })
      .toContain('totalCount');
    const text = (await page.locator('.graphiql-response').textContent()) ?? '';
    expect(text).toContain('orderNumber');
    expect(text).not.toContain('"errors"');
    expect(answers).toHaveLength(1);
    expect((answers[0] as { sent: Record<string, string> }).sent['x-store-id']).toBe(shop);
    await screenshot(page, 'api-explorer');
    expect(outside).toEqual([]);
    await context.close();
  });
});
