import DataLoader from 'dataloader';
import type { Ctx } from './context.js';

const perRequest = new WeakMap<Ctx, Map<string, DataLoader<any, any>>>();

/**
 * A DataLoader that lives as long as the request: batches the keys asked for while one GraphQL
 * level resolves (e.g. the stock of 50 products in one SQL statement).
 */
export function loader<K, V>(ctx: Ctx, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let l = loaders.get(name);
  if (!l) loaders.set(name, (l = new DataLoader<K, V>(batch)));
  return l as DataLoader<K, V>;
}
