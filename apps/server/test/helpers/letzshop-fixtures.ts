import { CATALOGUE, createSimulator, DEFAULT_API_KEY, type Simulator } from '@orion/letzshop-sim';
import type { MikroORM } from '../../src/db/orm.js';
import { Product } from '../../src/modules/catalog/product.entity.js';
import { simCatalogueProduct } from '../../src/modules/demo/sim-catalogue.js';
import { Location } from '../../src/modules/inventory/location.entity.js';
import { InventoryReason } from '../../src/modules/inventory/inventory-transaction.entity.js';
import { moveStock } from '../../src/modules/inventory/stock-movements.js';
import type { GqlClient } from './gql-client.js';

/** Client settings that keep fault tests quick: short timeout, short backoff. */
export const FAST_LETZSHOP = {
  LETZSHOP_TIMEOUT_MS: '1000',
  LETZSHOP_BACKOFF_MS: '20',
  LETZSHOP_ATTEMPTS: '4',
  LETZSHOP_PAGE_SIZE: '20',
};

export async function startSim(opts: Parameters<typeof createSimulator>[0] = {}): Promise<Simulator> {
  const sim = createSimulator(opts);
  await sim.listen(0);
  return sim;
}

/** One product per simulator catalogue item (GTIN, SKU, price), `stock` of each in one location. */
export async function seedSimCatalogue(orm: MikroORM, storeId: string, stock = 50): Promise<Map<string, string>> {
  const em = orm.em.fork();
  const bySku = new Map<string, string>();
  await em.transactional(async (tx) => {
    const location = tx.create(Location, { store: storeId, warehouse: 'MAIN', bin: 'A-01' });
    const products = CATALOGUE.map((c) => tx.create(Product, simCatalogueProduct(storeId, c)));
    await tx.flush();
    for (const p of products) {
      bySku.set(p.sku, p.id);
      if (stock > 0) {
        await moveStock(tx, {
          storeId,
          productId: p.id,
          locationId: location.id,
          quantityDelta: stock,
          reservedDelta: 0,
          reason: InventoryReason.RECEIVED,
          userId: null,
        });
      }
    }
  });
  return bySku;
}

export async function connectLetzshop(c: GqlClient, sim: Simulator, apiKey = DEFAULT_API_KEY) {
  return c.ok(
    `mutation($i: UpdateLetzshopSettingsInput!) { updateLetzshopSettings(input: $i) { apiKeyLast4 endpointUrl } }`,
    { i: { apiKey, endpointUrl: sim.url } },
  );
}

const RUN_FIELDS = 'id kind trigger status pages fetched created updated unchanged failed waiting error problems';

/** Starts a sync through the API and waits for its end. */
export async function syncAndWait(c: GqlClient, input: Record<string, unknown> = {}, timeoutMs = 60_000) {
  const started = await c.ok<{ startLetzshopSync: { id: string } }>(
    `mutation($i: StartLetzshopSyncInput) { startLetzshopSync(input: $i) { id } }`,
    { i: input },
  );
  return waitForRun(c, started.startLetzshopSync.id, timeoutMs);
}

export async function waitForRun(c: GqlClient, id: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = await c.ok<{ letzshopSyncRun: Record<string, any> }>(
      `query($id: ID!) { letzshopSyncRun(id: $id) { ${RUN_FIELDS} } }`,
      {
        id,
      },
    );
    const run = r.letzshopSyncRun;
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') return run;
    if (Date.now() > end) throw new Error(`sync ${id} still ${run.status} after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 50));
  }
}
