#!/usr/bin/env node
// Generates src/data/goods-rates.generated.ts from data/goods-rates.source.mjs, and checks it.
//
//   node scripts/generate-goods-rates.mjs           write the generated module
//   node scripts/generate-goods-rates.mjs --check   fail unless the committed module is up to date
//
// The source says, per member state and kind of goods, which of the state's rate categories applies
// (the numbers stay in src/data/vat-rates.generated.ts). The script refuses:
// - an unknown member state, kind of goods or rate category, an empty note, a malformed date;
// - overlapping periods for one (member state, kind of goods);
// - a period naming a category the member state does not have on some day of it (from 2021-07-01,
//   when destination rates started to matter for distance sales);
// - a Luxembourg kind of goods missing or marked 'check' (a product's domestic category follows it).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SOURCE from '../data/goods-rates.source.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '../src/data/goods-rates.generated.ts');
const kindsFile = join(here, '../src/goods-kinds.ts');
const ratesFile = join(here, '../src/data/vat-rates.generated.ts');

const OPEN_START = '0000-01-01';
const RULES_FROM = '2021-07-01';
const CATEGORIES = ['standard', 'reduced', 'reduced2', 'super_reduced', 'zero', 'parking'];
const RATES = [...CATEGORIES, 'check'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const kindsBlock = readFileSync(kindsFile, 'utf8').match(/export const GOODS_KINDS = \[([\s\S]*?)\] as const/);
if (!kindsBlock) throw new Error('GOODS_KINDS not found in src/goods-kinds.ts');
const KINDS = [...kindsBlock[1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);

const rateRows = [
  ...readFileSync(ratesFile, 'utf8').matchAll(
    /\{ country: '([A-Z]{2})', category: '([a-z_0-9]+)', rateBp: (\d+), validFrom: '([\d-]+)', validTo: (null|'[\d-]+')/g,
  ),
].map((m) => ({
  country: m[1],
  category: m[2],
  rateBp: Number(m[3]),
  validFrom: m[4],
  validTo: m[5] === 'null' ? null : m[5].slice(1, -1),
}));
const COUNTRIES = [...new Set(rateRows.map((r) => r.country))].sort();
if (COUNTRIES.length !== 27) throw new Error(`expected 27 member states in the rate table, found ${COUNTRIES.length}`);

const errors = [];
const fail = (msg) => errors.push(msg);

function nextDay(d) {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}
const inForce = (row, d) => row.validFrom <= d && (row.validTo === null || d <= row.validTo);
const hasCategory = (country, category, d) =>
  rateRows.some((r) => r.country === country && r.category === category && inForce(r, d));

const rows = [];
for (const country of Object.keys(SOURCE).sort()) {
  if (!COUNTRIES.includes(country)) fail(`${country}: not a member state of the rate table`);
  const kinds = SOURCE[country];
  for (const kind of Object.keys(kinds)) if (!KINDS.includes(kind)) fail(`${country}: unknown kind of goods '${kind}'`);
  if (country === 'LU') {
    for (const kind of KINDS) if (!kinds[kind]) fail(`LU: '${kind}' missing (every kind needs its domestic category)`);
  }
  for (const kind of KINDS) {
    const periods = (kinds[kind] ?? []).map(([rate, note, from = null, to = null]) => ({
      country,
      kind,
      rate,
      validFrom: from ?? OPEN_START,
      validTo: to,
      note,
    }));
    periods.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    periods.forEach((p, i) => {
      const where = `${country} ${kind} from ${p.validFrom}`;
      if (!RATES.includes(p.rate)) fail(`${where}: unknown rate '${p.rate}'`);
      if (typeof p.note !== 'string' || p.note.trim().length < 8) fail(`${where}: the note (legal basis) is missing`);
      if (!ISO.test(p.validFrom) || (p.validTo !== null && !ISO.test(p.validTo))) fail(`${where}: malformed date`);
      if (p.validTo !== null && p.validTo < p.validFrom) fail(`${where}: ends before it starts`);
      const prev = periods[i - 1];
      if (prev && (prev.validTo === null || prev.validTo >= p.validFrom)) fail(`${where}: overlaps the period before`);
      if (country === 'LU' && !['standard', 'reduced', 'reduced2', 'super_reduced', 'zero'].includes(p.rate)) {
        fail(`${where}: a Luxembourg entry must be a product category ('check' and 'parking' are not)`);
      }
      if (CATEGORIES.includes(p.rate)) {
        // Every day the category could change within the period, from when destination rates matter.
        const start = p.validFrom > RULES_FROM ? p.validFrom : RULES_FROM;
        if (p.validTo !== null && p.validTo < start) return;
        const days = new Set([start]);
        for (const r of rateRows.filter((x) => x.country === country)) {
          for (const d of [r.validFrom, r.validTo && nextDay(r.validTo)]) {
            if (d && d > start && (p.validTo === null || d <= p.validTo)) days.add(d);
          }
        }
        for (const d of days) {
          if (!hasCategory(country, p.rate, d)) fail(`${where}: ${country} has no '${p.rate}' rate on ${d}`);
        }
      }
      rows.push(p);
    });
  }
}

if (errors.length) {
  console.error(`goods-rates: ${errors.length} problem(s)\n- ${errors.join('\n- ')}`);
  process.exit(1);
}

const q = (s) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const out = `// GENERATED by scripts/generate-goods-rates.mjs from data/goods-rates.source.mjs — do not edit by hand.
import type { GoodsRateEntry } from '../goods-rates.js';

export const GOODS_RATES_DATA: readonly GoodsRateEntry[] = [
${rows
  .map(
    (r) =>
      `  { country: '${r.country}', kind: '${r.kind}', rate: '${r.rate}', validFrom: '${r.validFrom}', validTo: ${r.validTo === null ? 'null' : `'${r.validTo}'`}, note: ${q(r.note)} },`,
  )
  .join('\n')}
];
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(outFile, 'utf8');
  if (current !== out) {
    console.error(
      'goods-rates: src/data/goods-rates.generated.ts is out of date; run node scripts/generate-goods-rates.mjs',
    );
    process.exit(1);
  }
  console.log(`goods-rates: ${rows.length} entries, up to date`);
} else {
  writeFileSync(outFile, out);
  console.log(`goods-rates: wrote ${rows.length} entries for ${Object.keys(SOURCE).length} member states`);
}
