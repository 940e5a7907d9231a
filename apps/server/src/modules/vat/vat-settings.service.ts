import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate, OSS_THRESHOLD_CENTS, toEuCountry } from '@orion/vat';
import type { StoreCtx } from '../../core/context.js';
import { ValidationError } from '../../core/errors.js';
import { Store } from '../tenancy/store.entity.js';
import type { UpdateVatSettingsInput } from './vat.inputs.js';
import { StoreVatSettings } from './vat-settings.entity.js';

/** The store's VAT settings, created with defaults (not OSS-registered) on first use. */
export async function getVatSettings(em: EntityManager, storeId: string): Promise<StoreVatSettings> {
  const found = await em.findOne(StoreVatSettings, { store: storeId });
  if (found) return found;
  await em.execute('insert into store_vat_settings (store_id) values (?) on conflict (store_id) do nothing', [storeId]);
  return em.findOneOrFail(StoreVatSettings, { store: storeId });
}

export async function updateVatSettings(ctx: StoreCtx, input: UpdateVatSettingsInput): Promise<StoreVatSettings> {
  const s = await getVatSettings(ctx.em, ctx.storeId);
  const registered = input.ossRegistered ?? s.ossRegistered;
  const since = input.ossRegisteredSince !== undefined ? input.ossRegisteredSince : s.ossRegisteredSince;
  let country = input.ossRegistrationCountry !== undefined ? input.ossRegistrationCountry : s.ossRegistrationCountry;
  const bad: Record<string, string> = {};
  if (since != null && !isIsoDate(since)) bad.ossRegisteredSince = 'must be a date YYYY-MM-DD';
  if (registered && !since) bad.ossRegisteredSince = 'is required when the store is OSS-registered';
  if (country) {
    const c = toEuCountry(country);
    if (!c) bad.ossRegistrationCountry = 'must be an EU member state';
    else country = c;
  }
  if (Object.keys(bad).length) throw new ValidationError(bad);
  if (registered && !country) country = (await ctx.em.findOneOrFail(Store, ctx.storeId)).country;
  s.ossRegistered = registered;
  s.ossRegisteredSince = registered ? since : null;
  s.ossRegistrationCountry = registered ? country : null;
  await ctx.em.flush();
  ctx.log.info({ event: 'vat_settings_updated', ossRegistered: registered, since }, 'VAT settings updated');
  return s;
}

/** Whether OSS applies to a supply on `supplyDate` (registered, and since on or before that day). */
export const ossAppliesOn = (s: StoreVatSettings, supplyDate: string): boolean =>
  s.ossRegistered && s.ossRegisteredSince !== null && s.ossRegisteredSince <= supplyDate;

/**
 * EU cross-border B2C sales excl. VAT of a calendar year: the net of the store's invoices under
 * `oss` or `origin` (distance sales to consumers in other member states) by supply date, credit
 * notes subtracted, plus the sales the store declared it made outside Orion that year.
 */
export async function crossBorderB2cSalesCents(em: EntityManager, storeId: string, year: number): Promise<number> {
  const [row] = await em.execute<{ cents: string | number | null }[]>(
    `select coalesce((select sum(net_cents) from invoice
                       where store_id = ? and vat_regime in ('oss', 'origin') and supply_date >= ? and supply_date < ?), 0)
          + coalesce((select cents from vat_sales_outside_orion where store_id = ? and year = ?), 0) as cents`,
    [storeId, `${year}-01-01`, `${year + 1}-01-01`, storeId, year],
  );
  return Number(row?.cents ?? 0);
}

/** The sales outside Orion declared for a year (0 when none). */
export async function salesOutsideOrionCents(em: EntityManager, storeId: string, year: number): Promise<number> {
  const [row] = await em.execute<{ cents: number }[]>(
    'select cents from vat_sales_outside_orion where store_id = ? and year = ?',
    [storeId, year],
  );
  return row?.cents ?? 0;
}

/** The years the VAT tracker knows: OSS began on 1 July 2021. */
const yearProblem = (year: number) =>
  !Number.isInteger(year) || year < 2021 || year > 2100 ? 'must be between 2021 and 2100' : null;

/**
 * Declares a year's EU cross-border B2C sales made outside Orion (0 removes them); answers that
 * year's threshold status.
 */
export async function setSalesOutsideOrion(ctx: StoreCtx, year: number, cents: number): Promise<ThresholdStatus> {
  const bad: Record<string, string> = {};
  const badYear = yearProblem(year);
  if (badYear) bad.year = badYear;
  if (!Number.isSafeInteger(cents) || cents < 0 || cents > 2_000_000_000) bad.cents = 'must be 0 or more cents';
  if (Object.keys(bad).length) throw new ValidationError(bad);
  await ctx.em.execute(
    `insert into vat_sales_outside_orion (store_id, year, cents) values (?, ?, ?)
     on conflict (store_id, year) do update set cents = excluded.cents, updated_at = now()`,
    [ctx.storeId, year, cents],
  );
  ctx.log.info({ event: 'vat_sales_outside_orion', year, cents }, 'sales outside Orion declared');
  return thresholdStatus(ctx, year);
}

export interface ThresholdStatus {
  year: number;
  thresholdCents: number;
  currentYearCents: number;
  previousYearCents: number;
  currentYearPercent: number;
  previousYearPercent: number;
  currentYearOutsideOrionCents: number;
  previousYearOutsideOrionCents: number;
  /** 80 % of the threshold reached this year (and not above it yet). */
  warning: boolean;
  /** Above the threshold this year or last year. */
  exceeded: boolean;
  ossRegistered: boolean;
  /** Sales to EU consumers take the destination country's VAT (OSS). */
  destinationVat: boolean;
  message: string;
}

const euro = (c: number) =>
  `€${(c / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** This year's and last year's cross-border B2C sales against the threshold (default: the current year). */
export async function thresholdStatus(ctx: StoreCtx, year?: number | null): Promise<ThresholdStatus> {
  year ??= ctx.clock.now().getUTCFullYear();
  const badYear = yearProblem(year);
  if (badYear) throw new ValidationError({ year: badYear });
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const [current, previous, settings, currentOutside, previousOutside] = await Promise.all([
    crossBorderB2cSalesCents(ctx.em, ctx.storeId, year),
    crossBorderB2cSalesCents(ctx.em, ctx.storeId, year - 1),
    getVatSettings(ctx.em, ctx.storeId),
    salesOutsideOrionCents(ctx.em, ctx.storeId, year),
    salesOutsideOrionCents(ctx.em, ctx.storeId, year - 1),
  ]);
  const pct = (c: number) => Math.floor((Math.max(0, c) * 100) / OSS_THRESHOLD_CENTS);
  const exceeded = current > OSS_THRESHOLD_CENTS || previous > OSS_THRESHOLD_CENTS;
  const oss = ossAppliesOn(settings, today < `${year}-12-31` ? today : `${year}-12-31`);
  const warning = !exceeded && current * 100 >= OSS_THRESHOLD_CENTS * 80;
  const message = oss
    ? `OSS-registered since ${settings.ossRegisteredSince}: EU consumers are charged their country's VAT.`
    : previous > OSS_THRESHOLD_CENTS
      ? `Cross-border sales to EU consumers were ${euro(previous)} in ${year - 1}, above ${euro(OSS_THRESHOLD_CENTS)}: destination VAT applies all of ${year}. Register for OSS to declare it.`
      : current > OSS_THRESHOLD_CENTS
        ? `Cross-border sales to EU consumers are ${euro(current)} in ${year}, above ${euro(OSS_THRESHOLD_CENTS)}: destination VAT applies from the sale that crossed it, and all of ${year + 1}. Register for OSS to declare it.`
        : warning
          ? `Cross-border sales to EU consumers are ${euro(current)} in ${year}, ${pct(current)} % of ${euro(OSS_THRESHOLD_CENTS)}: the sale that crosses it already takes destination VAT.`
          : `Cross-border sales to EU consumers are ${euro(current)} in ${year} (${pct(current)} % of ${euro(OSS_THRESHOLD_CENTS)}): Luxembourg VAT applies to them.`;
  return {
    year,
    thresholdCents: OSS_THRESHOLD_CENTS,
    currentYearCents: current,
    previousYearCents: previous,
    currentYearPercent: pct(current),
    previousYearPercent: pct(previous),
    currentYearOutsideOrionCents: currentOutside,
    previousYearOutsideOrionCents: previousOutside,
    warning,
    exceeded,
    ossRegistered: oss,
    destinationVat: oss || exceeded,
    message,
  };
}
