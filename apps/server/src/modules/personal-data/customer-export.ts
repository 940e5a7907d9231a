import type { Writable } from 'node:stream';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { StoreCtx } from '../../core/context.js';
import { containsPattern } from '../../core/text.js';
import {
  type CsvColumn,
  type CsvDialect,
  type CsvKind,
  type CsvValue,
  EXCEL_EU_CSV,
  GENERIC_CSV,
  writeCsv,
} from '../common/csv-writer.js';
import { keysetRows } from '../common/keyset.js';
import type { Address } from '../customers/address.js';
import { ConsentStatus } from '../customers/customer.entity.js';
import { type ExportFilter, ExportPreset } from './export-filter.js';

/** Above this many rows an export runs as a job instead of streaming at once. */
export const STREAM_MAX_ROWS = 10_000;
/** Rows read per query. */
export const EXPORT_BATCH = 1000;
/** "Spent at least" of the automatic segment, in cents (€500). */
export const BIG_SPENDER_CENTS = 50_000;
/** Marketplace buyers Letzshop gave no e-mail address get a placeholder under this domain. */
const PLACEHOLDER_DOMAIN = '@letzshop.invalid';

export interface ExportRow {
  key: string;
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  company: string | null;
  phone: string | null;
  vat_number: string | null;
  vat_status: string | null;
  is_business: boolean;
  is_guest: boolean;
  preferred_language: string;
  billing: Address | null;
  shipping: Address | null;
  total_orders: number;
  total_spent_cents: number;
  first_order_at: Date | null;
  last_order_at: Date | null;
  consent_status: ConsentStatus;
  consent_source: string | null;
  consent_changed_at: Date | null;
  tags: string[];
  marketplace: boolean;
  stores: string | null;
}

type Lang = 'en' | 'fr' | 'de';
interface ExportColumn {
  kind: CsvKind;
  header: string | Record<Lang, string>;
  value: (r: ExportRow) => CsvValue;
}

/** ISO 3166-1 alpha-2 as mailing tools want it: `GB`, never `UK`; `GR`, never the VAT prefix `EL`. */
export function isoCountry(c: string | null | undefined): string | null {
  if (!c) return null;
  const u = c.trim().toUpperCase();
  return u === 'UK' ? 'GB' : u === 'EL' ? 'GR' : u || null;
}

/** A phone number in E.164 (`+352621000000`), read in the address's country; empty when it is not a valid number. */
export function e164(phone: string | null, country: string | null): string | null {
  if (!phone?.trim()) return null;
  const n = parsePhoneNumberFromString(phone, (isoCountry(country) ?? 'LU') as CountryCode);
  return n?.isValid() ? n.number : null;
}

/** The automatic segments, computed at export. */
export function segments(r: ExportRow): string[] {
  const s: string[] = [];
  if (r.is_business) s.push('business');
  if (r.marketplace) s.push('marketplace');
  if (r.total_orders >= 2) s.push('returning');
  if (r.total_spent_cents >= BIG_SPENDER_CENTS) s.push(`spent ${BIG_SPENDER_CENTS / 100}+`);
  return s;
}

const address = (r: ExportRow) => r.billing ?? r.shipping;
const street = (a: Address | null | undefined) => (a ? [a.street, a.streetNumber].filter(Boolean).join(' ') : null);
const avg = (r: ExportRow) => (r.total_orders > 0 ? Math.round(r.total_spent_cents / r.total_orders) : 0);
const MAILCHIMP_STATUS: Record<ConsentStatus, string> = {
  [ConsentStatus.SUBSCRIBED]: 'Subscribed',
  [ConsentStatus.UNSUBSCRIBED]: 'Unsubscribed',
  [ConsentStatus.NOT_ASKED]: 'Non-Subscribed',
};

/** Mailchimp's import columns: fixed English headers Mailchimp maps by itself. */
const MAILCHIMP: ExportColumn[] = [
  { kind: 'text', header: 'Email Address', value: (r) => r.email },
  { kind: 'text', header: 'First Name', value: (r) => r.first_name },
  { kind: 'text', header: 'Last Name', value: (r) => r.last_name },
  {
    kind: 'e164',
    header: 'Phone Number',
    value: (r) => e164(r.phone ?? address(r)?.phone ?? null, address(r)?.country ?? null),
  },
  { kind: 'text', header: 'Address', value: (r) => street(address(r)) },
  { kind: 'text', header: 'City', value: (r) => address(r)?.city ?? null },
  { kind: 'text', header: 'Zip', value: (r) => address(r)?.postalCode ?? null },
  { kind: 'text', header: 'Country', value: (r) => isoCountry(address(r)?.country) },
  { kind: 'text', header: 'Language', value: (r) => r.preferred_language },
  // One cell, comma-separated; the writer quotes it (it holds the separator).
  { kind: 'text', header: 'Tags', value: (r) => [...r.tags, ...segments(r)].join(',') },
  { kind: 'text', header: 'Email Marketing', value: (r) => MAILCHIMP_STATUS[r.consent_status] },
  { kind: 'date', header: 'Consent Date', value: (r) => r.consent_changed_at },
];

const h = (en: string, fr: string, de: string) => ({ en, fr, de });
const addressColumns = (which: 'billing' | 'shipping', label: Record<Lang, string>): ExportColumn[] => [
  {
    kind: 'text',
    header: h(`${which}_street`, `${label.fr} – rue`, `${label.de} – Straße`),
    value: (r) => street(r[which]),
  },
  {
    kind: 'text',
    header: h(`${which}_postal_code`, `${label.fr} – code postal`, `${label.de} – PLZ`),
    value: (r) => r[which]?.postalCode ?? null,
  },
  {
    kind: 'text',
    header: h(`${which}_city`, `${label.fr} – localité`, `${label.de} – Ort`),
    value: (r) => r[which]?.city ?? null,
  },
  {
    kind: 'text',
    header: h(`${which}_country`, `${label.fr} – pays`, `${label.de} – Land`),
    value: (r) => isoCountry(r[which]?.country),
  },
];
const yes = (b: boolean) => (b ? 'yes' : 'no');

/** Every field. English headers are the machine names; the Excel preset shows them in the user's language. */
const FULL: ExportColumn[] = [
  { kind: 'text', header: h('customer_id', 'N° client', 'Kundennummer'), value: (r) => r.id },
  { kind: 'text', header: h('email', 'E-mail', 'E-Mail'), value: (r) => r.email },
  { kind: 'text', header: h('first_name', 'Prénom', 'Vorname'), value: (r) => r.first_name },
  { kind: 'text', header: h('last_name', 'Nom', 'Nachname'), value: (r) => r.last_name },
  { kind: 'text', header: h('company', 'Société', 'Firma'), value: (r) => r.company },
  { kind: 'text', header: h('phone', 'Téléphone', 'Telefon'), value: (r) => r.phone },
  { kind: 'text', header: h('language', 'Langue', 'Sprache'), value: (r) => r.preferred_language },
  { kind: 'text', header: h('business', 'Professionnel', 'Geschäftskunde'), value: (r) => yes(r.is_business) },
  { kind: 'text', header: h('vat_number', 'N° TVA', 'USt-IdNr.'), value: (r) => r.vat_number },
  { kind: 'text', header: h('vat_number_vies', 'Contrôle VIES', 'VIES-Prüfung'), value: (r) => r.vat_status },
  ...addressColumns('billing', h('billing', 'Facturation', 'Rechnung')),
  ...addressColumns('shipping', h('shipping', 'Livraison', 'Lieferung')),
  { kind: 'integer', header: h('total_orders', 'Commandes', 'Bestellungen'), value: (r) => r.total_orders },
  { kind: 'cents', header: h('total_spent', 'Total dépensé', 'Gesamtumsatz'), value: (r) => r.total_spent_cents },
  { kind: 'cents', header: h('avg_order_value', 'Panier moyen', 'Durchschnittlicher Bestellwert'), value: avg },
  {
    kind: 'date',
    header: h('first_order_date', 'Première commande', 'Erste Bestellung'),
    value: (r) => r.first_order_at,
  },
  {
    kind: 'date',
    header: h('last_order_date', 'Dernière commande', 'Letzte Bestellung'),
    value: (r) => r.last_order_at,
  },
  {
    kind: 'text',
    header: h('consent', 'Consentement marketing', 'Marketing-Einwilligung'),
    value: (r) => r.consent_status,
  },
  {
    kind: 'date',
    header: h('consent_date', 'Date du consentement', 'Datum der Einwilligung'),
    value: (r) => r.consent_changed_at,
  },
  {
    kind: 'text',
    header: h('consent_source', 'Origine du consentement', 'Herkunft der Einwilligung'),
    value: (r) => r.consent_source,
  },
  { kind: 'text', header: h('tags', 'Étiquettes', 'Schlagwörter'), value: (r) => r.tags.join(', ') },
  { kind: 'text', header: h('segments', 'Segments', 'Segmente'), value: (r) => segments(r).join(', ') },
  { kind: 'text', header: h('guest', 'Invité', 'Gast'), value: (r) => yes(r.is_guest) },
];
const STORES: ExportColumn = { kind: 'text', header: h('stores', 'Boutiques', 'Shops'), value: (r) => r.stores };

const langOf = (locale: string | undefined): Lang => (locale === 'fr' || locale === 'de' ? locale : 'en');

/** The columns and dialect of a preset, headers in the user's language for Excel. */
export function presetLayout(
  preset: ExportPreset,
  locale: string | undefined,
  merchantWide: boolean,
): { columns: ExportColumn[]; csv: CsvColumn[]; dialect: CsvDialect } {
  const columns = preset === ExportPreset.MAILCHIMP ? MAILCHIMP : merchantWide ? [...FULL, STORES] : FULL;
  const lang = preset === ExportPreset.EXCEL ? langOf(locale) : 'en';
  return {
    columns,
    csv: columns.map((c) => ({ name: typeof c.header === 'string' ? c.header : c.header[lang], kind: c.kind })),
    dialect: preset === ExportPreset.EXCEL ? EXCEL_EU_CSV : GENERIC_CSV,
  };
}

/** The WHERE of a filter, on `customer c`; `mailchimpOnly` keeps only contacts Mailchimp may mail. */
function whereOf(storeIds: string[], f: ExportFilter, mailable: boolean): { sql: string; params: unknown[] } {
  const parts = ['c.store_id = any(?::uuid[])', 'c.erased_at is null'];
  const params: unknown[] = [`{${storeIds.join(',')}}`];
  if (f.consent) {
    parts.push('c.consent_status = ?');
    params.push(f.consent);
  }
  if (mailable) {
    parts.push(`c.consent_status = 'subscribed'`, `c.email not like '%${PLACEHOLDER_DOMAIN}'`);
  }
  if (f.tag) {
    parts.push('exists (select 1 from unnest(c.tags) t where lower(t) = lower(?))');
    params.push(f.tag);
  }
  if (f.business !== null) {
    parts.push('c.is_business = ?');
    params.push(f.business);
  }
  if (f.country) {
    parts.push(`coalesce(c.billing_address->>'country', c.shipping_address->>'country') = ?`);
    params.push(f.country);
  }
  if (f.minOrders !== null) {
    parts.push('c.total_orders >= ?');
    params.push(f.minOrders);
  }
  if (f.minSpentCents !== null) {
    parts.push('c.total_spent_cents >= ?');
    params.push(f.minSpentCents);
  }
  if (f.lastOrderFrom) {
    parts.push('c.last_order_at >= ?::date');
    params.push(f.lastOrderFrom);
  }
  if (f.lastOrderTo) {
    parts.push(`c.last_order_at < ?::date + 1`);
    params.push(f.lastOrderTo);
  }
  for (const word of f.search?.split(/\s+/).filter(Boolean).slice(0, 5) ?? []) {
    parts.push('(c.email ilike ? or c.first_name ilike ? or c.last_name ilike ? or c.company ilike ?)');
    const like = containsPattern(word);
    params.push(like, like, like, like);
  }
  return { sql: parts.join(' and '), params };
}

const mailableOnly = (preset: ExportPreset, f: ExportFilter) => preset === ExportPreset.MAILCHIMP && !f.allConsent;

const VAT_STATUS = `(select v.status::text from vat_check v where v.customer_id = c.id order by v.checked_at desc limit 1)`;
const MARKETPLACE = `exists (select 1 from customer_order o where o.customer_id = c.id and o.external_shipment_id is not null)`;

const STORE_SELECT = `select c.id::text as key, c.id, c.email, c.first_name, c.last_name, c.company, c.phone, c.vat_number,
  ${VAT_STATUS} as vat_status, c.is_business, c.is_guest, c.preferred_language::text as preferred_language,
  c.billing_address as billing, c.shipping_address as shipping, c.total_orders, c.total_spent_cents::float8 as total_spent_cents,
  c.first_order_at, c.last_order_at, c.consent_status::text as consent_status, c.consent_source::text as consent_source,
  c.consent_changed_at, c.tags, ${MARKETPLACE} as marketplace, null as stores
  from customer c`;

// One row per e-mail (case-insensitive): the details of the most recent buyer record, the
// statistics summed, the latest consent change, every tag, the stores it bought in.
const pick = (col: string, order = 'c.last_order_at desc nulls last, c.updated_at desc') =>
  `(array_agg(${col} order by ${order}))[1]`;
const MERCHANT_SELECT = `select lower(c.email) as key, ${pick('c.id')} as id, ${pick('c.email')} as email,
  ${pick('c.first_name')} as first_name, ${pick('c.last_name')} as last_name, ${pick('c.company')} as company,
  ${pick('c.phone')} as phone, ${pick('c.vat_number')} as vat_number, ${pick(VAT_STATUS)} as vat_status,
  bool_or(c.is_business) as is_business, bool_and(c.is_guest) as is_guest,
  ${pick('c.preferred_language::text')} as preferred_language, ${pick('c.billing_address')} as billing,
  ${pick('c.shipping_address')} as shipping, sum(c.total_orders)::int as total_orders,
  sum(c.total_spent_cents)::float8 as total_spent_cents, min(c.first_order_at) as first_order_at,
  max(c.last_order_at) as last_order_at,
  ${pick('c.consent_status::text', 'c.consent_changed_at desc nulls last')} as consent_status,
  ${pick('c.consent_source::text', 'c.consent_changed_at desc nulls last')} as consent_source,
  max(c.consent_changed_at) as consent_changed_at,
  string_to_array(string_agg(array_to_string(c.tags, E'\\x1f'), E'\\x1f'), E'\\x1f') as tags,
  bool_or(${MARKETPLACE}) as marketplace, string_agg(s.name, ', ' order by s.name) as stores
  from customer c join store s on s.id = c.store_id`;

// Raw statements hand timestamps back as text.
const asDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

function fetchPage(ctx: StoreCtx, storeIds: string[], preset: ExportPreset, f: ExportFilter) {
  const where = whereOf(storeIds, f, mailableOnly(preset, f));
  return async (after: string | null, limit: number): Promise<ExportRow[]> => {
    const merged = f.merchantWide;
    const keyExpr = merged ? 'lower(c.email)' : 'c.id';
    const afterSql = after ? ` and ${keyExpr} > ?${merged ? '' : '::uuid'}` : '';
    const sql = `${merged ? MERCHANT_SELECT : STORE_SELECT} where ${where.sql}${afterSql}
      ${merged ? 'group by lower(c.email)' : ''} order by ${keyExpr} limit ?`;
    const rows = await ctx.em.execute<ExportRow[]>(sql, [...where.params, ...(after ? [after] : []), limit]);
    for (const r of rows) {
      r.first_order_at = asDate(r.first_order_at);
      r.last_order_at = asDate(r.last_order_at);
      r.consent_changed_at = asDate(r.consent_changed_at);
      if (merged) r.tags = [...new Map((r.tags ?? []).filter(Boolean).map((t) => [t.toLowerCase(), t])).values()];
    }
    return rows;
  };
}

/** The rows of an export, one batch at a time (keyset on the id, or on the e-mail when merged). */
export function exportRows(ctx: StoreCtx, storeIds: string[], preset: ExportPreset, f: ExportFilter) {
  return keysetRows(fetchPage(ctx, storeIds, preset, f), (r) => r.key, EXPORT_BATCH);
}

export interface ExportCount {
  rows: number;
  /** Contacts the Mailchimp preset leaves out, by reason (`unsubscribed`, `not_asked`, `no_email`). */
  leftOut: { reason: string; count: number }[];
}

/** How many rows an export will have, and for Mailchimp how many it leaves out and why. */
export async function countExport(
  ctx: StoreCtx,
  storeIds: string[],
  preset: ExportPreset,
  f: ExportFilter,
): Promise<ExportCount> {
  const unit = f.merchantWide ? 'count(distinct lower(c.email))' : 'count(*)';
  const w = whereOf(storeIds, f, mailableOnly(preset, f));
  const [row] = await ctx.em.execute<{ n: number }[]>(
    `select ${unit}::int as n from customer c where ${w.sql}`,
    w.params,
  );
  if (!mailableOnly(preset, f)) return { rows: row!.n, leftOut: [] };
  const all = whereOf(storeIds, f, false);
  const left = await ctx.em.execute<{ reason: string; n: number }[]>(
    `select case when c.email like '%${PLACEHOLDER_DOMAIN}' then 'no_email' else c.consent_status::text end as reason,
            ${unit}::int as n
       from customer c
      where ${all.sql} and not (c.consent_status = 'subscribed' and c.email not like '%${PLACEHOLDER_DOMAIN}')
      group by 1 order by 1`,
    all.params,
  );
  return { rows: row!.n, leftOut: left.map((l) => ({ reason: l.reason, count: l.n })) };
}

/** Streams an export into `out` through the one CSV writer; resolves with the rows written. */
export async function writeCustomerExport(
  ctx: StoreCtx,
  storeIds: string[],
  preset: ExportPreset,
  f: ExportFilter,
  out: Writable,
): Promise<number> {
  const layout = presetLayout(preset, ctx.user?.locale, f.merchantWide);
  let n = 0;
  async function* records() {
    for await (const r of exportRows(ctx, storeIds, preset, f)) {
      n += 1;
      yield layout.columns.map((c) => c.value(r));
    }
  }
  await writeCsv(out, layout.csv, records(), layout.dialect);
  return n;
}

export { ExportPreset };
