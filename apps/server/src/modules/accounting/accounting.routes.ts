import type { Response } from 'express';
import { Router } from 'express';
import type { StoreCtx } from '../../core/context.js';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { storeRoute } from '../auth/store-route.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { Store } from '../tenancy/store.entity.js';
import { type AccountingPeriod, parseDialect, parsePeriod } from './accounting-period.js';
import { writeRegisterCsv } from './register-csv.js';
import { writeVatJournalCsv } from './vat-journal.js';

async function download(
  ctx: StoreCtx,
  res: Response,
  what: string,
  period: AccountingPeriod,
  type: string,
  ext: string,
  write: (out: Response) => Promise<void>,
) {
  const store = await ctx.em.findOneOrFail(Store, ctx.storeId, { fields: ['slug'] });
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${what}-${store.slug}-${period.from}_${period.to}.${ext}"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  const started = performance.now();
  try {
    await write(res);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed) {
      ctx.log.info({ event: `${what}_export_aborted` }, 'export aborted by the client');
      return;
    }
    throw err;
  }
  ctx.log.info(
    { event: `${what}_export`, ...period, ms: Math.round(performance.now() - started) },
    'accounting export',
  );
}

/**
 * GET /api/accounting/register.csv?from=&to=&dialect=generic|excel — the invoice register (one row
 * per document and VAT rate), streamed.
 * GET /api/accounting/vat-journal.csv?from=&to=&dialect= — the VAT journal with the register's check.
 * Both need INVOICES_READ and EXPORTS_READ and a plan with the accounting export (Business).
 */
export function accountingRoutes(deps: AppServices): Router {
  const r = Router();
  const perms = [Permission.INVOICES_READ, Permission.EXPORTS_READ];
  const csv = 'text/csv; charset=utf-8';
  r.get(
    '/accounting/register.csv',
    storeRoute(deps, perms, async (ctx, req, res) => {
      const period = parsePeriod(req.query as Record<string, unknown>);
      const dialect = parseDialect(req.query.dialect);
      await requireFeature(ctx, Feature.ACCOUNTING_EXPORT);
      await download(ctx, res, 'invoice-register', period, csv, 'csv', (out) =>
        writeRegisterCsv(ctx, period, dialect, out),
      );
    }),
  );
  r.get(
    '/accounting/vat-journal.csv',
    storeRoute(deps, perms, async (ctx, req, res) => {
      const period = parsePeriod(req.query as Record<string, unknown>);
      const dialect = parseDialect(req.query.dialect);
      await requireFeature(ctx, Feature.ACCOUNTING_EXPORT);
      await download(ctx, res, 'vat-journal', period, csv, 'csv', (out) =>
        writeVatJournalCsv(ctx, period, dialect, out),
      );
    }),
  );
  return r;
}
