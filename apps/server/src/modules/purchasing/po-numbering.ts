import type { EntityManager } from '@mikro-orm/postgresql';
import { nextInSequence } from '../common/sequence.js';

/**
 * The next purchase order number of the store, e.g. PO-2026-00042: one gap-free series per store
 * and prefix (as invoices number), taken in the caller's transaction — the counter row's lock
 * serialises concurrent creators and a rolled-back transaction gives its number back.
 */
export async function takePoNumber(em: EntityManager, storeId: string, prefix: string, year: number): Promise<string> {
  const n = await nextInSequence(em, storeId, `purchase-order:${prefix}`);
  return `${prefix}-${year}-${String(n).padStart(5, '0')}`;
}
