import { downloadUrl } from '../../lib/download';

/** The widest range one ZIP may cover (the API refuses more): a year, leap day included. */
export const MAX_ZIP_DAYS = 366;

/** The stored PDF of an invoice or credit note, as a link the browser downloads. */
export const invoicePdfUrl = (id: string) => downloadUrl(`/api/invoices/${encodeURIComponent(id)}.pdf`);

export interface ZipRange {
  from: string;
  to: string;
  type?: 'invoice' | 'credit_note' | null;
}

/** The ZIP of the stored PDFs issued from `from` to `to` (inclusive). */
export function invoiceZipUrl({ from, to, type }: ZipRange): string {
  const q = new URLSearchParams({ from, to });
  if (type) q.set('type', type);
  return downloadUrl(`/api/invoices.zip?${q}`);
}

const isDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** Why a range cannot be downloaded (an i18n key under `invoices.zip`), or null when it can. */
export function zipRangeProblem(from: string, to: string): 'datesRequired' | 'reversed' | 'tooWide' | null {
  if (!isDate(from) || !isDate(to)) return 'datesRequired';
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) return 'reversed';
  if (days > MAX_ZIP_DAYS) return 'tooWide';
  return null;
}

/** The first and last day of the month before `today` (YYYY-MM-DD): what an accountant asks for. */
export function previousMonth(today: Date): { from: string; to: string } {
  const first = new Date(Date.UTC(today.getFullYear(), today.getMonth() - 1, 1));
  const last = new Date(Date.UTC(today.getFullYear(), today.getMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** The partial credit note's `lines` input: every line with a quantity above zero, by index. */
export const creditLines = (quantities: number[]) =>
  quantities.flatMap((quantity, lineIndex) => (quantity > 0 ? [{ lineIndex, quantity }] : []));
