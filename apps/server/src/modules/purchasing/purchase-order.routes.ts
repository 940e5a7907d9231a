import { Router } from 'express';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { storeRoute } from '../auth/store-route.js';
import { sendCsv } from '../catalog/csv-http.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import {
  exportOpenLinesCsv,
  exportPurchaseOrdersCsv,
  poLanguage,
  purchaseOrderPdf,
} from './purchase-order-documents.js';

/**
 * GET /api/purchase-orders/:id.pdf[?lang=en|fr|de] — the order as a PDF (default: the caller's
 * language). GET /api/purchase-orders/export.csv and /api/purchase-orders/open-lines.csv — every
 * order, and the lines still to come, streamed. All need PURCHASE_ORDERS_READ (like the
 * `purchaseOrder` query; another store's id is 404) and a plan with purchase orders.
 */
export function purchaseOrderRoutes(deps: AppServices): Router {
  const r = Router();
  r.get(
    '/purchase-orders/export.csv',
    storeRoute(deps, [Permission.PURCHASE_ORDERS_READ], async (ctx, _req, res) => {
      await requireFeature(ctx, Feature.PURCHASE_ORDERS);
      await sendCsv(ctx, res, 'purchase-orders', (out) => exportPurchaseOrdersCsv(ctx, out));
    }),
  );
  r.get(
    '/purchase-orders/open-lines.csv',
    storeRoute(deps, [Permission.PURCHASE_ORDERS_READ], async (ctx, _req, res) => {
      await requireFeature(ctx, Feature.PURCHASE_ORDERS);
      await sendCsv(ctx, res, 'purchase-order-open-lines', (out) => exportOpenLinesCsv(ctx, out));
    }),
  );
  r.get(
    '/purchase-orders/:id.pdf',
    storeRoute(deps, [Permission.PURCHASE_ORDERS_READ], async (ctx, req, res) => {
      const { number, pdf } = await purchaseOrderPdf(
        ctx,
        String(req.params.id),
        poLanguage(req.query.lang, ctx.user?.locale ?? 'en'),
      );
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${number}.pdf"`);
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(pdf);
    }),
  );
  return r;
}
