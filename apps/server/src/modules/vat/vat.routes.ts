import { Router } from 'express';
import { ValidationError } from '../../core/errors.js';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { storeRoute } from '../auth/store-route.js';
import { sendCsv } from '../catalog/csv-http.js';
import { ossReport, ossReportCsv } from './oss-report.js';

/**
 * GET /api/vat/oss-report.csv?year=2026&quarter=3 — the OSS quarterly return as CSV. Needs
 * INVOICES_READ and EXPORTS_READ (owners, managers, accountants).
 */
export function vatRoutes(deps: AppServices): Router {
  const r = Router();
  r.get(
    '/vat/oss-report.csv',
    storeRoute(deps, [Permission.INVOICES_READ, Permission.EXPORTS_READ], async (ctx, req, res) => {
      const year = Number(req.query.year);
      const quarter = Number(req.query.quarter);
      if (!req.query.year || !req.query.quarter) {
        throw new ValidationError(
          {
            ...(req.query.year ? {} : { year: 'is required' }),
            ...(req.query.quarter ? {} : { quarter: 'is required' }),
          },
          'Give year and quarter, e.g. ?year=2026&quarter=3.',
        );
      }
      const report = await ossReport(ctx.em, ctx.storeId, year, quarter);
      await sendCsv(ctx, res, `oss-${year}-q${quarter}`, async (out) => {
        out.end(ossReportCsv(report));
      });
    }),
  );
  return r;
}
