import type { Request, Response } from 'express';
import express from 'express';
import type { StoreCtx } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { Store } from '../tenancy/store.entity.js';

/** The largest CSV upload accepted. */
export const MAX_UPLOAD_MB = 20;
const textBody = express.text({
  type: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'],
  limit: `${MAX_UPLOAD_MB}mb`,
});

/**
 * Reads a CSV upload (the file as the raw request body). Called inside the authorised handler, so
 * nothing is buffered for a request that may not import.
 */
export async function readCsvBody(req: Request, res: Response): Promise<string> {
  await new Promise<void>((resolve, reject) =>
    textBody(req, res, (err?: unknown) => {
      if (!err) return resolve();
      const type = (err as { type?: string }).type;
      if (type === 'entity.too.large')
        return reject(
          new DomainError('CSV_TOO_LARGE', `The file is larger than ${MAX_UPLOAD_MB} MB.`, 'BAD_USER_INPUT', {
            maxMegabytes: MAX_UPLOAD_MB,
          }),
        );
      if (type === 'encoding.unsupported' || type === 'charset.unsupported')
        return reject(new DomainError('CSV_ENCODING', 'Send the file as UTF-8.'));
      reject(err);
    }),
  );
  if (typeof req.body !== 'string') {
    throw new DomainError(
      'CSV_BODY_EXPECTED',
      'Send the CSV file as the request body with Content-Type: text/csv.',
      'BAD_USER_INPUT',
    );
  }
  return req.body;
}

/**
 * Answers a streamed CSV download named `<what>-<store-slug>-<YYYY-MM-DD>.csv`. A client that goes
 * away mid-download ends the stream (and the queries behind it) without an error being logged.
 */
export async function sendCsv(
  ctx: StoreCtx,
  res: Response,
  what: string,
  write: (out: Response) => Promise<void>,
): Promise<void> {
  const store = await ctx.em.findOneOrFail(Store, ctx.storeId);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${what}-${store.slug}-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  try {
    await write(res);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed) {
      ctx.log.info({ event: `${what}_export_aborted` }, 'export aborted by the client');
      return;
    }
    throw err;
  }
}
