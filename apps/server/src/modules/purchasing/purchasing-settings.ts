import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoreCtx } from '../../core/context.js';
import { inTransaction } from '../../core/transaction.js';
import type { UpdatePurchasingSettingsInput } from './purchasing.inputs.js';
import { PurchasingSettings } from './purchasing-settings.entity.js';

export const DEFAULT_PURCHASING_SETTINGS = {
  poPrefix: 'PO',
  overReceiptTolerancePercent: 0,
  velocityDays: 30,
  safetyDays: 7,
} as const;

export type PurchasingSettingsView = Pick<
  PurchasingSettings,
  'poPrefix' | 'overReceiptTolerancePercent' | 'velocityDays' | 'safetyDays'
>;

/** The store's settings, or the defaults when it never saved any. */
export async function purchasingSettings(em: EntityManager, storeId: string): Promise<PurchasingSettingsView> {
  const s = await em.findOne(PurchasingSettings, { store: storeId });
  return s ?? { ...DEFAULT_PURCHASING_SETTINGS };
}

export async function updatePurchasingSettings(
  ctx: StoreCtx,
  input: UpdatePurchasingSettingsInput,
): Promise<PurchasingSettingsView> {
  return inTransaction(ctx, async ({ em }) => {
    let s = await em.findOne(PurchasingSettings, { store: ctx.storeId });
    if (!s) s = em.create(PurchasingSettings, { store: ctx.storeId, ...DEFAULT_PURCHASING_SETTINGS });
    if (input.poPrefix != null) s.poPrefix = input.poPrefix;
    if (input.overReceiptTolerancePercent != null) s.overReceiptTolerancePercent = input.overReceiptTolerancePercent;
    if (input.velocityDays != null) s.velocityDays = input.velocityDays;
    if (input.safetyDays != null) s.safetyDays = input.safetyDays;
    await em.flush();
    return {
      poPrefix: s.poPrefix,
      overReceiptTolerancePercent: s.overReceiptTolerancePercent,
      velocityDays: s.velocityDays,
      safetyDays: s.safetyDays,
    };
  });
}
