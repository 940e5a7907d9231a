import type { EntityManager } from '@mikro-orm/postgresql';
import { checkVatNumberFormat, normalizeVatNumber } from '@orion/vat';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError } from '../../core/errors.js';
import { Customer } from './customer.entity.js';
import { type ViesRequester, ViesClient, type ViesResult } from './vies-client.js';
import { VatCheck, VatCheckStatus } from './vat-check.entity.js';
import { startViesSimulator } from './vies-simulator.js';

let onDemandSimulator: Promise<string> | null = null;

/** VIES_URL, or the URL of a simulator started in this process on first use for `simulator`. */
function viesUrl(configured: string): Promise<string> {
  if (configured !== 'simulator') return Promise.resolve(configured);
  onDemandSimulator ??= startViesSimulator({ unref: true }).then((sim) => sim.url);
  return onDemandSimulator;
}

const UNKNOWN_WHY: Record<string, string> = {
  MS_UNAVAILABLE: "the member state's VAT service is unavailable",
  TIMEOUT: 'VIES did not answer in time',
  SERVICE_UNAVAILABLE: 'VIES is unavailable',
  MS_MAX_CONCURRENT_REQ: "the member state's VAT service is busy",
  MS_MAX_CONCURRENT_REQ_TIME: "the member state's VAT service is busy",
  GLOBAL_MAX_CONCURRENT_REQ: 'VIES is busy',
  GLOBAL_MAX_CONCURRENT_REQ_TIME: 'VIES is busy',
  NETWORK_ERROR: 'VIES could not be reached',
  VIES_OFF: 'VIES checks are switched off on this server (VIES_URL=off)',
};

function messageFor(r: Pick<ViesResult, 'status' | 'errorCode' | 'consultationNumber'>): string {
  if (r.status === 'valid') {
    return `Valid in VIES${r.consultationNumber ? ` (consultation ${r.consultationNumber})` : ''}.`;
  }
  if (r.status === 'invalid') return 'VIES says this VAT number is not valid (not registered for intra-EU trade).';
  const why = (r.errorCode && UNKNOWN_WHY[r.errorCode]) ?? `VIES answered ${r.errorCode ?? 'nothing usable'}`;
  return `Could not be verified: ${why}. This is not "invalid": check again later.`;
}

/** The store's own VAT number as VIES requester, so that VIES returns a consultation number. */
export async function requesterOf(em: EntityManager, storeId: string): Promise<ViesRequester | null> {
  const [row] = await em.execute<{ vat_number: string | null }[]>(
    'select vat_number from invoice_settings where store_id = ?',
    [storeId],
  );
  const own = row?.vat_number ? checkVatNumberFormat(row.vat_number) : null;
  return own?.valid && own.countryCode
    ? { memberStateCode: own.countryCode, number: own.normalized.slice(own.countryCode.length) }
    : null;
}

/**
 * Checks a VAT number: the offline format first (a malformed number is invalid without asking
 * VIES), then VIES. The result is stored (date, consultation number) and returned. Never throws
 * for VIES trouble: that is `unknown`. Call outside a transaction (VIES may take seconds).
 */
export async function checkVatNumber(ctx: StoreCtx, raw: string, customerId: string | null): Promise<VatCheck> {
  const format = checkVatNumberFormat(raw);
  const now = ctx.clock.now();
  const base = { store: ctx.storeId, customer: customerId, checkedAt: now };
  let check: VatCheck;
  if (!format.valid || !format.countryCode) {
    check = ctx.em.create(VatCheck, {
      ...base,
      vatNumber: normalizeVatNumber(raw),
      status: VatCheckStatus.INVALID,
      source: 'format',
      errorCode: format.error ?? 'WRONG_FORMAT',
      message: `Not a valid EU VAT number: ${format.reason ?? 'wrong format'}.`,
    });
  } else if (ctx.config.VIES_URL === 'off') {
    check = ctx.em.create(VatCheck, {
      ...base,
      vatNumber: format.normalized,
      status: VatCheckStatus.UNKNOWN,
      source: 'off',
      errorCode: 'VIES_OFF',
      message: messageFor({ status: 'unknown', errorCode: 'VIES_OFF', consultationNumber: null }),
    });
  } else {
    const client = new ViesClient(await viesUrl(ctx.config.VIES_URL), ctx.config.VIES_TIMEOUT_MS);
    const national = format.normalized.slice(format.countryCode.length);
    let r = await client.check(format.countryCode, national, await requesterOf(ctx.em, ctx.storeId));
    // A requester VIES does not accept (e.g. the store's own number not registered yet): ask without it.
    if (r.errorCode === 'INVALID_REQUESTER_INFO') r = await client.check(format.countryCode, national, null);
    check = ctx.em.create(VatCheck, {
      ...base,
      vatNumber: format.normalized,
      status: r.status as VatCheckStatus,
      source: 'vies',
      requestDate: r.requestDate,
      consultationNumber: r.consultationNumber,
      traderName: r.traderName,
      traderAddress: r.traderAddress,
      errorCode: r.errorCode,
      message: messageFor(r),
    });
    ctx.log.info(
      { event: 'vies_check', vatNumber: format.normalized, status: r.status, errorCode: r.errorCode },
      'VAT number checked',
    );
  }
  await ctx.em.flush();
  return check;
}

/** The form a VAT number is stored and looked up in (canonical when format-valid). */
export function vatKey(raw: string): string {
  const f = checkVatNumberFormat(raw);
  return f.valid ? f.normalized : normalizeVatNumber(raw);
}

/** The customer's latest check of `vatNumber`. */
export function latestCheck(em: EntityManager, customerId: string, vatNumber: string): Promise<VatCheck | null> {
  return em.findOne(
    VatCheck,
    { customer: customerId, vatNumber: vatKey(vatNumber) },
    { orderBy: { checkedAt: 'desc', id: 'desc' } },
  );
}

/** The latest check of the customer's current VAT number; null when it has none. */
export async function customerVatCheck(em: EntityManager, c: Customer): Promise<VatCheck | null> {
  return c.vatNumber ? latestCheck(em, c.id, c.vatNumber) : null;
}

/** Checks the customer's VAT number again in VIES (the answer is kept as proof). */
export async function recheckCustomerVatNumber(ctx: StoreCtx, customerId: string): Promise<Customer> {
  const c = await ctx.em.findOne(Customer, { id: customerId });
  if (!c) throw new NotFoundError('Customer', customerId);
  if (!c.vatNumber) throw new DomainError('NO_VAT_NUMBER', 'This customer has no VAT number to check.');
  await checkVatNumber(ctx, c.vatNumber, c.id);
  return c;
}

/**
 * The latest check of `vatNumber` in the store when it is `valid` and younger than `maxAgeDays`;
 * null otherwise (never checked, too old, or the latest answer was invalid or unknown).
 */
export async function recentValidCheck(
  em: EntityManager,
  vatNumber: string,
  now: Date,
  maxAgeDays: number,
): Promise<VatCheck | null> {
  const latest = await em.findOne(
    VatCheck,
    { vatNumber: vatKey(vatNumber) },
    { orderBy: { checkedAt: 'desc', id: 'desc' } },
  );
  if (!latest || latest.status !== VatCheckStatus.VALID) return null;
  return latest.checkedAt.getTime() >= now.getTime() - maxAgeDays * 86_400_000 ? latest : null;
}
