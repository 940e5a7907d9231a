import { createHash } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { type ConnectionShape, decodeCursor, paginate } from '../../core/connection.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { inTransaction } from '../../core/transaction.js';
import { Product } from '../catalog/product.entity.js';
import { MAX_ORDER_TOTAL_CENTS } from '../common/ranges.js';
import { InventoryReason } from '../inventory/inventory-transaction.entity.js';
import { Location } from '../inventory/location.entity.js';
import { moveStock } from '../inventory/stock-movements.js';
import { requireFeature } from '../subscriptions/subscription.service.js';
import { Feature } from '../subscriptions/tiers.js';
import { assertDraft, cancel, label, settle, transition } from './po-transitions.js';
import { takePoNumber } from './po-numbering.js';
import { PurchaseOrderStatus as S } from './po-status.js';
import {
  PurchaseOrder,
  PurchaseOrderEvent,
  PurchaseOrderLine,
  PurchaseReceipt,
  PurchaseReceiptLine,
  type SupplierSnapshot,
} from './purchase-order.entity.js';
import type {
  AmendPurchaseOrderInput,
  CreatePurchaseOrderInput,
  PurchaseOrderLineInput,
  PurchaseOrderListArgs,
  ReceivePurchaseOrderInput,
  UpdatePurchaseOrderInput,
} from './purchasing.inputs.js';
import { purchasingSettings } from './purchasing-settings.js';
import { reorderSuggestions } from './reorder-suggestions.js';
import { Supplier, SupplierProduct } from './supplier.entity.js';
import { activeSupplier } from './supplier.service.js';

const userOf = (ctx: StoreCtx) => ctx.user?.id ?? null;
const isRealDate = (d: string) =>
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

function checkDate(field: string, d: string | null | undefined): void {
  if (d && !isRealDate(d)) throw new ValidationError({ [field]: 'must be a real date as YYYY-MM-DD' });
}

export interface ReceiptResult {
  purchaseOrder: PurchaseOrder;
  receipt: PurchaseReceipt;
  /** The idempotency key had already booked this receipt: nothing was booked now. */
  replayed: boolean;
}

/** Lines as stored, with the product and the supplier's terms resolved (store-confined). */
async function resolveLines(
  em: EntityManager,
  supplierId: string,
  inputs: readonly PurchaseOrderLineInput[],
  field: string,
): Promise<{ product: Product; quantity: number; unitCostCents: number; supplierSku: string | null }[]> {
  const ids = [...new Set(inputs.map((l) => l.productId))];
  const products = await em.find(Product, { id: { $in: ids } });
  const terms = await em.find(SupplierProduct, { supplier: supplierId, product: { $in: ids } });
  const byId = new Map(products.map((p) => [p.id, p]));
  const termsOf = new Map(terms.map((t) => [t.product.id, t]));
  return inputs.map((l, i) => {
    const product = byId.get(l.productId);
    if (!product) throw new ValidationError({ [`${field}.${i}.productId`]: 'is not a product of this store' });
    if (product.digital)
      throw new ValidationError({ [`${field}.${i}.productId`]: `${product.sku} is digital: it has no stock to order` });
    const t = termsOf.get(product.id);
    return {
      product,
      quantity: l.quantity,
      unitCostCents: l.unitCostCents ?? t?.unitCostCents ?? product.costCents,
      supplierSku: t?.supplierSku ?? null,
    };
  });
}

function checkTotal(lines: readonly { quantityOrdered: number; unitCostCents: number }[], field = 'lines'): number {
  const total = lines.reduce((s, l) => s + l.quantityOrdered * l.unitCostCents, 0);
  if (total > MAX_ORDER_TOTAL_CENTS) {
    throw new DomainError(
      'PO_TOTAL_TOO_LARGE',
      `A purchase order totals at most €${(MAX_ORDER_TOTAL_CENTS / 100).toLocaleString('en')}; split it in several orders.`,
      'BAD_USER_INPUT',
      { max: MAX_ORDER_TOTAL_CENTS, fields: { [field]: `the total would exceed ${MAX_ORDER_TOTAL_CENTS} cents` } },
    );
  }
  return total;
}

const snapshot = (s: Supplier): SupplierSnapshot => ({
  name: s.name,
  contactPerson: s.contactPerson,
  email: s.email,
  phone: s.phone,
  addressLine: s.addressLine,
  postalCode: s.postalCode,
  city: s.city,
  country: s.country,
  vatNumber: s.vatNumber,
  paymentTerms: s.paymentTerms,
});

function newLine(
  em: EntityManager,
  storeId: string,
  po: PurchaseOrder,
  position: number,
  l: { product: Product; quantity: number; unitCostCents: number; supplierSku: string | null },
): PurchaseOrderLine {
  return em.create(PurchaseOrderLine, {
    store: storeId,
    purchaseOrder: po,
    position,
    product: l.product.id,
    supplierSku: l.supplierSku,
    quantityOrdered: l.quantity,
    unitCostCents: l.unitCostCents,
  });
}

export class PurchaseOrderService {
  async list(ctx: StoreCtx, args: PurchaseOrderListArgs): Promise<ConnectionShape<PurchaseOrder>> {
    // Bad arguments are named before the plan is checked.
    if (args.after && decodeCursor(args.after)[0] !== null)
      throw new ValidationError({ after: 'is not a cursor from this list' });
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    const f = args.filter ?? {};
    checkDate('expectedBefore', f.expectedBefore);
    const where: FilterQuery<PurchaseOrder> = {
      ...(f.status?.length ? { status: { $in: f.status } } : {}),
      ...(f.supplierId ? { supplier: f.supplierId } : {}),
      ...(f.expectedBefore ? { expectedDate: { $lte: f.expectedBefore } } : {}),
    };
    if (f.productId) {
      const rows = await ctx.em.execute<{ id: string }[]>(
        'select distinct purchase_order_id as id from purchase_order_line where store_id = ? and product_id = ?',
        [ctx.storeId, f.productId],
      );
      (where as Record<string, unknown>).id = { $in: rows.map((r) => r.id) };
    }
    return paginate(ctx.em, PurchaseOrder, where, args, { field: 'id', direction: 'desc' });
  }

  async get(ctx: StoreCtx, id: string): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    const po = await ctx.em.findOne(PurchaseOrder, { id });
    if (!po) throw new NotFoundError('Purchase order', id);
    return po;
  }

  /** Creates a draft (GraphQL and the suggestions share this). */
  async create(ctx: StoreCtx, input: CreatePurchaseOrderInput): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    checkDate('expectedDate', input.expectedDate);
    const supplier = await activeSupplier(ctx, input.supplierId);
    const location = await this.deliveryLocation(ctx, input.deliveryLocationId);
    const id = await inTransaction(ctx, async (tx) => {
      const { em } = tx;
      const lines = await resolveLines(em, supplier.id, input.lines, 'lines');
      const total = checkTotal(lines.map((l) => ({ quantityOrdered: l.quantity, unitCostCents: l.unitCostCents })));
      const settings = await purchasingSettings(em, ctx.storeId);
      // The number last: the counter row stays locked for the shortest time.
      const number = await takePoNumber(em, ctx.storeId, settings.poPrefix, ctx.clock.now().getUTCFullYear());
      const po = em.create(PurchaseOrder, {
        store: ctx.storeId,
        number,
        supplier: supplier.id,
        deliveryLocation: location.id,
        expectedDate: input.expectedDate ?? null,
        notes: input.notes?.trim() || null,
        currency: supplier.currency,
        totalCents: total,
      });
      for (const [i, l] of lines.entries()) newLine(em, ctx.storeId, po, i + 1, l);
      this.event(tx, po, 'created', `Draft ${number} created for ${supplier.name}.`);
      await em.flush();
      return po.id;
    });
    return this.fresh(ctx, id);
  }

  async update(ctx: StoreCtx, input: UpdatePurchaseOrderInput): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    checkDate('expectedDate', input.expectedDate);
    await inTransaction(ctx, async (tx) => {
      const { em } = tx;
      const po = await this.lock(tx, input.id);
      assertDraft(po);
      if (input.supplierId)
        po.supplier = em.getReference(Supplier, (await activeSupplier(tx, input.supplierId)).id) as never;
      if (input.deliveryLocationId)
        po.deliveryLocation = (await this.deliveryLocation(tx, input.deliveryLocationId)) as never;
      if (input.expectedDate !== undefined) po.expectedDate = input.expectedDate ?? null;
      if (input.notes !== undefined) po.notes = input.notes?.trim() || null;
      if (input.lines) {
        const lines = await resolveLines(em, po.supplier.id, input.lines, 'lines');
        po.totalCents = checkTotal(lines.map((l) => ({ quantityOrdered: l.quantity, unitCostCents: l.unitCostCents })));
        await em.nativeDelete(PurchaseOrderLine, { purchaseOrder: po.id });
        for (const [i, l] of lines.entries()) newLine(em, ctx.storeId, po, i + 1, l);
      }
      this.event(tx, po, 'updated', 'Draft edited.');
      await em.flush();
    });
    return this.fresh(ctx, input.id);
  }

  async send(ctx: StoreCtx, id: string): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    await inTransaction(ctx, async (tx) => {
      const po = await this.lock(tx, id);
      const supplier = await tx.em.findOneOrFail(Supplier, { id: po.supplier.id });
      transition(po, S.SENT);
      po.supplierSnapshot = snapshot(supplier);
      po.orderDate = ctx.clock.now().toISOString().slice(0, 10);
      this.event(tx, po, 'sent', `Sent to ${supplier.name}.`);
      await tx.em.flush();
    });
    return this.fresh(ctx, id);
  }

  /** A logged change of a sent order: add lines, change quantities (never below received), move the date. */
  async amend(ctx: StoreCtx, input: AmendPurchaseOrderInput): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    checkDate('expectedDate', input.expectedDate);
    await inTransaction(ctx, async (tx) => {
      const { em } = tx;
      const po = await this.lock(tx, input.id);
      if (po.status !== S.SENT && po.status !== S.PARTIALLY_RECEIVED) {
        throw new DomainError(
          'PO_NOT_EDITABLE',
          `Purchase order ${po.number} is ${label(po.status)}: ${po.status === S.DRAFT ? 'edit the draft instead' : 'it can no longer change'}.`,
          'CONFLICT',
          { number: po.number, status: po.status.toUpperCase() },
        );
      }
      const lines = await this.linesOf(em, po.id);
      const byId = new Map(lines.map((l) => [l.id, l]));
      const changes: string[] = [];
      for (const [i, c] of (input.changeLines ?? []).entries()) {
        const line = byId.get(c.lineId);
        if (!line)
          throw new DomainError('PO_LINE_UNKNOWN', 'That line is not on this purchase order.', 'BAD_USER_INPUT', {
            fields: { [`changeLines.${i}.lineId`]: 'is not a line of this purchase order' },
          });
        const floor = line.quantityReceived + line.quantityShortClosed;
        if (c.quantity < floor) {
          const product = await em.findOneOrFail(Product, { id: line.product.id });
          throw new DomainError(
            'PO_QUANTITY_BELOW_RECEIVED',
            `${product.sku}: ${line.quantityReceived} already received, so the quantity cannot go below ${floor}.`,
            'BAD_USER_INPUT',
            {
              sku: product.sku,
              received: line.quantityReceived,
              fields: { [`changeLines.${i}.quantity`]: `must be at least ${floor} (already received)` },
            },
          );
        }
        if (c.quantity !== line.quantityOrdered) {
          changes.push(`line ${line.position}: ${line.quantityOrdered} → ${c.quantity}`);
          line.quantityOrdered = c.quantity;
        }
      }
      if (input.addLines?.length) {
        const added = await resolveLines(em, po.supplier.id, input.addLines, 'addLines');
        let position = lines.reduce((m, l) => Math.max(m, l.position), 0);
        for (const l of added) {
          position += 1;
          lines.push(
            em.create(PurchaseOrderLine, {
              store: ctx.storeId,
              purchaseOrder: po,
              position,
              product: l.product.id,
              supplierSku: l.supplierSku,
              quantityOrdered: l.quantity,
              unitCostCents: l.unitCostCents,
            }),
          );
          changes.push(`added ${l.quantity} × ${l.product.sku}`);
        }
      }
      if (input.expectedDate !== undefined && input.expectedDate !== po.expectedDate) {
        changes.push(`expected ${po.expectedDate ?? '—'} → ${input.expectedDate ?? '—'}`);
        po.expectedDate = input.expectedDate ?? null;
      }
      po.totalCents = checkTotal(lines);
      settle(po, lines);
      this.event(
        tx,
        po,
        'amended',
        `Amended: ${changes.join('; ') || 'no change'}${input.note?.trim() ? ` — ${input.note.trim()}` : ''}.`,
      );
      await em.flush();
    });
    return this.fresh(ctx, input.id);
  }

  /** Short-close: what remains will never come. */
  async close(ctx: StoreCtx, id: string, reason?: string | null): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    await inTransaction(ctx, async (tx) => {
      const po = await this.lock(tx, id);
      const lines = await this.linesOf(tx.em, po.id);
      const remaining = lines.reduce((s, l) => s + l.remaining, 0);
      if ((po.status === S.SENT || po.status === S.PARTIALLY_RECEIVED) && remaining === 0) this.nothingRemaining(po);
      transition(po, S.CLOSED);
      for (const l of lines) l.quantityShortClosed += l.remaining;
      this.event(
        tx,
        po,
        'closed',
        `Short-closed: ${remaining} will not come${reason?.trim() ? ` — ${reason.trim()}` : ''}.`,
      );
      await tx.em.flush();
    });
    return this.fresh(ctx, id);
  }

  async cancel(ctx: StoreCtx, id: string, reason?: string | null): Promise<PurchaseOrder> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    await inTransaction(ctx, async (tx) => {
      const po = await this.lock(tx, id);
      cancel(po, await this.linesOf(tx.em, po.id));
      this.event(tx, po, 'cancelled', `Cancelled${reason?.trim() ? ` — ${reason.trim()}` : ''}.`);
      await tx.em.flush();
    });
    return this.fresh(ctx, id);
  }

  /**
   * Books a delivery in ONE transaction: the receipt, the lines' received figures, the stock
   * (inventory transactions `purchase_receipt` through the stock-movement code) and the status.
   * The order row is locked first, so concurrent receipts of one order queue; the idempotency key
   * (unique per store) makes a replay return the receipt it booked, booking nothing again.
   */
  async receive(ctx: StoreCtx, input: ReceivePurchaseOrderInput): Promise<ReceiptResult> {
    await requireFeature(ctx, Feature.PURCHASE_ORDERS);
    if (!input.lines.some((l) => l.accepted + l.rejected > 0)) {
      throw new DomainError('PO_EMPTY', 'Enter at least one piece accepted or damaged.', 'BAD_USER_INPUT', {
        fields: { lines: 'needs at least one piece accepted or damaged' },
      });
    }
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify([
          input.purchaseOrderId,
          input.deliveryNote?.trim() || null,
          input.lines.map((l) => [l.lineId, l.accepted, l.rejected, l.locationId ?? null]),
        ]),
      )
      .digest('hex');
    try {
      return await this.book(ctx, input, requestHash);
    } catch (err) {
      // Two first requests with one key on different orders: the unique index decides.
      if ((err as { constraint?: string }).constraint === 'purchase_receipt_store_key_unique') {
        const replay = await this.replay(ctx, input, requestHash);
        if (replay) return replay;
      }
      throw err;
    }
  }

  private async book(ctx: StoreCtx, input: ReceivePurchaseOrderInput, requestHash: string): Promise<ReceiptResult> {
    const result = await inTransaction(ctx, async (tx) => {
      const { em } = tx;
      const po = await this.lock(tx, input.purchaseOrderId);
      const earlier = await em.findOne(PurchaseReceipt, { idempotencyKey: input.idempotencyKey });
      if (earlier) return { id: earlier.id, replayed: this.sameRequest(earlier, po.id, requestHash) };
      if (po.status === S.RECEIVED || po.status === S.CLOSED) this.nothingRemaining(po);
      if (po.status !== S.SENT && po.status !== S.PARTIALLY_RECEIVED) transition(po, S.PARTIALLY_RECEIVED);

      const lines = await this.linesOf(em, po.id);
      const byId = new Map(lines.map((l) => [l.id, l]));
      const locationIds = [...new Set(input.lines.map((l) => l.locationId).filter((x): x is string => !!x))];
      const locations = new Set((await em.find(Location, { id: { $in: locationIds } })).map((l) => l.id));
      const settings = await purchasingSettings(em, ctx.storeId);
      const products = new Map(
        (await em.find(Product, { id: { $in: lines.map((l) => l.product.id) } })).map((p) => [p.id, p]),
      );
      const receiving = new Map<string, { accepted: number; rejected: number }>();
      input.lines.forEach((r, i) => {
        if (!byId.has(r.lineId))
          throw new DomainError('PO_LINE_UNKNOWN', 'That line is not on this purchase order.', 'BAD_USER_INPUT', {
            fields: { [`lines.${i}.lineId`]: 'is not a line of this purchase order' },
          });
        if (r.locationId && !locations.has(r.locationId))
          throw new ValidationError({ [`lines.${i}.locationId`]: 'is not a location of this store' });
        const cur = receiving.get(r.lineId) ?? { accepted: 0, rejected: 0 };
        cur.accepted += r.accepted;
        cur.rejected += r.rejected;
        receiving.set(r.lineId, cur);
      });
      for (const [lineId, r] of receiving) {
        const line = byId.get(lineId)!;
        const allowance = Math.floor((line.quantityOrdered * settings.overReceiptTolerancePercent) / 100);
        const room = line.quantityOrdered + allowance - line.quantityReceived - line.quantityShortClosed;
        if (r.accepted > room) {
          const sku = products.get(line.product.id)!.sku;
          const i = input.lines.findIndex((l) => l.lineId === lineId);
          throw new DomainError(
            'OVER_RECEIPT',
            `${sku} (line ${line.position}): ${line.quantityOrdered} ordered, ${line.quantityReceived} received, ${r.accepted} now — at most ${Math.max(0, room)} more can be received${allowance ? ` (tolerance ${settings.overReceiptTolerancePercent} %)` : ''}.`,
            'BAD_USER_INPUT',
            {
              sku,
              ordered: line.quantityOrdered,
              received: line.quantityReceived,
              receiving: r.accepted,
              allowed: Math.max(0, room),
              fields: { [`lines.${i}.accepted`]: `at most ${Math.max(0, room)} more can be received` },
            },
          );
        }
        line.quantityReceived += r.accepted;
        line.quantityRejected += r.rejected;
        line.overReceiptAllowance = Math.max(
          line.overReceiptAllowance,
          line.quantityReceived + line.quantityShortClosed - line.quantityOrdered,
          0,
        );
      }
      const [{ n }] = await em.execute<{ n: number }[]>(
        'select count(*)::int as n from purchase_receipt where purchase_order_id = ? and store_id = ?',
        [po.id, ctx.storeId],
      );
      const receipt = em.create(PurchaseReceipt, {
        store: ctx.storeId,
        purchaseOrder: po,
        number: `${po.number}-R${n + 1}`,
        idempotencyKey: input.idempotencyKey,
        requestHash,
        deliveryNote: input.deliveryNote?.trim() || null,
        user: userOf(ctx),
      });
      for (const r of input.lines) {
        if (r.accepted + r.rejected === 0) continue;
        const line = byId.get(r.lineId)!;
        em.create(PurchaseReceiptLine, {
          store: ctx.storeId,
          receipt,
          line: line.id,
          product: line.product.id,
          location: r.locationId ?? po.deliveryLocation.id,
          accepted: r.accepted,
          rejected: r.rejected,
        });
      }
      await em.flush();
      for (const r of [...input.lines].sort((a, b) => a.lineId.localeCompare(b.lineId))) {
        if (r.accepted === 0) continue;
        const line = byId.get(r.lineId)!;
        await moveStock(em, {
          storeId: ctx.storeId,
          productId: line.product.id,
          locationId: r.locationId ?? po.deliveryLocation.id,
          quantityDelta: r.accepted,
          reservedDelta: 0,
          reason: InventoryReason.PURCHASE_RECEIPT,
          userId: userOf(ctx),
          purchaseOrderId: po.id,
          receiptId: receipt.id,
          note: receipt.deliveryNote ? `${receipt.number} · ${receipt.deliveryNote}` : receipt.number,
        });
      }
      settle(po, lines);
      const accepted = [...receiving.values()].reduce((s, r) => s + r.accepted, 0);
      const rejected = [...receiving.values()].reduce((s, r) => s + r.rejected, 0);
      this.event(
        tx,
        po,
        'received',
        `${receipt.number}: ${accepted} accepted${rejected ? `, ${rejected} damaged` : ''}${receipt.deliveryNote ? ` (delivery note ${receipt.deliveryNote})` : ''}.`,
      );
      await em.flush();
      ctx.log.info(
        { event: 'purchase_receipt_booked', purchaseOrderId: po.id, receiptId: receipt.id },
        'receipt booked',
      );
      return { id: receipt.id, replayed: false };
    });
    return this.receiptResult(ctx, result.id, result.replayed);
  }

  private async replay(ctx: StoreCtx, input: ReceivePurchaseOrderInput, requestHash: string) {
    const earlier = await ctx.em
      .fork()
      .findOne(
        PurchaseReceipt,
        { idempotencyKey: input.idempotencyKey },
        { filters: { tenant: { storeId: ctx.storeId } } },
      );
    if (!earlier) return null;
    return this.receiptResult(ctx, earlier.id, this.sameRequest(earlier, input.purchaseOrderId, requestHash));
  }

  private sameRequest(earlier: PurchaseReceipt, poId: string, requestHash: string): true {
    if (earlier.purchaseOrder.id !== poId || earlier.requestHash !== requestHash) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key already booked another receipt: use a new key for a new delivery.',
        'CONFLICT',
        { fields: { idempotencyKey: 'was already used for another receipt' } },
      );
    }
    return true;
  }

  private async receiptResult(ctx: StoreCtx, receiptId: string, replayed: boolean): Promise<ReceiptResult> {
    const receipt = await ctx.em.findOneOrFail(PurchaseReceipt, { id: receiptId });
    return { receipt, purchaseOrder: await this.fresh(ctx, receipt.purchaseOrder.id), replayed };
  }

  linesOf(em: EntityManager, poId: string): Promise<PurchaseOrderLine[]> {
    return em.find(PurchaseOrderLine, { purchaseOrder: poId }, { orderBy: { position: 'asc' }, refresh: true });
  }

  private nothingRemaining(po: PurchaseOrder): never {
    throw new DomainError('PO_NOTHING_REMAINING', `Nothing remains to be received on ${po.number}.`, 'CONFLICT', {
      number: po.number,
    });
  }

  /** Locks the order row (store-confined) for the rest of the transaction and reads it fresh. */
  private async lock(tx: StoreCtx, id: string): Promise<PurchaseOrder> {
    const rows = await tx.em.execute<{ id: string }[]>(
      'select id from purchase_order where id = ? and store_id = ? for update',
      [id, tx.storeId],
    );
    if (!rows.length) throw new NotFoundError('Purchase order', id);
    return tx.em.findOneOrFail(PurchaseOrder, { id }, { refresh: true });
  }

  private async deliveryLocation(ctx: StoreCtx, id: string | null | undefined): Promise<Location> {
    if (id) {
      const l = await ctx.em.findOne(Location, { id });
      if (!l) throw new ValidationError({ deliveryLocationId: 'is not a location of this store' });
      return l;
    }
    const [first] = await ctx.em.find(Location, {}, { orderBy: { warehouse: 'asc', bin: 'asc' }, limit: 1 });
    if (!first) throw new ValidationError({ deliveryLocationId: 'is required: the store has no location yet' });
    return first;
  }

  private event(ctx: StoreCtx, po: PurchaseOrder, kind: string, message: string): void {
    ctx.em.create(PurchaseOrderEvent, { store: ctx.storeId, purchaseOrder: po, kind, message, user: userOf(ctx) });
  }

  private async fresh(ctx: StoreCtx, id: string): Promise<PurchaseOrder> {
    return ctx.em.findOneOrFail(PurchaseOrder, { id }, { refresh: true });
  }
}

/** Turns selected suggestions into DRAFT purchase orders: one per supplier (and delivery location), in one transaction. */
export async function createDraftsFromSuggestions(
  ctx: StoreCtx,
  selections: readonly { productId: string; locationId?: string | null; quantity?: number | null }[],
): Promise<PurchaseOrder[]> {
  await requireFeature(ctx, Feature.PURCHASE_ORDERS);
  const all = await reorderSuggestions(ctx.em, ctx.storeId, ctx.clock.now());
  const groups = new Map<string, { supplierId: string; locationId: string | null; lines: PurchaseOrderLineInput[] }>();
  selections.forEach((sel, i) => {
    const s = all.find((x) => x.productId === sel.productId && (!sel.locationId || x.locationId === sel.locationId));
    if (!s) throw new ValidationError({ [`suggestions.${i}.productId`]: 'has no reorder suggestion (any more)' });
    if (!s.supplierId)
      throw new ValidationError({
        [`suggestions.${i}.productId`]: `${s.sku} has no supplier: add it to a supplier first`,
      });
    const k = `${s.supplierId}|${s.locationId ?? ''}`;
    const g = groups.get(k) ?? { supplierId: s.supplierId, locationId: s.locationId, lines: [] };
    g.lines.push({
      productId: s.productId,
      quantity: sel.quantity ?? s.suggestedQuantity,
      unitCostCents: s.unitCostCents,
    });
    groups.set(k, g);
  });
  const service = new PurchaseOrderService();
  return inTransaction(ctx, async (tx) => {
    const created: PurchaseOrder[] = [];
    for (const g of groups.values()) {
      created.push(
        await service.create(tx, {
          supplierId: g.supplierId,
          deliveryLocationId: g.locationId,
          lines: g.lines,
          notes: null,
          expectedDate: null,
        }),
      );
    }
    return created;
  });
}
