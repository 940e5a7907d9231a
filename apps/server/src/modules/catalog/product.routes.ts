import { type NextFunction, type Request, type Response, Router } from 'express';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { storeRoute } from '../auth/store-route.js';
import { readCsvBody, sendCsv } from './csv-http.js';
import { exportProductsCsv, importProductsCsv } from './product-csv.js';
import type { ErrorReason } from '../../core/error-codes.js';

/**
 * An upload changes data, so it must name the store in the `x-store-id` header (not `?store=`):
 * a custom header cannot be sent cross-site without CORS, which keeps forged form posts out.
 */
function storeHeaderRequired(req: Request, res: Response, next: NextFunction) {
  if (req.get('x-store-id')) return next();
  res.status(400).json({
    error: {
      code: 'BAD_USER_INPUT',
      reason: 'STORE_REQUIRED' satisfies ErrorReason,
      message: 'Send the store id in the x-store-id header.',
    },
  });
}

/**
 * GET /api/products/export.csv — the store's products, streamed (PRODUCTS_READ).
 * POST /api/products/import?dryRun=true|false — a `text/csv` body, at most 20 MB (PRODUCTS_WRITE);
 * answers the ImportReport as JSON: 200 when the file is valid, 422 with every bad line otherwise.
 * Without `dryRun=false` it is a dry run.
 */
export function productRoutes(deps: AppServices): Router {
  const r = Router();
  r.get(
    '/products/export.csv',
    storeRoute(deps, [Permission.PRODUCTS_READ], (ctx, _req, res) =>
      sendCsv(ctx, res, 'products', (out) => exportProductsCsv(ctx.em, ctx.storeId, out)),
    ),
  );
  r.post(
    '/products/import',
    storeHeaderRequired,
    storeRoute(deps, [Permission.PRODUCTS_WRITE], async (ctx, req, res) => {
      const dryRun = req.query.dryRun !== 'false';
      const csv = await readCsvBody(req, res);
      const started = Date.now();
      const report = await importProductsCsv(ctx, csv, dryRun);
      ctx.log.info(
        {
          event: 'products_import',
          dryRun,
          rows: report.rows,
          valid: report.valid,
          written: report.written,
          toCreate: report.toCreate,
          toUpdate: report.toUpdate,
          ms: Date.now() - started,
        },
        'product import',
      );
      res.status(report.valid ? 200 : 422).json(report);
    }),
  );
  return r;
}
