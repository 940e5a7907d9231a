/** Runs the server benchmarks in turn: pnpm --filter @orion/server bench [name …] */
const all = ['orders-query', 'invoice-zip', 'letzshop-import', 'load', 'purchasing'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : all;
for (const name of chosen) {
  console.log(`\n### ${name}`);
  const mod = (await import(`./${name}.bench.js`)) as { default: () => Promise<void> };
  await mod.default();
}
