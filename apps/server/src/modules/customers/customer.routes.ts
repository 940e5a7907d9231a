import { Router } from 'express';
import { Permission } from '../../graphql/permissions.js';
import type { RouteDeps } from '../../http/routes.js';
import { storeRoute } from '../../http/store-route.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { Store } from '../tenancy/store.entity.js';
import { exportCustomersCsv } from './customer-csv.js';

/** GET /api/customers/export.csv — Professional and above; needs customers and exports access. */
export function customerRoutes(deps: RouteDeps): Router {
  const r = Router();
  r.get(
    '/customers/export.csv',
    storeRoute(deps, [Permission.CUSTOMERS_READ, Permission.EXPORTS_READ], async (ctx, _req, res) => {
      await requireFeature(ctx, Feature.CUSTOMER_EXPORT);
      const store = await ctx.em.findOneOrFail(Store, ctx.storeId);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="customers-${store.slug}-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`,
      );
      await exportCustomersCsv(ctx.em, ctx.storeId, res);
    }),
  );
  return r;
}
