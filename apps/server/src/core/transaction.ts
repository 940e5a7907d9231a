import type { Ctx } from './context.js';

/**
 * The one way to run work in a transaction: `work` receives the same context with its
 * EntityManager bound to the transaction (`tx.em`), so services called inside take `tx` like any
 * context — no `{ ...ctx, em }` casts, no `(ctx, em)` pairs. A call inside a running transaction
 * joins it. After the commit the request's EntityManager forgets what it had loaded, so what the
 * caller reads next is what was committed (set-based SQL inside the work included).
 */
export async function inTransaction<C extends Ctx, T>(ctx: C, work: (tx: C) => Promise<T>): Promise<T> {
  if (ctx.em.isInTransaction()) return work(ctx);
  const result = await ctx.em.transactional((em) => work({ ...ctx, em }));
  ctx.em.clear();
  return result;
}
