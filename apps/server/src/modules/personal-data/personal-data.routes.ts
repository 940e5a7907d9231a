import { Router } from 'express';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { ValidationError } from '../../core/errors.js';
import { isUuid } from '../../core/text.js';
import { storeRoute } from '../auth/store-route.js';
import { sendCsv } from '../catalog/csv-http.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { logPersonalDataAccess } from './access-log.js';
import { writeAccessRequestZip } from './access-request.js';
import { countExport, STREAM_MAX_ROWS, writeCustomerExport } from './customer-export.js';
import { exportStores, filterForLog, parseExportQuery } from './export-filter.js';
import { PersonalDataAccessKind } from './personal-data-access.entity.js';

const PERMS = [Permission.CUSTOMERS_READ, Permission.CUSTOMERS_EXPORT];

/**
 * GET /api/customers/export.csv?preset=mailchimp|full|excel&… — the customer export, streamed
 * through the one CSV writer, logged. Filters: search, consent, tag, business, country,
 * minOrders, minSpent (euros), lastOrderFrom/To (YYYY-MM-DD), allConsent (Mailchimp),
 * scope=merchant (owners of the merchant). Needs CUSTOMERS_READ and CUSTOMERS_EXPORT, and a plan
 * with the customer export.
 * GET /api/customers/export/preview?… — the same parameters: how many rows, and what Mailchimp leaves out.
 * GET /api/customers/:id/personal-data.zip — one customer's data (GDPR Art. 15/20), logged.
 */
export function personalDataRoutes(deps: AppServices): Router {
  const r = Router();
  r.get(
    '/customers/export/preview',
    storeRoute(deps, PERMS, async (ctx, req, res) => {
      await requireFeature(ctx, Feature.CUSTOMER_EXPORT);
      const { preset, filter } = parseExportQuery(req.query as Record<string, unknown>);
      const count = await countExport(ctx, await exportStores(ctx, filter), preset, filter);
      res.json({ preset, ...count, streamMaxRows: STREAM_MAX_ROWS });
    }),
  );
  r.get(
    '/customers/export.csv',
    storeRoute(deps, PERMS, async (ctx, req, res) => {
      await requireFeature(ctx, Feature.CUSTOMER_EXPORT);
      const { preset, filter } = parseExportQuery(req.query as Record<string, unknown>);
      const stores = await exportStores(ctx, filter);
      const count = await countExport(ctx, stores, preset, filter);
      res.setHeader('X-Export-Rows', String(count.rows));
      if (count.leftOut.length)
        res.setHeader('X-Export-Left-Out', count.leftOut.map((l) => `${l.reason}=${l.count}`).join(', '));
      // Logged before the first byte goes out: the log never lags behind a download the user already has.
      await logPersonalDataAccess(ctx, {
        kind: PersonalDataAccessKind.EXPORT,
        detail: preset,
        filters: filterForLog(preset, filter),
        rowCount: count.rows,
      });
      await sendCsv(ctx, res, `customers-${preset}`, async (out) => {
        const written = await writeCustomerExport(ctx, stores, preset, filter, out);
        if (written !== count.rows)
          ctx.log.info({ event: 'customer_export_count_moved', counted: count.rows, written });
      });
    }),
  );
  r.get(
    '/customers/:id/personal-data.zip',
    storeRoute(deps, PERMS, async (ctx, req, res) => {
      const id = String(req.params.id);
      if (!isUuid(id)) throw new ValidationError({ id: 'is not a valid id' });
      await writeAccessRequestZip(ctx, id, res);
    }),
  );
  return r;
}
