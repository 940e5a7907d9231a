import { extractVat } from '@orion/vat';
import { DomainError } from '../../core/errors.js';
import type { InvoiceLineSnapshot, VatBreakdownRow } from './invoice-snapshots.js';

export interface CreditRequest {
  /** Chosen invoice lines (by index) and quantities. */
  lines?: { lineIndex: number; quantity: number }[] | null;
  /** Amounts incl. VAT per VAT rate. */
  amounts?: { rateBp: number; grossCents: number }[] | null;
}

export interface CreditPlan {
  lines: InvoiceLineSnapshot[];
  vatBreakdown: VatBreakdownRow[];
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** True when nothing of the invoice remains un-credited afterwards. */
  exhausts: boolean;
}

const refuse = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('CREDIT_EXCEEDS_INVOICE', message, 'BAD_USER_INPUT', details);

/**
 * What a credit note for `invoice` contains, given the credit notes already issued for it (their
 * lines carry negative amounts). Never more than what remains un-credited, per line and per rate.
 * With no request it credits everything that remains: the invoice mirrored when nothing was
 * credited yet, else one line per rate with the remaining balance.
 */
export function planCreditNote(
  invoice: { number: string; lines: InvoiceLineSnapshot[] },
  prior: InvoiceLineSnapshot[][],
  request: CreditRequest,
  labels: { remaining: string; credit: string },
): CreditPlan {
  const priorLines = prior.flat();
  const creditedQty = new Map<number, number>();
  const creditedGross = new Map<number, number>();
  const remainingRate = new Map<number, number>();
  for (const l of invoice.lines) remainingRate.set(l.vatRateBp, (remainingRate.get(l.vatRateBp) ?? 0) + l.grossCents);
  for (const c of priorLines) {
    remainingRate.set(c.vatRateBp, (remainingRate.get(c.vatRateBp) ?? 0) + c.grossCents);
    if (c.sourceLine != null) {
      creditedQty.set(c.sourceLine, (creditedQty.get(c.sourceLine) ?? 0) + c.quantity);
      creditedGross.set(c.sourceLine, (creditedGross.get(c.sourceLine) ?? 0) - c.grossCents);
    }
  }
  const out: {
    description: string;
    sku: string | null;
    quantity: number;
    grossCents: number;
    rateBp: number;
    code: string;
    sourceLine: number | null;
    /** The invoice's own split, when the whole line is mirrored (so the totals match it exactly). */
    exactNetCents?: number;
  }[] = [];
  const take = (rateBp: number, gross: number, what: string) => {
    const left = remainingRate.get(rateBp) ?? 0;
    if (gross > left)
      throw refuse(
        `${what}: only ${(left / 100).toFixed(2)} € at this VAT rate remain un-credited on ${invoice.number}.`,
        { rateBp, remainingCents: left },
      );
    remainingRate.set(rateBp, left - gross);
  };

  const hasRequest = (request.lines?.length ?? 0) > 0 || (request.amounts?.length ?? 0) > 0;
  if (!hasRequest) {
    if (priorLines.length === 0) {
      invoice.lines.forEach((l, i) => {
        out.push({
          description: l.description,
          sku: l.sku,
          quantity: l.quantity,
          grossCents: l.grossCents,
          rateBp: l.vatRateBp,
          code: l.vatCategoryCode,
          sourceLine: i,
          exactNetCents: l.netCents,
        });
      });
      for (const r of remainingRate.keys()) remainingRate.set(r, 0);
    } else {
      for (const [rateBp, left] of remainingRate) {
        if (left === 0) continue;
        const code = invoice.lines.find((l) => l.vatRateBp === rateBp)!.vatCategoryCode;
        out.push({
          description: `${labels.remaining} ${invoice.number}`,
          sku: null,
          quantity: 1,
          grossCents: left,
          rateBp,
          code,
          sourceLine: null,
        });
        remainingRate.set(rateBp, 0);
      }
      if (!out.length)
        throw new DomainError(
          'INVOICE_ALREADY_CREDITED',
          `Invoice ${invoice.number} is already fully credited.`,
          'CONFLICT',
        );
    }
  }
  for (const [position, req] of (request.lines ?? []).entries()) {
    const line = invoice.lines[req.lineIndex];
    if (!line)
      throw refuse(`Line ${req.lineIndex + 1} does not exist on ${invoice.number}.`, {
        fields: { lines: 'unknown line' },
      });
    if (line.grossCents <= 0)
      throw refuse(`Line ${req.lineIndex + 1} (${line.description}) is a discount; credit an amount instead.`);
    const qtyLeft = line.quantity - (creditedQty.get(req.lineIndex) ?? 0);
    if (req.quantity < 1 || req.quantity > qtyLeft) {
      throw refuse(
        `Line ${req.lineIndex + 1} (${line.description}): ${qtyLeft} of ${line.quantity} remain un-credited, ${req.quantity} asked.`,
        {
          lineIndex: req.lineIndex,
          remaining: qtyLeft,
          fields: {
            [`lines.${position}.quantity`]:
              qtyLeft > 0 ? `must be a whole number from 1 to ${qtyLeft}` : 'nothing of this line remains to credit',
          },
        },
      );
    }
    const grossLeft = line.grossCents - (creditedGross.get(req.lineIndex) ?? 0);
    const gross = req.quantity === qtyLeft ? grossLeft : Math.round((line.grossCents * req.quantity) / line.quantity);
    take(line.vatRateBp, gross, `Line ${req.lineIndex + 1}`);
    creditedQty.set(req.lineIndex, (creditedQty.get(req.lineIndex) ?? 0) + req.quantity);
    creditedGross.set(req.lineIndex, (creditedGross.get(req.lineIndex) ?? 0) + gross);
    out.push({
      description: line.description,
      sku: line.sku,
      quantity: req.quantity,
      grossCents: gross,
      rateBp: line.vatRateBp,
      code: line.vatCategoryCode,
      sourceLine: req.lineIndex,
    });
  }
  for (const a of request.amounts ?? []) {
    const line = invoice.lines.find((l) => l.vatRateBp === a.rateBp);
    if (!line)
      throw refuse(`${invoice.number} has no VAT rate of ${a.rateBp / 100} %.`, {
        fields: { amounts: 'unknown VAT rate' },
      });
    if (a.grossCents <= 0)
      throw refuse('A credited amount must be positive.', { fields: { amounts: 'must be positive' } });
    take(a.rateBp, a.grossCents, `The amount at ${a.rateBp / 100} %`);
    out.push({
      description: `${labels.credit} ${invoice.number}`,
      sku: null,
      quantity: 1,
      grossCents: a.grossCents,
      rateBp: a.rateBp,
      code: line.vatCategoryCode,
      sourceLine: null,
    });
  }

  const lines: InvoiceLineSnapshot[] = out.map((l) => {
    const net = l.exactNetCents ?? l.grossCents - extractVat(l.grossCents, l.rateBp).vatCents;
    const vat = l.grossCents - net;
    return {
      description: l.description,
      sku: l.sku,
      quantity: l.quantity,
      unitPriceNetCents: -Math.round(net / l.quantity),
      vatCategoryCode: l.code,
      vatRateBp: l.rateBp,
      netCents: -net,
      vatCents: -vat,
      grossCents: -l.grossCents,
      sourceLine: l.sourceLine,
    };
  });
  const groups = new Map<string, VatBreakdownRow>();
  for (const l of lines) {
    const key = `${l.vatCategoryCode}:${l.vatRateBp}`;
    const g = groups.get(key) ?? { categoryCode: l.vatCategoryCode, rateBp: l.vatRateBp, taxableCents: 0, vatCents: 0 };
    g.taxableCents += l.netCents;
    g.vatCents += l.vatCents;
    groups.set(key, g);
  }
  return {
    lines,
    vatBreakdown: [...groups.values()],
    netCents: lines.reduce((s, l) => s + l.netCents, 0),
    vatCents: lines.reduce((s, l) => s + l.vatCents, 0),
    grossCents: lines.reduce((s, l) => s + l.grossCents, 0),
    exhausts: [...remainingRate.values()].every((v) => v === 0),
  };
}
