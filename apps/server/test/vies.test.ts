import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViesClient } from '../src/modules/customers/vies-client.js';
import { startViesSimulator, type ViesSimulator } from '../src/modules/customers/vies-simulator.js';
import { createTenant, PASSWORD, type Tenant } from './helpers/fixtures.js';
import type { GqlClient } from './helpers/gql-client.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('VIES client against the simulator', () => {
  let sim: ViesSimulator;
  let client: ViesClient;
  beforeAll(async () => {
    sim = await startViesSimulator({ unavailable: ['IT'] });
    client = new ViesClient(sim.url, 300);
  });
  afterAll(() => sim.close());

  it('valid with a consultation number when a requester is given', async () => {
    const r = await client.check('FR', '40303265045', { memberStateCode: 'LU', number: '26375245' });
    expect(r).toMatchObject({ status: 'valid', errorCode: null, traderName: 'Simulated trader FR40303265045' });
    expect(r.consultationNumber).toMatch(/^WAPI/);
    expect(r.requestDate).toBeTruthy();
    expect(sim.requests.at(-1)).toMatchObject({ requesterMemberStateCode: 'LU', requesterNumber: '26375245' });
    expect((await client.check('FR', '40303265045')).consultationNumber).toBeNull();
  });

  it('invalid: not registered, or INVALID_INPUT', async () => {
    sim.set('DE136695976', 'invalid');
    expect((await client.check('DE', '136695976')).status).toBe('invalid');
    sim.set('DE136695976', 'INVALID_INPUT');
    expect(await client.check('DE', '136695976')).toMatchObject({ status: 'invalid', errorCode: 'INVALID_INPUT' });
    sim.set('DE136695976', null);
  });

  it.each([
    ['MS_UNAVAILABLE', 'MS_UNAVAILABLE'],
    ['TIMEOUT', 'TIMEOUT'],
    ['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
    ['MS_MAX_CONCURRENT_REQ', 'MS_MAX_CONCURRENT_REQ'],
    ['GLOBAL_MAX_CONCURRENT_REQ', 'GLOBAL_MAX_CONCURRENT_REQ'],
    ['userError:MS_UNAVAILABLE', 'MS_UNAVAILABLE'],
  ] as const)('%s → unknown, never invalid', async (outcome, code) => {
    sim.set('BE0403019261', outcome);
    expect(await client.check('BE', '0403019261')).toMatchObject({ status: 'unknown', errorCode: code });
    sim.set('BE0403019261', null);
  });

  it('no answer within the timeout → unknown TIMEOUT', async () => {
    sim.set('BE0403019261', 'hang');
    const started = Date.now();
    expect(await client.check('BE', '0403019261')).toMatchObject({ status: 'unknown', errorCode: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(3000);
    sim.set('BE0403019261', null);
  });

  it('a member state marked unavailable → unknown; unreachable VIES → unknown', async () => {
    expect(await client.check('IT', '00743110157')).toMatchObject({ status: 'unknown', errorCode: 'MS_UNAVAILABLE' });
    const dead = new ViesClient('http://127.0.0.1:9', 300);
    expect(await dead.check('FR', '40303265045')).toMatchObject({ status: 'unknown', errorCode: 'NETWORK_ERROR' });
  });
});

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id vatNumber isBusiness
  vatCheck { vatNumber status source consultationNumber requestDate errorCode message checkedAt } } } }`;

describe('customer VAT numbers are checked when saved', () => {
  let sim: ViesSimulator;
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;
  let staff: GqlClient;
  let other: GqlClient;
  beforeAll(async () => {
    sim = await startViesSimulator();
    t = await startTestApp({ VIES_URL: sim.url, VIES_TIMEOUT_MS: '300' });
    a = await createTenant(t.orm, 'vies');
    b = await createTenant(t.orm, 'vies-b');
    staff = t.client().useStore(a.storeId);
    await staff.login(a.users.staff.email, PASSWORD);
    other = t.client().useStore(b.storeId);
    await other.login(b.users.staff.email, PASSWORD);
    // The store's own VAT number makes VIES return a consultation number.
    const owner = t.client().useStore(a.storeId);
    await owner.login(a.users.owner.email, PASSWORD);
    await owner.ok(`mutation { updateInvoiceSettings(input: { vatNumber: "LU26375245" }) { vatNumber } }`);
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
  });

  it('valid: kept with date and consultation number; the customer becomes a business', async () => {
    const c = (await staff.ok(CREATE, { i: { email: 'b2b@fr.test', company: 'SA', vatNumber: 'fr 40 303 265 045' } }))
      .createCustomer.customer;
    expect(c).toMatchObject({ vatNumber: 'FR40303265045', isBusiness: true });
    expect(c.vatCheck).toMatchObject({ status: 'VALID', source: 'vies', errorCode: null });
    expect(c.vatCheck.consultationNumber).toMatch(/^WAPI/);
    expect(c.vatCheck.requestDate).toBeTruthy();
  });

  it('malformed: invalid without asking VIES', async () => {
    const before = sim.requests.length;
    const c = (await staff.ok(CREATE, { i: { email: 'bad@fr.test', vatNumber: 'FR84323140391' } })).createCustomer
      .customer;
    expect(c.vatCheck).toMatchObject({ status: 'INVALID', source: 'format' });
    expect(sim.requests.length).toBe(before);
  });

  it('MS_UNAVAILABLE and timeout: unknown, saved anyway; a re-check later turns valid', async () => {
    sim.set('BE0403019261', 'MS_UNAVAILABLE');
    const c = (await staff.ok(CREATE, { i: { email: 'be@be.test', vatNumber: 'BE0403019261' } })).createCustomer
      .customer;
    expect(c.vatCheck).toMatchObject({ status: 'UNKNOWN', errorCode: 'MS_UNAVAILABLE' });
    expect(c.vatCheck.message).toContain('not "invalid"');
    sim.set('BE0403019261', 'hang');
    const re = `mutation($id: ID!) { checkCustomerVatNumber(id: $id) { customer { vatCheck { status errorCode } } } }`;
    expect((await staff.ok(re, { id: c.id })).checkCustomerVatNumber.customer.vatCheck).toEqual({
      status: 'UNKNOWN',
      errorCode: 'TIMEOUT',
    });
    sim.set('BE0403019261', null);
    expect((await staff.ok(re, { id: c.id })).checkCustomerVatNumber.customer.vatCheck).toEqual({
      status: 'VALID',
      errorCode: null,
    });
    const [{ n }] = await t.orm.em
      .fork()
      .execute(`select count(*)::int as n from vat_check where customer_id = ?`, [c.id]);
    expect(n).toBe(3);
  });

  it('updating the number checks it again; an unchanged number is not re-checked', async () => {
    const c = (await staff.ok(CREATE, { i: { email: 'de@de.test', vatNumber: 'DE136695976' } })).createCustomer
      .customer;
    const before = sim.requests.length;
    const UPDATE = `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { customer { vatNumber vatCheck { status vatNumber } } } }`;
    await staff.ok(UPDATE, { i: { id: c.id, firstName: 'Hans' } });
    expect(sim.requests.length).toBe(before);
    const u = (await staff.ok(UPDATE, { i: { id: c.id, vatNumber: 'IT00743110157' } })).updateCustomer.customer;
    expect(u.vatCheck).toEqual({ status: 'VALID', vatNumber: 'IT00743110157' });
    expect(sim.requests.length).toBe(before + 1);
  });

  it("another tenant cannot re-check this tenant's customer", async () => {
    const c = (await staff.ok(CREATE, { i: { email: 'iso@fr.test', vatNumber: 'FR40303265045' } })).createCustomer
      .customer;
    const e = await other.fails(`mutation { checkCustomerVatNumber(id: "${c.id}") { customer { id } } }`);
    expect(e.extensions?.code).toBe('NOT_FOUND');
  });
});
