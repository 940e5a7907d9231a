import type { StoreCtx } from '../../core/context.js';
import { DomainError, ValidationError } from '../../core/errors.js';
import { amountRange, MAX_ORDER_TOTAL_CENTS, wholeNumberRange } from '../common/ranges.js';
import { COUNTRY_RULE, toCountryCode } from '../common/country.js';
import { ConsentStatus, TAG_MAX_LENGTH } from '../customers/customer.entity.js';

export enum ExportPreset {
  MAILCHIMP = 'mailchimp',
  FULL = 'full',
  EXCEL = 'excel',
}

/** Orders a filter may ask for at least. */
export const MAX_MIN_ORDERS = 100_000;

/** What an export selects: the same for the REST download, the preview and the log. */
export interface ExportFilter {
  search: string | null;
  consent: ConsentStatus | null;
  tag: string | null;
  business: boolean | null;
  country: string | null;
  minOrders: number | null;
  minSpentCents: number | null;
  lastOrderFrom: string | null;
  lastOrderTo: string | null;
  /** Mailchimp only: every consent state instead of only `subscribed` contacts. */
  allConsent: boolean;
  /** Merchant owners: one export across the merchant's stores, one row per e-mail. */
  merchantWide: boolean;
}

export const EMPTY_FILTER: ExportFilter = {
  search: null,
  consent: null,
  tag: null,
  business: null,
  country: null,
  minOrders: null,
  minSpentCents: null,
  lastOrderFrom: null,
  lastOrderTo: null,
  allConsent: false,
  merchantWide: false,
};

const isRealDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/**
 * Reads an export request's query string. Every bad value is refused with the field and what is
 * allowed; nothing is clamped.
 */
export function parseExportQuery(q: Record<string, unknown>): { preset: ExportPreset; filter: ExportFilter } {
  const fields: Record<string, string> = {};
  const text = (key: string): string | null => {
    const v = q[key];
    if (v === undefined || v === '') return null;
    if (typeof v !== 'string') {
      fields[key] = 'must be given once';
      return null;
    }
    return v.trim() || null;
  };
  const flag = (key: string): boolean | null => {
    const v = text(key);
    if (v === null) return null;
    if (v === 'true' || v === 'false') return v === 'true';
    fields[key] = 'must be true or false';
    return null;
  };
  const whole = (key: string, max: number, euros = false): number | null => {
    const v = text(key);
    if (v === null) return null;
    const n = euros ? Math.round(Number(v.replace(',', '.')) * 100) : Number(v);
    const ok = euros ? /^\d+([.,]\d{1,2})?$/.test(v) : /^\d+$/.test(v);
    if (!ok || !Number.isSafeInteger(n) || n > max) {
      fields[key] = euros ? amountRange(0, max) : wholeNumberRange(0, max);
      return null;
    }
    return n;
  };
  const date = (key: string): string | null => {
    const v = text(key);
    if (v !== null && !isRealDate(v)) fields[key] = 'must be a date as YYYY-MM-DD';
    return v;
  };
  const presetRaw = text('preset') ?? ExportPreset.FULL;
  const preset = Object.values(ExportPreset).find((p) => p === presetRaw);
  if (!preset) fields.preset = 'must be mailchimp, full or excel';
  const consentRaw = text('consent');
  const consent = consentRaw === null ? null : (Object.values(ConsentStatus).find((c) => c === consentRaw) ?? null);
  if (consentRaw !== null && !consent) fields.consent = 'must be subscribed, unsubscribed or not_asked';
  const countryRaw = text('country');
  const country = countryRaw === null ? null : toCountryCode(countryRaw);
  if (countryRaw !== null && !country) fields.country = COUNTRY_RULE;
  const search = text('search');
  if (search && search.length > 200) fields.search = 'must be at most 200 characters';
  const tag = text('tag');
  if (tag && tag.length > TAG_MAX_LENGTH) fields.tag = `must be at most ${TAG_MAX_LENGTH} characters`;
  const filter: ExportFilter = {
    search,
    consent,
    tag,
    business: flag('business'),
    country,
    minOrders: whole('minOrders', MAX_MIN_ORDERS),
    minSpentCents: whole('minSpent', MAX_ORDER_TOTAL_CENTS, true),
    lastOrderFrom: date('lastOrderFrom'),
    lastOrderTo: date('lastOrderTo'),
    allConsent: flag('allConsent') ?? false,
    merchantWide: text('scope') === 'merchant',
  };
  const scope = text('scope');
  if (scope !== null && scope !== 'store' && scope !== 'merchant') fields.scope = 'must be store or merchant';
  if (Object.keys(fields).length) throw new ValidationError(fields);
  if (filter.lastOrderFrom && filter.lastOrderTo && filter.lastOrderFrom > filter.lastOrderTo)
    throw new DomainError(
      'DATE_RANGE_REVERSED',
      `The range starts (${filter.lastOrderFrom}) after it ends (${filter.lastOrderTo}).`,
      'BAD_USER_INPUT',
    );
  return { preset: preset!, filter };
}

/** The filter without its empty parts, for the log. */
export function filterForLog(preset: ExportPreset, f: ExportFilter): Record<string, unknown> {
  const out: Record<string, unknown> = { preset };
  for (const [k, v] of Object.entries(f)) if (v !== null && v !== false) out[k] = v;
  return out;
}

/** Which stores an export reads: the request's, or for a merchant owner every store of the merchant. */
export async function exportStores(ctx: StoreCtx, f: ExportFilter): Promise<string[]> {
  if (!f.merchantWide) return [ctx.storeId];
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select s.id from store s
       join store me on me.merchant_id = s.merchant_id and me.id = ?
       join merchant_owner mo on mo.merchant_id = s.merchant_id and mo.user_id = ?
      order by s.id`,
    [ctx.storeId, ctx.user?.id ?? null],
  );
  if (!rows.length)
    throw new DomainError(
      'MERCHANT_OWNER_ONLY',
      "Only an owner of the merchant may export across the merchant's stores.",
      'FORBIDDEN',
    );
  return rows.map((r) => r.id);
}
