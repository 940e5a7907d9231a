import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoreCtx } from '../../core/context.js';
import { normalizeEmail } from '../auth/user.entity.js';

/** The keyed hash a re-import compares: never the e-mail itself, never reversible without the key. */
export function buyerHash(encryptionKey: string, email: string): string {
  return createHmac('sha256', `erased-buyer:${encryptionKey}`).update(normalizeEmail(email)).digest('hex');
}

export interface ErasedMatch {
  customerId: string;
  erasedAt: Date;
}

/** Which of these buyers (by e-mail) were erased in the store, keyed by normalised e-mail. */
export async function erasedBuyers(
  em: EntityManager,
  storeId: string,
  encryptionKey: string,
  emails: readonly string[],
): Promise<Map<string, ErasedMatch>> {
  const byHash = new Map(emails.map((e) => [buyerHash(encryptionKey, e), normalizeEmail(e)]));
  if (!byHash.size) return new Map();
  const rows = await em.execute<{ subject_hash: string; customer_id: string; erased_at: Date }[]>(
    'select subject_hash, customer_id, erased_at from erased_buyer where store_id = ? and subject_hash in (?)',
    [storeId, [...byHash.keys()]],
  );
  return new Map(
    rows.map((r) => [byHash.get(r.subject_hash)!, { customerId: r.customer_id, erasedAt: new Date(r.erased_at) }]),
  );
}

/** Whether the customer's personal data were erased. */
export async function isErasedCustomer(ctx: StoreCtx, customerId: string): Promise<boolean> {
  const [row] = await ctx.em.execute<{ erased: boolean }[]>(
    'select erased_at is not null as erased from customer where store_id = ? and id = ?',
    [ctx.storeId, customerId],
  );
  return row?.erased ?? false;
}
