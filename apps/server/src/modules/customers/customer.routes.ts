import { Router } from 'express';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { storeRoute } from '../auth/store-route.js';
import { sendCsv } from '../catalog/csv-http.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { exportCustomersCsv } from './customer-csv.js';
import { customerFilter } from './customer.service.js';

const flag = (v: unknown) => (v === 'true' ? true : v === 'false' ? false : null);

/**
 * GET /api/customers/export.csv[?search=…&marketingConsent=true|false&isGuest=true|false] — the
 * customers the list would show with the same filters, streamed. Needs CUSTOMERS_READ and
 * EXPORTS_READ, and a plan with the customer export (Professional and above).
 */
export function customerRoutes(deps: AppServices): Router {
  const r = Router();
  r.get(
    '/customers/export.csv',
    storeRoute(deps, [Permission.CUSTOMERS_READ, Permission.EXPORTS_READ], async (ctx, req, res) => {
      // Tier gating: the customer export is a plan feature.
      await requireFeature(ctx, Feature.CUSTOMER_EXPORT);
      const where = customerFilter({
        search: typeof req.query.search === 'string' ? req.query.search.slice(0, 200) : null,
        marketingConsent: flag(req.query.marketingConsent),
        isGuest: flag(req.query.isGuest),
      });
      await sendCsv(ctx, res, 'customers', (out) => exportCustomersCsv(ctx.em, where, out));
    }),
  );
  return r;
}
