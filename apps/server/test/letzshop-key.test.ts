import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_API_KEY, type Simulator } from '@orion/letzshop-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { bindStoredKeysToEndpoints } from '../src/modules/letzshop/letzshop-connection.js';
import { checkLetzshopEndpoint } from '../src/modules/letzshop/letzshop-endpoint.js';
import { sealSecret } from '../src/modules/letzshop/secret-box.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { connectLetzshop, FAST_LETZSHOP, startSim, syncAndWait } from './helpers/letzshop-fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** A loopback server that records what reaches it and answers like something that is not Letzshop. */
async function startRecorder() {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    req.resume();
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('SSH-2.0-OpenSSH_9.6 internal-billing-db.corp:5432 ready');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    seen,
    url: `http://127.0.0.1:${port}/steal`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let t: TestApp;
let sim: Simulator;
let tenant: Tenant;
let owner: GqlClient;
let recorder: Awaited<ReturnType<typeof startRecorder>>;

const TEST = 'mutation($i: TestLetzshopConnectionInput) { testLetzshopConnection(input: $i) { ok message } }';
const UPDATE =
  'mutation($i: UpdateLetzshopSettingsInput!) { updateLetzshopSettings(input: $i) { endpointUrl apiKeyLast4 } }';

const stolen = () => recorder.seen.filter((h) => String(h.authorization ?? '').includes(DEFAULT_API_KEY));

beforeAll(async () => {
  sim = await startSim({ seed: 3, shipments: 5 });
  recorder = await startRecorder();
  t = await startTestApp(FAST_LETZSHOP);
  tenant = await createTenant(t.orm, 'lskey');
  owner = t.client().useStore(tenant.storeId);
  await owner.login(tenant.users.owner.email, PASSWORD);
  await connectLetzshop(owner, sim);
});

afterAll(async () => {
  await t?.close();
  await sim?.close();
  await recorder?.close();
});

describe('the stored Letzshop key goes only to the endpoint it was saved for', () => {
  it('testing another endpoint without a key is refused and sends nothing there', async () => {
    const e = await owner.fails(TEST, { i: { endpointUrl: recorder.url } });
    expect(e.extensions?.reason).toBe('LETZSHOP_KEY_REQUIRED_FOR_ENDPOINT');
    expect(e.extensions?.fields).toMatchObject({ apiKey: expect.stringMatching(/enter the API key again/) });
    expect(recorder.seen).toHaveLength(0);
  });

  it('changing the endpoint without the key is refused, nothing saved; the next sync still goes to Letzshop', async () => {
    const e = await owner.fails(UPDATE, { i: { endpointUrl: recorder.url, autoSync: true } });
    expect(e.extensions?.reason).toBe('LETZSHOP_KEY_REQUIRED_FOR_ENDPOINT');
    const s = await owner.ok('{ letzshopSettings { endpointUrl autoSync } }');
    expect(s.letzshopSettings).toEqual({ endpointUrl: sim.url, autoSync: false });
    const run = await syncAndWait(owner);
    expect(run.status).toBe('SUCCEEDED');
    expect(recorder.seen).toHaveLength(0);
  });

  it('an endpoint changed behind the API (in the database) does not open the key: nothing is sent', async () => {
    await t.orm.em
      .fork()
      .execute('update letzshop_settings set endpoint_url = ? where store_id = ?', [recorder.url, tenant.storeId]);
    const run = await syncAndWait(owner);
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/saved for another endpoint/);
    const e = await owner.fails(TEST);
    expect(e.extensions?.reason).toBe('LETZSHOP_KEY_FOR_OTHER_ENDPOINT');
    expect(stolen()).toHaveLength(0);
    expect(recorder.seen).toHaveLength(0);
    await t.orm.em
      .fork()
      .execute('update letzshop_settings set endpoint_url = ? where store_id = ?', [sim.url, tenant.storeId]);
  });

  it('with the key given, the endpoint changes; errors say "could not reach Letzshop" and echo nothing', async () => {
    const r = await owner.ok(TEST, { i: { endpointUrl: recorder.url, apiKey: 'another-key-1234' } });
    expect(r.testLetzshopConnection).toEqual({
      ok: false,
      message: expect.stringMatching(/^Could not reach Letzshop/),
    });
    expect(r.testLetzshopConnection.message).not.toMatch(/SSH|5432|internal|HTTP|127\.0\.0\.1/);
    expect(recorder.seen.at(-1)?.authorization).toBe('Bearer another-key-1234');

    const closed = await owner.ok(TEST, {
      i: { endpointUrl: 'http://127.0.0.1:9/graphql', apiKey: 'another-key-1234' },
    });
    expect(closed.testLetzshopConnection.message).toMatch(/^Could not reach Letzshop/);
    expect(closed.testLetzshopConnection.message).not.toMatch(/ECONNREFUSED|:9/);

    const saved = await owner.ok(UPDATE, { i: { endpointUrl: recorder.url, apiKey: 'another-key-1234' } });
    expect(saved.updateLetzshopSettings).toEqual({ endpointUrl: recorder.url, apiKeyLast4: '1234' });
    const run = await syncAndWait(owner);
    expect(run.status).toBe('FAILED');
    expect(run.error).not.toMatch(/SSH|5432|internal/);
    expect(stolen()).toHaveLength(0);
    await connectLetzshop(owner, sim);
  });

  it('refuses endpoints off the allowed hosts, naming the field and what is allowed', async () => {
    for (const endpointUrl of ['https://evil.example/graphql', 'http://letzshop.lu/graphql', 'https://10.0.0.5/x']) {
      const e = await owner.fails(UPDATE, { i: { endpointUrl, apiKey: DEFAULT_API_KEY } });
      expect(e.extensions?.reason, endpointUrl).toBe('LETZSHOP_ENDPOINT_NOT_ALLOWED');
      expect(e.extensions?.fields).toEqual({ endpointUrl: expect.stringMatching(/https URL on letzshop\.lu/) });
    }
    const s = await owner.ok('{ letzshopSettings { endpointUrl } }');
    expect(s.letzshopSettings.endpointUrl).toBe(sim.url);
  });

  it('a key sealed before endpoints were bound stays usable with its endpoint, and is bound to it at start', async () => {
    const em = t.orm.em.fork();
    const legacy = sealSecret(DEFAULT_API_KEY, t.config.ENCRYPTION_KEY, `letzshop-api-key:${tenant.storeId}`);
    await em.execute('update letzshop_settings set api_key_sealed = ? where store_id = ?', [
      `store-bound:${legacy}`,
      tenant.storeId,
    ]);
    expect((await syncAndWait(owner)).status).toBe('SUCCEEDED');
    expect(await bindStoredKeysToEndpoints(em, t.config, createLogger(t.config))).toBe(1);
    const [row] = await em.execute<{ api_key_sealed: string }[]>(
      'select api_key_sealed from letzshop_settings where store_id = ?',
      [tenant.storeId],
    );
    expect(row!.api_key_sealed).toMatch(/^v1\./);
    expect((await syncAndWait(owner)).status).toBe('SUCCEEDED');
  });
});

describe('endpoint host rules', () => {
  const prod = { ...loadConfig({ NODE_ENV: 'test' }), NODE_ENV: 'production' as const };
  const dev = loadConfig({ NODE_ENV: 'development' });

  it('production: https on an allowed host only — no http, no loopback, no other host', () => {
    expect(checkLetzshopEndpoint('https://letzshop.lu/graphql', prod)).toEqual({ url: 'https://letzshop.lu/graphql' });
    for (const u of [
      'http://letzshop.lu/graphql',
      'http://127.0.0.1:4010/graphql',
      'https://localhost/graphql',
      'https://letzshop.lu.evil.example/graphql',
      'https://user:pw@letzshop.lu/graphql',
      'not a url',
    ]) {
      expect(checkLetzshopEndpoint(u, prod), u).toHaveProperty('refused');
    }
  });

  it('LETZSHOP_ALLOWED_HOSTS replaces the list; development also allows the simulator on loopback', () => {
    const custom = {
      ...prod,
      LETZSHOP_ALLOWED_HOSTS: loadConfig({ LETZSHOP_ALLOWED_HOSTS: 'api.letzshop.lu, Staging.Letzshop.lu' })
        .LETZSHOP_ALLOWED_HOSTS,
    };
    expect(checkLetzshopEndpoint('https://staging.letzshop.lu/graphql', custom)).toHaveProperty('url');
    expect(checkLetzshopEndpoint('https://letzshop.lu/graphql', custom)).toHaveProperty('refused');
    expect(checkLetzshopEndpoint('http://127.0.0.1:4010/graphql', dev)).toHaveProperty('url');
    expect(checkLetzshopEndpoint('http://localhost:4010/graphql', dev)).toHaveProperty('url');
    expect(checkLetzshopEndpoint('http://192.168.1.10/graphql', dev)).toHaveProperty('refused');
  });
});
