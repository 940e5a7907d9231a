import { Arg, Authorized, Ctx as C, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import { OssReport, ossReport } from './oss-report.js';
import { UpdateVatSettingsInput, VatThreshold } from './vat.inputs.js';
import { VatRate } from './vat-rate.entity.js';
import { findVatRates } from './vat-rate.service.js';
import { StoreVatSettings } from './vat-settings.entity.js';
import { getVatSettings, setSalesOutsideOrion, thresholdStatus, updateVatSettings } from './vat-settings.service.js';

@Resolver()
export class VatResolver {
  @Authorized(Permission.STORE_READ)
  @Query(() => [VatRate], {
    description:
      'EU VAT rates from the dated table: one member state (ISO code; EL is read as GR) or all, in force on `asOf` (YYYY-MM-DD) or every period',
  })
  vatRates(
    @C() ctx: StoreCtx,
    @Arg('country', () => String, {
      description: 'Only this EU country, ISO 3166-1 alpha-2; default all.',
      nullable: true,
    })
    country?: string | null,
    @Arg('asOf', () => String, {
      description: 'The day the rates apply to, YYYY-MM-DD; default today.',
      nullable: true,
    })
    asOf?: string | null,
  ): Promise<VatRate[]> {
    return findVatRates(ctx.em, { country, asOf });
  }

  @Authorized(Permission.SETTINGS_READ)
  @Query(() => StoreVatSettings, {
    description: "The store's EU VAT settings (OSS registration). Needs SETTINGS_READ.",
  })
  vatSettings(@C() ctx: StoreCtx): Promise<StoreVatSettings> {
    return getVatSettings(ctx.em, ctx.storeId);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => StoreVatSettings, { description: 'Applies to invoices issued from now on' })
  updateVatSettings(
    @C() ctx: StoreCtx,
    @Arg('input', { description: 'The settings to change; omitted ones stay.' }) input: UpdateVatSettingsInput,
  ): Promise<StoreVatSettings> {
    return updateVatSettings(ctx, input);
  }

  @Authorized(Permission.INVOICES_READ)
  @Query(() => VatThreshold, {
    description: "This year's and last year's EU cross-border B2C sales against €10,000 (default: the current year)",
  })
  vatThreshold(
    @C() ctx: StoreCtx,
    @Arg('year', () => Int, { description: 'The calendar year; default the current one.', nullable: true }) year?:
      | number
      | null,
  ): Promise<VatThreshold> {
    return thresholdStatus(ctx, year);
  }

  @Authorized(Permission.SETTINGS_WRITE)
  @Mutation(() => VatThreshold, {
    description:
      "Declares a year's EU cross-border B2C sales (excl. VAT) made outside Orion, which count towards the €10,000 threshold; returns that year's tracker",
  })
  setCrossBorderSalesOutsideOrion(
    @C() ctx: StoreCtx,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Arg('cents', () => Int, { description: 'The amount in cents, excluding VAT, 0–2,000,000,000 (€20,000,000).' })
    cents: number,
  ): Promise<VatThreshold> {
    return setSalesOutsideOrion(ctx, year, cents);
  }

  @Authorized(Permission.INVOICES_READ)
  @Query(() => OssReport, {
    description:
      'Union OSS return of a quarter: per member state of consumption and rate, taxable amount and VAT, credit notes subtracted (CSV: GET /api/vat/oss-report.csv?year=&quarter=)',
  })
  ossReport(
    @C() ctx: StoreCtx,
    @Arg('year', () => Int, { description: 'The calendar year, e.g. 2026.' }) year: number,
    @Arg('quarter', () => Int, { description: 'The quarter, 1–4.' }) quarter: number,
  ): Promise<OssReport> {
    return ossReport(ctx.em, ctx.storeId, year, quarter);
  }
}
