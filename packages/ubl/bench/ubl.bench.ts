/**
 * UBL documents per second on one core: 100,000 documents (the ten fixture kinds in turn, each
 * with a 30 KB PDF embedded), against a floor that only base64-encodes the PDF and serialises
 * the snapshot as JSON (the least any writer must do). Run: `pnpm --filter @orion/ubl bench`.
 */
import { invoiceToUbl } from '../src/index.js';
import { GOLDEN } from '../test/fixtures.js';

const N = Number(process.env.UBL_BENCH_DOCS ?? 100_000);
const pdf = new Uint8Array(30_000).map((_, i) => (i * 7919) % 251);
const kinds = Object.values(GOLDEN);

function run(label: string, fn: (i: number) => number): number {
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < N; i++) bytes += fn(i);
  const s = (performance.now() - started) / 1000;
  const rate = N / s;
  console.log(
    `${label.padEnd(8)} ${N} documents in ${s.toFixed(2)} s: ${Math.round(rate)} documents/s, ${(bytes / 1e6).toFixed(0)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return rate;
}

run('warm-up', (i) => invoiceToUbl(kinds[i % kinds.length], pdf).length);
const floor = run(
  'floor',
  (i) => JSON.stringify(kinds[i % kinds.length]).length + Buffer.from(pdf).toString('base64').length,
);
const ubl = run('UBL', (i) => invoiceToUbl(kinds[i % kinds.length], pdf).length);
console.log(
  `UBL / floor: ${(floor / ubl).toFixed(1)}× slower; goal ≥ 2,000 documents/s: ${ubl >= 2000 ? 'met' : 'NOT met'}`,
);
