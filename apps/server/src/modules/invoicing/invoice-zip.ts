import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Response } from 'express';
import { ZipArchive } from 'archiver';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, ValidationError } from '../../core/errors.js';
import { keysetRows } from '../common/keyset.js';
import { invoicePdfFileName } from './invoice-document.js';
import { backfillPdf } from './invoice-pdf.service.js';
import { Invoice, InvoiceType } from './invoice.entity.js';

/** The widest range one ZIP may cover: a year, leap day included. */
export const MAX_ZIP_DAYS = 366;
/** Rows (with their PDFs, ~30–60 KiB each) read per query: memory stays flat whatever the range. */
export const ZIP_BATCH = 100;
/** How much ZIP output may wait for a slow client before reading stops. */
const MAX_BUFFERED = 1 << 20;

export interface ZipRange {
  from: string;
  to: string;
  type: InvoiceType | null;
}

const isRealDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/**
 * Reads `from`, `to` (YYYY-MM-DD, inclusive, issue dates) and the optional `type`
 * (`invoice` | `credit_note`) of a ZIP request; refuses a missing, malformed, reversed or too wide
 * range before anything is read or written.
 */
export function parseZipRange(query: Record<string, unknown>): ZipRange {
  const fields: Record<string, string> = {};
  const date = (key: 'from' | 'to') => {
    const v = query[key];
    if (v === undefined || v === '') fields[key] = 'is required (YYYY-MM-DD)';
    else if (typeof v !== 'string' || !isRealDate(v)) fields[key] = 'must be a date as YYYY-MM-DD';
    return typeof v === 'string' ? v : '';
  };
  const from = date('from');
  const to = date('to');
  const rawType = query.type;
  const type =
    rawType === undefined || rawType === ''
      ? null
      : rawType === 'invoice'
        ? InvoiceType.INVOICE
        : rawType === 'credit_note'
          ? InvoiceType.CREDIT_NOTE
          : undefined;
  if (type === undefined) fields.type = 'must be invoice or credit_note';
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) {
    throw new DomainError('DATE_RANGE_REVERSED', `The range starts (${from}) after it ends (${to}).`, 'BAD_USER_INPUT');
  }
  if (days > MAX_ZIP_DAYS) {
    throw new DomainError(
      'DATE_RANGE_TOO_WIDE',
      `A ZIP covers at most ${MAX_ZIP_DAYS} days; ${from} to ${to} is ${days}. Download it in parts.`,
      'BAD_USER_INPUT',
      { maxDays: MAX_ZIP_DAYS },
    );
  }
  return { from, to, type: type ?? null };
}

interface Row {
  id: string;
  number: string;
  issue_date: string;
  bytes: Buffer | null;
}

/**
 * The store's PDFs issued in the range, in (issue date, number) order, one batch at a time
 * (keyset paging: each query starts after the last row of the previous one).
 */
function storedPdfs(ctx: StoreCtx, range: ZipRange): AsyncGenerator<Row> {
  return keysetRows(
    (after: [string, string] | null, limit) => {
      const params: unknown[] = [ctx.storeId, range.from, range.to];
      let sql = `select i.id, i.number, i.issue_date::text as issue_date, p.bytes
        from invoice i left join invoice_pdf p on p.invoice_id = i.id
        where i.store_id = ? and i.issue_date between ? and ?`;
      if (range.type) {
        sql += ' and i.type = ?';
        params.push(range.type);
      }
      if (after) {
        sql += ' and (i.issue_date, i.number) > (?::date, ?)';
        params.push(...after);
      }
      sql += ' order by i.issue_date, i.number limit ?';
      return ctx.em.execute<Row[]>(sql, [...params, limit]);
    },
    (row): [string, string] => [row.issue_date, row.number],
    ZIP_BATCH,
  );
}

/** How many documents the ZIP will hold (sent as `X-Invoice-Count`). */
export async function countInRange(ctx: StoreCtx, range: ZipRange): Promise<number> {
  return ctx.em.count(Invoice, {
    issueDate: { $gte: range.from, $lte: range.to },
    ...(range.type ? { type: range.type } : {}),
  });
}

/**
 * Streams a ZIP of the stored PDFs to `res`, one `<number>.pdf` per document (stored, not
 * deflated again: PDFs are compressed already). Memory stays flat: rows are read in batches, each
 * entry is written before the next is added, and reading pauses while the client is slow. A
 * client that goes away stops the export.
 */
export async function writeInvoiceZip(ctx: StoreCtx, range: ZipRange, res: Response): Promise<number> {
  const archive = new ZipArchive({ store: true });
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  let failed: Error | null = null;
  archive.on('error', (err) => {
    failed = err;
  });
  archive.on('warning', (err) => ctx.log.warn({ err, event: 'invoice_zip_warning' }, 'ZIP warning'));
  archive.pipe(res);
  let count = 0;
  try {
    for await (const row of storedPdfs(ctx, range)) {
      if (gone.signal.aborted) break;
      const bytes = row.bytes ?? (await backfillPdf(ctx, ctx.em.fork(), await loadInvoice(ctx, row.id))).bytes;
      const written = once(archive, 'entry', { signal: gone.signal });
      archive.append(bytes, { name: invoicePdfFileName(row.number), date: new Date(`${row.issue_date}T12:00:00Z`) });
      await written;
      if (failed) throw failed;
      count += 1;
      while (archive.readableLength > MAX_BUFFERED && !gone.signal.aborted) {
        if (res.writableNeedDrain) await once(res, 'drain', { signal: gone.signal });
        else await nextTurn();
      }
    }
    if (gone.signal.aborted) {
      archive.abort();
      ctx.log.info({ event: 'invoice_zip_aborted', written: count }, 'ZIP download aborted by the client');
      return count;
    }
    await archive.finalize();
    if (failed) throw failed;
    return count;
  } catch (err) {
    if (gone.signal.aborted) {
      archive.abort();
      ctx.log.info({ event: 'invoice_zip_aborted', written: count }, 'ZIP download aborted by the client');
      return count;
    }
    throw err;
  } finally {
    res.off('close', onClose);
  }
}

const loadInvoice = (ctx: StoreCtx, id: string) => ctx.em.fork().findOneOrFail(Invoice, { id });
