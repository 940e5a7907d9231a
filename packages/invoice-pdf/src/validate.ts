import { parseIsoDate } from './format.js';
import type { InvoiceDocument } from './types.js';

const LANGUAGES = new Set(['en', 'fr', 'de']);
const KINDS = new Set(['invoice', 'credit_note']);
const CATEGORIES = new Set(['S', 'Z', 'K', 'AE', 'G', 'E']);

/**
 * Rejects a snapshot the renderer cannot print faithfully (wrong shapes, non-integer cents,
 * malformed dates). It does not judge the invoice's legal content or recompute any amount:
 * that is the invoicing module's job before the invoice is issued.
 */
export function assertRenderable(doc: InvoiceDocument): void {
  const fail = (msg: string): never => {
    throw new TypeError(`invoice ${String(doc?.number)}: ${msg}`);
  };
  if (!doc || typeof doc !== 'object') throw new TypeError('invoice document must be an object');
  if (!KINDS.has(doc.kind)) fail(`unknown kind '${String(doc.kind)}'`);
  if (!LANGUAGES.has(doc.language)) fail(`unsupported language '${String(doc.language)}'`);
  if (doc.currency !== 'EUR') fail(`unsupported currency '${String(doc.currency)}'`);
  if (typeof doc.number !== 'string' || doc.number.trim() === '') fail('number is required');
  for (const key of ['issueDate', 'supplyDate', 'dueDate', 'creditedInvoiceDate'] as const) {
    const value = doc[key];
    if (value === undefined && key !== 'issueDate' && key !== 'supplyDate') continue;
    try {
      parseIsoDate(String(value));
    } catch {
      fail(`${key} '${String(value)}' is not a YYYY-MM-DD date`);
    }
  }
  if (!doc.seller || !doc.buyer) fail('seller and buyer are required');
  if (!Array.isArray(doc.lines)) fail('lines must be an array');
  if (!Array.isArray(doc.vatBreakdown)) fail('vatBreakdown must be an array');
  if (!Array.isArray(doc.legalMentions)) fail('legalMentions must be an array');
  const cents = (value: unknown, what: string) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      fail(`${what} must be integer cents, got ${String(value)}`);
    }
  };
  doc.lines.forEach((line, i) => {
    if (typeof line.description !== 'string') fail(`lines[${i}].description is required`);
    if (!Number.isSafeInteger(line.quantity)) fail(`lines[${i}].quantity must be an integer`);
    if (!CATEGORIES.has(line.vatCategoryCode)) {
      fail(`lines[${i}].vatCategoryCode '${String(line.vatCategoryCode)}' is unknown`);
    }
    if (!Number.isSafeInteger(line.vatRateBp)) fail(`lines[${i}].vatRateBp must be an integer`);
    cents(line.unitPriceNetCents, `lines[${i}].unitPriceNetCents`);
    cents(line.netCents, `lines[${i}].netCents`);
    cents(line.vatCents, `lines[${i}].vatCents`);
    cents(line.grossCents, `lines[${i}].grossCents`);
  });
  doc.vatBreakdown.forEach((row, i) => {
    if (!CATEGORIES.has(row.categoryCode)) {
      fail(`vatBreakdown[${i}].categoryCode '${String(row.categoryCode)}' is unknown`);
    }
    if (!Number.isSafeInteger(row.rateBp)) fail(`vatBreakdown[${i}].rateBp must be an integer`);
    cents(row.taxableCents, `vatBreakdown[${i}].taxableCents`);
    cents(row.vatCents, `vatBreakdown[${i}].vatCents`);
  });
  cents(doc.netCents, 'netCents');
  cents(doc.vatCents, 'vatCents');
  cents(doc.grossCents, 'grossCents');
}
