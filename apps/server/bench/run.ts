/** Runs the server benchmarks in turn: pnpm --filter @orion/server bench [name …] [--flag …] (flags go to the benchmarks). */
const all = [
  'orders-query',
  'invoice-zip',
  'letzshop-import',
  'register-csv',
  'customer-export',
  'load',
  'dashboard',
  'purchasing',
];
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = names.length ? names : all;
for (const name of chosen) {
  console.log(`\n### ${name}`);
  const mod = (await import(`./${name}.bench.js`)) as { default: () => Promise<void> };
  await mod.default();
}
