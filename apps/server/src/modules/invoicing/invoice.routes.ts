import { Router } from 'express';
import { Permission } from '../../core/permissions.js';
import type { AppServices } from '../../core/services.js';
import { storeRoute } from '../auth/store-route.js';
import { Store } from '../tenancy/store.entity.js';
import { invoicePdfFileName } from './invoice-document.js';
import { loadInvoicePdf } from './invoice-pdf.service.js';
import { loadInvoiceUbl } from './invoice-ubl.js';
import { ublFileName } from '@orion/ubl';
import { countInRange, parseZipRange, writeInvoiceZip } from './invoice-zip.js';

/**
 * GET /api/invoices/:id.pdf — the stored PDF of one invoice or credit note, byte for byte as
 * issued (INVOICES_READ, like the `invoice` query; another store's id is 404).
 * GET /api/invoices/:id.xml — its Peppol BIS 3 UBL, generated from the snapshot with the stored
 * PDF embedded (INVOICES_READ, every plan; 409 UBL_RULES_NOT_MET with the rules the data breaks).
 * GET /api/invoices.zip?from=YYYY-MM-DD&to=YYYY-MM-DD[&type=invoice|credit_note] — the stored PDFs
 * issued in the range (at most a year), streamed as one ZIP (INVOICES_READ and EXPORTS_READ, like
 * the other bulk exports).
 */
export function invoiceRoutes(deps: AppServices): Router {
  const r = Router();
  r.get(
    '/invoices/:id.pdf',
    storeRoute(deps, [Permission.INVOICES_READ], async (ctx, req, res) => {
      const pdf = await loadInvoicePdf(ctx, String(req.params.id));
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${invoicePdfFileName(pdf.number)}"`);
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('ETag', `"${pdf.sha256}"`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      ctx.log.info({ event: 'invoice_pdf_download', number: pdf.number, bytes: pdf.bytes.length }, 'invoice PDF');
      res.send(pdf.bytes);
    }),
  );
  r.get(
    '/invoices/:id.xml',
    storeRoute(deps, [Permission.INVOICES_READ], async (ctx, req, res) => {
      const ubl = await loadInvoiceUbl(ctx, String(req.params.id));
      res.setHeader('Content-Type', 'application/xml; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${ublFileName(ubl.number)}"`);
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      ctx.log.info({ event: 'invoice_ubl_download', number: ubl.number, bytes: ubl.xml.length }, 'invoice UBL');
      res.send(ubl.xml);
    }),
  );
  r.get(
    '/invoices.zip',
    storeRoute(deps, [Permission.INVOICES_READ, Permission.EXPORTS_READ], async (ctx, req, res) => {
      const range = parseZipRange(req.query as Record<string, unknown>);
      const started = performance.now();
      const [store, expected] = await Promise.all([
        ctx.em.findOneOrFail(Store, ctx.storeId, { fields: ['slug'] }),
        countInRange(ctx, range),
      ]);
      const kind = range.type === 'credit_note' ? 'credit-notes' : 'invoices';
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${kind}-${store.slug}-${range.from}_${range.to}.zip"`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Invoice-Count', String(expected));
      const written = await writeInvoiceZip(ctx, range, res);
      ctx.log.info(
        { event: 'invoice_zip', ...range, documents: written, ms: Math.round(performance.now() - started) },
        'invoice ZIP',
      );
    }),
  );
  return r;
}
