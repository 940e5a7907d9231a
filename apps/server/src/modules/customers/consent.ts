import type { StoreCtx } from '../../core/context.js';
import { ConsentEvent } from './consent-event.entity.js';
import { type ConsentSource, type ConsentStatus, Customer } from './customer.entity.js';

/**
 * The one way consent changes: the customer's state, its source and date, and a history row, in
 * the caller's unit of work. The same state again is no change (no new history row).
 */
export function changeConsent(
  ctx: StoreCtx,
  customer: Customer,
  change: { status: ConsentStatus; source: ConsentSource; at?: Date },
): boolean {
  if (customer.consentStatus === change.status && customer.consentSource === change.source) return false;
  const at = change.at ?? ctx.clock.now();
  customer.consentStatus = change.status;
  customer.consentSource = change.source;
  customer.consentChangedAt = at;
  ctx.em.create(ConsentEvent, {
    store: ctx.storeId,
    customer,
    status: change.status,
    source: change.source,
    changedAt: at,
    recordedBy: ctx.user?.name ?? null,
  });
  return true;
}

/** A customer's consent history, oldest first. */
export function consentHistory(ctx: StoreCtx, customerId: string): Promise<ConsentEvent[]> {
  return ctx.em.find(ConsentEvent, { customer: customerId }, { orderBy: { changedAt: 'asc', createdAt: 'asc' } });
}

/** Tags as stored: trimmed, empty ones dropped, duplicates (any case) once, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags.map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
