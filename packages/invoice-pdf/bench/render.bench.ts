/**
 * Render benchmark: ms per PDF (mean, p50, p95) and PDFs per second on one core, for a 1-page
 * and a 5-page invoice. Run with `pnpm bench` (tsx; no build needed).
 */
import { renderInvoicePdf } from '../src/index.js';
import type { InvoiceDocument } from '../src/index.js';
import { longInvoice, shortInvoice } from '../test/fixtures.js';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

async function bench(name: string, doc: InvoiceDocument): Promise<void> {
  const first = await renderInvoicePdf(doc);
  for (let i = 0; i < WARMUP; i++) await renderInvoicePdf(doc);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await renderInvoicePdf(doc);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, x) => s + x, 0) / times.length;
  console.log(
    `${name.padEnd(28)} pages=${pageCount(first)} size=${(first.length / 1024).toFixed(0)} KiB  ` +
      `mean=${mean.toFixed(2)} ms  p50=${percentile(times, 50).toFixed(2)} ms  ` +
      `p95=${percentile(times, 95).toFixed(2)} ms  ${((RUNS * 1000) / totalMs).toFixed(0)} PDFs/s  ` +
      `(CPU ${cpuMs.toFixed(2)} ms/PDF)`,
  );
}

console.log(`node ${process.version}, ${RUNS} renders after ${WARMUP} warm-up renders, one process`);
await bench('1-page invoice (1 line)', shortInvoice('fr'));
await bench('1-page invoice (7 lines)', longInvoice('de', 7));
await bench('5-page invoice (100 lines)', longInvoice('en', 100));
