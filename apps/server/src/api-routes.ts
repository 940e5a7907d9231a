import { Router } from 'express';
import type { AppServices } from './core/services.js';
import { accountingRoutes } from './modules/accounting/accounting.routes.js';
import { productRoutes } from './modules/catalog/product.routes.js';
import { personalDataRoutes } from './modules/personal-data/personal-data.routes.js';
import { invoiceRoutes } from './modules/invoicing/invoice.routes.js';
import { purchaseOrderRoutes } from './modules/purchasing/purchase-order.routes.js';
import { vatRoutes } from './modules/vat/vat.routes.js';

/**
 * The plain HTTP routes next to /graphql (downloads and uploads: CSV, PDF, ZIP, XML). A module
 * adds its router here; each route is wrapped in `storeRoute` so it is authorised like GraphQL.
 */
export function apiRoutes(deps: AppServices): Router {
  const router = Router();
  router.use(productRoutes(deps));
  router.use(personalDataRoutes(deps));
  router.use(invoiceRoutes(deps));
  router.use(vatRoutes(deps));
  router.use(accountingRoutes(deps));
  router.use(purchaseOrderRoutes(deps));
  return router;
}
