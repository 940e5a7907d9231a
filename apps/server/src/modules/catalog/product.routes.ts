import express, { Router } from 'express';
import type { RouteDeps } from '../../http/routes.js';
import { storeRoute } from '../../http/store-route.js';
import { Permission } from '../../graphql/permissions.js';
import { Store } from '../tenancy/store.entity.js';
import { exportProductsCsv, importProductsCsv } from './product-csv.js';

/** GET /api/products/export.csv (streamed) and POST /api/products/import?dryRun=true|false (text/csv body). */
export function productRoutes(deps: RouteDeps): Router {
  const r = Router();
  r.get(
    '/products/export.csv',
    storeRoute(deps, [Permission.PRODUCTS_READ], async (ctx, _req, res) => {
      const store = await ctx.em.findOneOrFail(Store, ctx.storeId);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="products-${store.slug}-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`,
      );
      await exportProductsCsv(ctx.em, ctx.storeId, res);
    }),
  );
  r.post(
    '/products/import',
    express.text({ type: ['text/csv', 'text/plain', 'application/octet-stream'], limit: '30mb' }),
    storeRoute(deps, [Permission.PRODUCTS_WRITE], async (ctx, req, res) => {
      const dryRun = req.query.dryRun !== 'false';
      const csv = typeof req.body === 'string' ? req.body : '';
      const report = await importProductsCsv(ctx.em, ctx.storeId, csv, dryRun, ctx.clock.now());
      ctx.log.info(
        { event: 'products_import', dryRun, rows: report.rows, valid: report.valid, written: report.written },
        'product import',
      );
      res.status(report.valid ? 200 : 422).json(report);
    }),
  );
  return r;
}
