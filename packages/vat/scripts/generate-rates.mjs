#!/usr/bin/env node
// Generates src/data/vat-rates.generated.ts from the two JSON sources in shared/data.
//
//   node scripts/generate-rates.mjs [path/to/shared/data]
//
// Default data directory: ../../../shared/data relative to this package (the repo's sibling
// `shared/` folder), or $VAT_DATA_DIR. The package itself never reads these files: only this
// script does, and the generated .ts file is committed.
//
// How the table is built
// 1. History: every dated period of the ibericode file (eu-vat-rate-periods-2025-08-12.json).
//    Keys map to table categories: standard, super_reduced, parking as-is; reduced / reduced1 /
//    reduced2 / press_publications are "reduced-type" rates, sorted ascending, the lower becomes
//    `reduced`, the higher `reduced2`. Any other key stops the script.
// 2. Luxembourg is replaced by the law (LTVA Art. 40), see LAW_OVERRIDES below.
// 3. The TEDB snapshot (eu-vat-rates-2026-08-22.json) is the truth for "now". Rates the snapshot
//    lists that are territorial (not mainland) or not what their label says are excluded, with a
//    reason (SNAPSHOT_EXCLUSIONS). Every remaining difference between the last history period and
//    the snapshot becomes a new period: from the date the law gives (KNOWN_CHANGE_DATES) where we
//    know it, otherwise from 2026-08-22 (the snapshot date: the first date the new rate is known
//    to apply). Each applied difference is written to RATE_RECONCILIATION in the output.
// 4. Zero rates are in neither file; ZERO_RATES lists the member states that zero-rate some
//    supplies (with the right to deduct).
// 5. The script then checks that, for every member state, the rows in force on 2026-08-22 equal
//    the snapshot (after exclusions), and fails otherwise.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.argv[2] ?? process.env.VAT_DATA_DIR ?? join(here, '../../../../shared/data'));
const outFile = join(here, '../src/data/vat-rates.generated.ts');

const PERIODS_FILE = 'eu-vat-rate-periods-2025-08-12.json';
const SNAPSHOT_FILE = 'eu-vat-rates-2026-08-22.json';
const SNAPSHOT_DATE = '2026-08-22';
const OPEN_START = '0000-01-01'; // "since before the source's tracking horizon"

const EU = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];
const CATEGORIES = ['standard', 'reduced', 'reduced2', 'super_reduced', 'parking'];

// Luxembourg from the law (LTVA Art. 40 and loi du 26 octobre 2022 for 2023), replacing the
// ibericode history, which has parking 12 % in 2015 and 13 % in 2016-2022 where the law has the
// 14 % intermediate rate (taux intermédiaire). The 14 % rate is LU's parking rate (Art. 118
// Directive); TEDB lists it both as a reduced rate and as the parking rate, so it is stored as
// `reduced2` and `parking`.
const LAW_OVERRIDES = {
  LU: [
    { from: OPEN_START, rates: { standard: 1500, reduced: 600, reduced2: 1200, super_reduced: 300, parking: 1200 } },
    { from: '2015-01-01', rates: { standard: 1700, reduced: 800, reduced2: 1400, super_reduced: 300, parking: 1400 } },
    // Temporary cut for supplies in calendar year 2023 (loi du 26 octobre 2022).
    { from: '2023-01-01', rates: { standard: 1600, reduced: 700, reduced2: 1300, super_reduced: 300, parking: 1300 } },
    { from: '2024-01-01', rates: { standard: 1700, reduced: 800, reduced2: 1400, super_reduced: 300, parking: 1400 } },
  ],
};

// Rates the 2026 snapshot lists that are not the mainland rate of that label.
const SNAPSHOT_EXCLUSIONS = {
  AT: [{ category: 'reduced', rateBp: 1900, why: 'Jungholz and Mittelberg territorial rate (19 %)' }],
  FR: [
    { category: 'reduced', rateBp: 90, why: 'Corsica-only rate (0.9 %)' },
    { category: 'reduced', rateBp: 105, why: 'overseas departments (DOM) rate (1.05 %)' },
    { category: 'reduced', rateBp: 850, why: 'overseas departments (DOM) standard rate (8.5 %)' },
    { category: 'reduced', rateBp: 1300, why: 'Corsica-only rate (13 %)' },
  ],
  GR: [
    { category: 'reduced', rateBp: 1700, why: 'Aegean islands rate (17 %, 30 % below 24 %)' },
    { category: 'super_reduced', rateBp: 400, why: 'Aegean islands rate (4 %, 30 % below 6 %)' },
  ],
  PL: [
    {
      category: 'super_reduced',
      rateBp: 800,
      why: "8 % is above PL's 5 % reduced rate and not below 5 %: not a super-reduced rate (Art. 98); it is PL's second reduced rate",
    },
  ],
  PT: [
    { category: 'reduced', rateBp: 1600, why: 'Azores standard rate (16 %)' },
    { category: 'reduced', rateBp: 2200, why: 'Madeira standard rate (22 %)' },
    {
      category: 'super_reduced',
      rateBp: 600,
      why: "6 % is PT's reduced rate, not a super-reduced rate (below 5 %, Art. 98)",
    },
  ],
};

// Effective dates known from the law for differences between the 2025-08-12 history and the
// 2026-08-22 snapshot. A difference not listed here takes effect on SNAPSHOT_DATE.
const KNOWN_CHANGE_DATES = {
  'FI:reduced2:1350': {
    from: '2026-01-01',
    basis: 'law: Finland lowered the 14 % rate (food, restaurants) to 13.5 % from 1 January 2026',
  },
  'LT:reduced2:1200': {
    from: '2026-01-01',
    basis: 'law: Lithuania raised the 9 % reduced rate to 12 % from 1 January 2026 (2025 tax reform)',
  },
  'AT:super_reduced:490': {
    from: '2026-07-01',
    basis: 'law: Austria cut VAT on basic foodstuffs from 10 % to 4.9 % from 1 July 2026 (verify against the BGBl.)',
  },
};

// Member states that zero-rate some supplies of goods with the right to deduct (none of the two
// files carries zero rates). from: date the zero rate is known to exist from.
const ZERO_RATES = [
  { country: 'BE', from: OPEN_START, basis: 'certain newspapers and periodicals, recovered materials' },
  { country: 'DE', from: '2023-01-01', basis: 'photovoltaic installations (§ 12(3) UStG, since 2023-01-01)' },
  { country: 'DK', from: OPEN_START, basis: 'newspapers' },
  { country: 'FI', from: OPEN_START, basis: 'printed products for members of non-profit organisations' },
  { country: 'IE', from: OPEN_START, basis: "most food, books, children's clothing and footwear, oral medicines" },
  { country: 'MT', from: OPEN_START, basis: 'food, pharmaceuticals' },
  { country: 'SE', from: OPEN_START, basis: 'prescription medicines, printed matter for non-profit organisations' },
];

// ---------------------------------------------------------------------------------------------

/** Percent (as written in JSON, e.g. 25.5, 1.05) to basis points, exactly (no float maths). */
function toBp(percent) {
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0) {
    throw new Error(`Bad rate ${percent}`);
  }
  const [int, frac = ''] = String(percent).split('.');
  if (frac.length > 2) throw new Error(`Rate ${percent} has more than 2 decimals`);
  return Number(int) * 100 + Number(frac.padEnd(2, '0'));
}

function dayBefore(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const REDUCED_KEYS = new Set(['reduced', 'reduced1', 'reduced2', 'press_publications']);

/** One ibericode period's rates → { category: bp }. */
function mapIbericodeRates(country, from, rates) {
  const out = {};
  const reduced = [];
  for (const [key, value] of Object.entries(rates)) {
    if (key === 'standard' || key === 'super_reduced' || key === 'parking') out[key] = toBp(value);
    else if (REDUCED_KEYS.has(key)) reduced.push(toBp(value));
    else throw new Error(`${country} ${from}: unknown rate key "${key}"`);
  }
  const sorted = [...new Set(reduced)].sort((a, b) => a - b);
  if (sorted.length > 2) throw new Error(`${country} ${from}: more than two reduced rates`);
  if (sorted[0] !== undefined) out.reduced = sorted[0];
  if (sorted[1] !== undefined) out.reduced2 = sorted[1];
  return out;
}

/** The snapshot entry of one country → { rates: {category: bp}, raw } after exclusions. */
function mapSnapshot(country, entry) {
  const excl = SNAPSHOT_EXCLUSIONS[country] ?? [];
  const isExcluded = (category, bp) => excl.some((e) => e.category === category && e.rateBp === bp);
  const used = new Set();
  const mark = (category, bp) => used.add(`${category}:${bp}`);
  const rates = { standard: toBp(entry.standard) };
  const reduced = [];
  for (const r of entry.reduced) {
    const bp = toBp(r);
    if (isExcluded('reduced', bp)) mark('reduced', bp);
    else reduced.push(bp);
  }
  const sorted = [...new Set(reduced)].sort((a, b) => a - b);
  if (sorted.length > 2) throw new Error(`${country}: snapshot has more than two mainland reduced rates: ${sorted}`);
  if (sorted[0] !== undefined) rates.reduced = sorted[0];
  if (sorted[1] !== undefined) rates.reduced2 = sorted[1];
  if (entry.super_reduced !== null) {
    const bp = toBp(entry.super_reduced);
    if (isExcluded('super_reduced', bp)) mark('super_reduced', bp);
    else rates.super_reduced = bp;
  }
  if (entry.parking !== null) rates.parking = toBp(entry.parking);
  for (const e of excl) {
    if (!used.has(`${e.category}:${e.rateBp}`))
      throw new Error(`${country}: exclusion ${e.category} ${e.rateBp} not in snapshot`);
  }
  return rates;
}

function sameRates(a, b) {
  return CATEGORIES.every((c) => a[c] === b[c]);
}

// ---------------------------------------------------------------------------------------------

const periodsJson = JSON.parse(readFileSync(join(dataDir, PERIODS_FILE), 'utf8'));
const snapshotJson = JSON.parse(readFileSync(join(dataDir, SNAPSHOT_FILE), 'utf8'));
if (snapshotJson.version !== SNAPSHOT_DATE) throw new Error(`Unexpected snapshot version ${snapshotJson.version}`);

const rows = [];
const reconciliation = [];
const snapshotOut = {};

for (const country of EU) {
  // 1-2. history
  let periods;
  if (LAW_OVERRIDES[country]) {
    periods = LAW_OVERRIDES[country].map((p) => ({ from: p.from, rates: { ...p.rates }, source: 'law' }));
  } else {
    const items = periodsJson.items[country];
    if (!items) throw new Error(`${country} missing from ${PERIODS_FILE}`);
    periods = items
      .map((p) => ({
        from: p.effective_from,
        rates: mapIbericodeRates(country, p.effective_from, p.rates),
        source: 'ibericode-2025-08-12',
      }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  }

  // 3. reconcile with the snapshot
  const entry = snapshotJson.rates[country];
  if (entry?.eu_member !== true) throw new Error(`${country} missing or not EU in ${SNAPSHOT_FILE}`);
  const target = mapSnapshot(country, entry);
  snapshotOut[country] = {
    standard: toBp(entry.standard),
    reduced: entry.reduced.map(toBp),
    superReduced: entry.super_reduced === null ? null : toBp(entry.super_reduced),
    parking: entry.parking === null ? null : toBp(entry.parking),
  };
  const last = periods[periods.length - 1];
  const changesByDate = new Map();
  for (const category of CATEGORIES) {
    const before = last.rates[category];
    const after = target[category];
    if (before === after) continue;
    const known = after === undefined ? undefined : KNOWN_CHANGE_DATES[`${country}:${category}:${after}`];
    const from = known?.from ?? SNAPSHOT_DATE;
    if (from <= last.from) throw new Error(`${country}: change date ${from} not after last period ${last.from}`);
    const basis =
      known?.basis ?? `date unknown: in force in the ${SNAPSHOT_DATE} TEDB snapshot, not in the 2025-08-12 history`;
    reconciliation.push({ country, category, fromBp: before ?? null, toBp: after ?? null, validFrom: from, basis });
    if (!changesByDate.has(from)) changesByDate.set(from, []);
    changesByDate.get(from).push({ category, after, source: known ? 'law' : 'tedb-2026-08-22' });
  }
  for (const from of [...changesByDate.keys()].sort()) {
    const prev = periods[periods.length - 1];
    const rates = { ...prev.rates };
    let source = 'law';
    for (const ch of changesByDate.get(from)) {
      if (ch.after === undefined) delete rates[ch.category];
      else rates[ch.category] = ch.after;
      if (ch.source !== 'law') source = ch.source;
    }
    periods.push({ from, rates, source });
  }
  if (!sameRates(periods[periods.length - 1].rates, target)) throw new Error(`${country}: reconciliation failed`);

  // periods → rows (one row per category run with the same rate)
  for (const category of CATEGORIES) {
    let open = null;
    periods.forEach((p, i) => {
      const bp = p.rates[category];
      if (open && open.rateBp !== bp) {
        open.validTo = dayBefore(p.from);
        rows.push(open);
        open = null;
      }
      if (bp !== undefined && !open) {
        open = { country, category, rateBp: bp, validFrom: p.from, validTo: null, source: p.source };
      }
      if (i === periods.length - 1 && open) rows.push(open);
    });
  }
}

// 4. zero rates
for (const z of ZERO_RATES) {
  rows.push({ country: z.country, category: 'zero', rateBp: 0, validFrom: z.from, validTo: null, source: 'law' });
}

const order = Object.fromEntries([...CATEGORIES, 'zero'].map((c, i) => [c, i]));
rows.sort(
  (a, b) =>
    a.country.localeCompare(b.country) ||
    order[a.category] - order[b.category] ||
    a.validFrom.localeCompare(b.validFrom),
);

// 5. check: rows in force on the snapshot date equal the snapshot (after exclusions)
for (const country of EU) {
  const target = mapSnapshot(country, snapshotJson.rates[country]);
  for (const category of CATEGORIES) {
    const inForce = rows.filter(
      (r) =>
        r.country === country &&
        r.category === category &&
        r.validFrom <= SNAPSHOT_DATE &&
        (r.validTo === null || r.validTo >= SNAPSHOT_DATE),
    );
    if (inForce.length > 1) throw new Error(`${country} ${category}: overlapping rows`);
    if ((inForce[0]?.rateBp ?? undefined) !== target[category])
      throw new Error(`${country} ${category}: current row differs from snapshot`);
  }
}

// ---------------------------------------------------------------------------------------------

const q = (s) => (s === null ? 'null' : `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
const lines = [];
lines.push('// GENERATED by scripts/generate-rates.mjs — do not edit by hand; edit the script and re-run it.');
lines.push(
  `// Sources: shared/data/${PERIODS_FILE} (ibericode history), shared/data/${SNAPSHOT_FILE} (TEDB snapshot),`,
);
lines.push('// plus the law-based corrections documented in the script.');
lines.push("import type { EuCountry } from '../countries.js';");
lines.push("import type { VatRateRow } from '../rate-types.js';");
lines.push('');
lines.push('export const VAT_RATES_DATA: readonly VatRateRow[] = [');
for (const r of rows) {
  lines.push(
    `  { country: '${r.country}', category: '${r.category}', rateBp: ${r.rateBp}, validFrom: '${r.validFrom}', validTo: ${q(r.validTo)}, source: '${r.source}' },`,
  );
}
lines.push('];');
lines.push('');
lines.push('/** Differences between the 2025-08-12 history and the 2026-08-22 snapshot, and how each was dated. */');
lines.push('export const RATE_RECONCILIATION: readonly {');
lines.push('  country: EuCountry;');
lines.push("  category: VatRateRow['category'];");
lines.push('  fromBp: number | null;');
lines.push('  toBp: number | null;');
lines.push('  validFrom: string;');
lines.push('  basis: string;');
lines.push('}[] = [');
for (const r of reconciliation) {
  lines.push(
    `  { country: '${r.country}', category: '${r.category}', fromBp: ${r.fromBp}, toBp: ${r.toBp}, validFrom: '${r.validFrom}', basis: ${q(r.basis)} },`,
  );
}
lines.push('];');
lines.push('');
lines.push('/** Snapshot rates excluded from the table (territorial or mislabelled). */');
lines.push(
  "export const SNAPSHOT_EXCLUSIONS: readonly { country: EuCountry; category: VatRateRow['category']; rateBp: number; why: string }[] = [",
);
for (const [country, list] of Object.entries(SNAPSHOT_EXCLUSIONS)) {
  for (const e of list)
    lines.push(`  { country: '${country}', category: '${e.category}', rateBp: ${e.rateBp}, why: ${q(e.why)} },`);
}
lines.push('];');
lines.push('');
lines.push('/** The 2026-08-22 TEDB snapshot as published (all values in basis points, nothing excluded). */');
lines.push(`export const TEDB_SNAPSHOT_DATE = '${SNAPSHOT_DATE}';`);
lines.push('export const TEDB_SNAPSHOT: Readonly<');
lines.push(
  '  Record<EuCountry, { standard: number; reduced: readonly number[]; superReduced: number | null; parking: number | null }>',
);
lines.push('> = {');
for (const country of EU) {
  const s = snapshotOut[country];
  lines.push(
    `  ${country}: { standard: ${s.standard}, reduced: [${s.reduced.join(', ')}], superReduced: ${s.superReduced}, parking: ${s.parking} },`,
  );
}
lines.push('};');
lines.push('');
lines.push(
  "/** Human description of each member state's VAT-number format (from the TEDB snapshot), for error messages. */",
);
lines.push('export const VAT_NUMBER_FORMATS: Readonly<Record<EuCountry, string>> = {');
for (const country of EU) lines.push(`  ${country}: ${q(snapshotJson.rates[country].format)},`);
lines.push('};');
lines.push('');
lines.push('/** Zero-rated supplies per member state (documentation of the `zero` rows). */');
lines.push('export const ZERO_RATE_BASIS: Readonly<Partial<Record<EuCountry, string>>> = {');
for (const z of ZERO_RATES) lines.push(`  ${z.country}: ${q(z.basis)},`);
lines.push('};');
lines.push('');

writeFileSync(outFile, lines.join('\n'));
console.log(`wrote ${rows.length} rows, ${reconciliation.length} reconciliation entries to ${outFile}`);
for (const r of reconciliation)
  console.log(`  ${r.country} ${r.category}: ${r.fromBp} -> ${r.toBp} from ${r.validFrom} (${r.basis})`);
