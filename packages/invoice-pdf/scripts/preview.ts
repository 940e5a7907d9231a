/** Writes sample PDFs to a folder (default /tmp/invoice-pdf-preview) for looking at the layout. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderInvoicePdf } from '../src/index.js';
import { creditNote, longInvoice, shortInvoice } from '../test/fixtures.js';

const out = process.argv[2] ?? '/tmp/invoice-pdf-preview';
mkdirSync(out, { recursive: true });
for (const lang of ['en', 'fr', 'de'] as const) {
  for (const [name, doc] of [
    ['short', shortInvoice(lang)],
    ['long', longInvoice(lang)],
    ['credit', creditNote(lang)],
  ] as const) {
    const file = join(out, `${name}-${lang}.pdf`);
    writeFileSync(file, await renderInvoicePdf(doc));
    console.log(file);
  }
}
