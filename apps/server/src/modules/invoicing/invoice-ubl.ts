import {
  type ElectronicAddress,
  checkUbl,
  invoiceToUbl,
  parsePeppolId,
  UblRuleError,
  type UblSnapshot,
} from '@orion/ubl';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError } from '../../core/errors.js';
import { keysetRows } from '../common/keyset.js';
import { type InvoiceDocumentRefs, type InvoiceSnapshotFields, toInvoiceDocument } from './invoice-document.js';
import { documentRefs, loadInvoicePdf } from './invoice-pdf.service.js';
import { Invoice, InvoiceType } from './invoice.entity.js';
import { parseZipRange } from './invoice-zip.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const address = (peppolId: string | null | undefined): ElectronicAddress | undefined => {
  if (!peppolId) return undefined;
  const p = parsePeppolId(peppolId);
  return 'address' in p ? p.address : undefined;
};

/**
 * The UBL snapshot of an issued document: the PDF's snapshot (the same figures, names and
 * references) plus the electronic addresses frozen with it at issue. Nothing is read live.
 */
export function toUblSnapshot(inv: InvoiceSnapshotFields, refs: InvoiceDocumentRefs): UblSnapshot {
  const doc = toInvoiceDocument(inv, refs);
  const creditNote = inv.type === InvoiceType.CREDIT_NOTE;
  // A credit note's mentions start with "Credit for <invoice>"; the VAT mention follows.
  const vatMentions = creditNote ? inv.legalMentions.slice(1) : inv.legalMentions;
  return {
    ...doc,
    currency: 'EUR',
    seller: { ...doc.seller, electronicAddress: address(inv.seller.peppolId) },
    buyer: { ...doc.buyer, electronicAddress: address(inv.buyer.peppolId) },
    vatExemptionReason: vatMentions.join(' ') || undefined,
  };
}

export interface StoredUbl {
  number: string;
  xml: string;
}

/** Turns the package's refusal into the catalogued error, listing every rule the data breaks. */
function refused(number: string, e: UblRuleError): DomainError {
  const problems = e.problems.map((p) => ({ rule: p.rule, fix: p.fix, message: p.message }));
  return new DomainError(
    'UBL_RULES_NOT_MET',
    `${number} cannot be written as a Peppol e-invoice: ${problems.map((p) => `${p.rule} (${p.message})`).join('; ')}.`,
    'CONFLICT',
    { problems },
  );
}

/**
 * The Peppol BIS 3 UBL of one invoice or credit note of the store, with its stored PDF embedded
 * (404 for an unknown id or another store's).
 */
export async function loadInvoiceUbl(ctx: StoreCtx, id: string): Promise<StoredUbl> {
  if (!UUID.test(id)) throw new NotFoundError('Invoice', id);
  const em = ctx.em.fork();
  const inv = await em.findOne(Invoice, { id });
  if (!inv) throw new NotFoundError('Invoice', id);
  const [pdf, refs] = await Promise.all([loadInvoicePdf(ctx, id), documentRefs(em, inv)]);
  try {
    return { number: inv.number, xml: invoiceToUbl(toUblSnapshot(inv, refs), pdf.bytes) };
  } catch (e) {
    if (e instanceof UblRuleError) throw refused(inv.number, e);
    throw e;
  }
}

export interface PreflightProblem {
  invoiceId: string;
  number: string;
  rule: string;
  severity: 'error' | 'warning';
  fix: string;
  message: string;
}

export interface Preflight {
  documents: number;
  documentsWithErrors: number;
  documentsWithWarnings: number;
  problems: PreflightProblem[];
  truncated: boolean;
}

/** Problems listed at most; the counts cover every document. */
export const MAX_PREFLIGHT_PROBLEMS = 200;

interface SnapshotRow extends InvoiceSnapshotFields {
  id: string;
  orderNumber: number | null;
  creditedNumber: string | null;
  creditedIssueDate: string | null;
}

/**
 * What the Peppol rules need and the documents issued from `from` to `to` (inclusive, at most a
 * year) lack, each with the data to fix. Reads the snapshots 500 at a time, never the PDFs.
 */
export async function ublPreflight(ctx: StoreCtx, from: string, to: string): Promise<Preflight> {
  const range = parseZipRange({ from, to });
  const rows = keysetRows(
    (after: [string, string] | null, limit) =>
      ctx.em.execute<SnapshotRow[]>(
        `select i.id, i.type, i.number, i.issue_date::text as "issueDate", i.supply_date::text as "supplyDate",
           i.due_date::text as "dueDate", i.language, i.seller, i.buyer, i.lines, i.vat_breakdown as "vatBreakdown",
           i.net_cents as "netCents", i.vat_cents as "vatCents", i.gross_cents as "grossCents",
           i.vat_regime as "vatRegime", i.legal_mentions as "legalMentions", o.order_number as "orderNumber",
           c.number as "creditedNumber", c.issue_date::text as "creditedIssueDate"
         from invoice i
         left join customer_order o on o.id = i.order_id and o.store_id = i.store_id
         left join invoice c on c.id = i.credited_invoice_id and c.store_id = i.store_id
         where i.store_id = ? and i.issue_date between ? and ?
           ${after ? 'and (i.issue_date, i.number) > (?::date, ?)' : ''}
         order by i.issue_date, i.number limit ?`,
        [ctx.storeId, range.from, range.to, ...(after ?? []), limit],
      ),
    (r): [string, string] => [r.issueDate, r.number],
    500,
  );
  const out: Preflight = {
    documents: 0,
    documentsWithErrors: 0,
    documentsWithWarnings: 0,
    problems: [],
    truncated: false,
  };
  for await (const r of rows) {
    out.documents++;
    const credited = r.creditedNumber ? { number: r.creditedNumber, issueDate: r.creditedIssueDate ?? '' } : null;
    const problems = checkUbl(toUblSnapshot(r, { orderNumber: r.orderNumber, credited }));
    if (problems.some((p) => p.severity === 'error')) out.documentsWithErrors++;
    else if (problems.length) out.documentsWithWarnings++;
    for (const p of problems) {
      if (out.problems.length >= MAX_PREFLIGHT_PROBLEMS) {
        out.truncated = true;
        break;
      }
      out.problems.push({ invoiceId: r.id, number: r.number, ...p });
    }
  }
  return out;
}
