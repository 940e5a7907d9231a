import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate, toEuCountry, VAT_RATE_CATEGORIES } from '@orion/vat';
import { ValidationError } from '../../core/errors.js';
import { VatRate } from './vat-rate.entity.js';

const ORDER = new Map(VAT_RATE_CATEGORIES.map((c, i) => [c as string, i]));

/** Rows of the `vat_rate` table: one country or all, in force on `asOf` or every period. */
export async function findVatRates(
  em: EntityManager,
  args: { country?: string | null; asOf?: string | null },
): Promise<VatRate[]> {
  const bad: Record<string, string> = {};
  let country: string | null = null;
  if (args.country) {
    country = toEuCountry(args.country);
    if (!country) bad.country = 'is not an EU member state (ISO code, e.g. LU; Greece: GR or EL)';
  }
  if (args.asOf && !isIsoDate(args.asOf)) bad.asOf = 'must be a date YYYY-MM-DD';
  if (Object.keys(bad).length) throw new ValidationError(bad);
  const where: Record<string, unknown>[] = [];
  if (country) where.push({ country });
  if (args.asOf) {
    where.push({ $or: [{ validFrom: null }, { validFrom: { $lte: args.asOf } }] });
    where.push({ $or: [{ validTo: null }, { validTo: { $gte: args.asOf } }] });
  }
  const rows = await em.find(VatRate, where.length ? { $and: where } : {}, {
    orderBy: { country: 'asc', validFrom: 'asc' },
  });
  return rows.sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      (ORDER.get(a.category) ?? 99) - (ORDER.get(b.category) ?? 99) ||
      (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
  );
}
