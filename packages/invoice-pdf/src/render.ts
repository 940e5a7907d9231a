import type { Readable } from 'node:stream';
import { buildDocDefinition } from './layout.js';
import { getPrinter } from './printer.js';
import type { InvoiceDocument } from './types.js';
import { assertRenderable } from './validate.js';

function collect(stream: Readable & { end(): void }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.end();
  });
}

/**
 * Renders an invoice or credit note snapshot to PDF bytes (A4, fonts embedded and subset).
 * The same snapshot always prints the same content; the bytes differ between calls only by the
 * creation date and document id in the PDF metadata.
 *
 * @throws TypeError if the snapshot cannot be printed faithfully (non-integer cents, a date that
 *   is not YYYY-MM-DD, an unknown language or VAT category, …).
 */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  assertRenderable(doc);
  const definition = buildDocDefinition(doc);
  const pdfKitDoc = await getPrinter().createPdfKitDocument(definition);
  return collect(pdfKitDoc);
}
