#!/usr/bin/env node
import {
  createSimulator,
  DEFAULT_API_KEY,
  DEFAULT_NOW,
  DEFAULT_PORT,
  DEFAULT_SEED,
  DEFAULT_SHIPMENTS,
} from './index.js';
import type { FaultSpec } from './faults.js';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    console.error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}

const port = intEnv('LETZSHOP_SIM_PORT', DEFAULT_PORT);
const seed = intEnv('LETZSHOP_SIM_SEED', DEFAULT_SEED);
const shipments = intEnv('LETZSHOP_SIM_SHIPMENTS', DEFAULT_SHIPMENTS);
const apiKeys = (process.env.LETZSHOP_SIM_API_KEYS ?? DEFAULT_API_KEY)
  .split(',')
  .map((k) => k.trim())
  .filter((k) => k !== '');
const nowRaw = process.env.LETZSHOP_SIM_NOW?.trim();
const now = !nowRaw ? DEFAULT_NOW : nowRaw === 'now' ? new Date() : nowRaw;
let faults: FaultSpec[] = [];
if (process.env.LETZSHOP_SIM_FAULTS) {
  try {
    const parsed = JSON.parse(process.env.LETZSHOP_SIM_FAULTS) as FaultSpec | FaultSpec[];
    faults = Array.isArray(parsed) ? parsed : [parsed];
  } catch (err) {
    console.error(`LETZSHOP_SIM_FAULTS must be JSON: ${(err as Error).message}`);
    process.exit(2);
  }
}
const shippingFeeCents = intEnv('LETZSHOP_SIM_SHIPPING_FEE_CENTS', 0);

const sim = createSimulator({ seed, shipments, apiKeys, now, faults, shippingFeeCents });
const { url, baseUrl } = await sim.listen(port);
const summary = sim.state.summary();
console.log(`letzshop-sim listening on ${url}`);
console.log(
  `  seed ${seed}, ${summary.shipments} shipments (${summary.byState.unconfirmed} unconfirmed, ${summary.byState.confirmed} confirmed, ${summary.byState.declined} declined), base date ${summary.now}`,
);
console.log(`  API key(s): ${apiKeys.join(', ')}`);
console.log(
  `  admin: ${baseUrl}/admin/state, ${baseUrl}/admin/faults, ${baseUrl}/admin/shipments, ${baseUrl}/admin/reset`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`letzshop-sim: ${signal}, closing`);
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
