import { LockMode } from '@mikro-orm/core';
import { inTransaction } from '../../core/transaction.js';
import type { StoreCtx } from '../../core/context.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import { Store } from '../tenancy/store.entity.js';
import { ItemState, OrderChannel, OrderStatus } from '../orders/order-enums.js';
import type { OrderLine } from '../orders/order-line.entity.js';
import { Order } from '../orders/order.entity.js';
import type { UnitError } from './letzshop-adapter.js';
import { LetzshopError } from './letzshop-client.js';
import { clientForStore } from './letzshop-connection.js';
import { deriveShipmentState } from './shipment-draft.js';
import { applyShipmentFacts } from './shipment-facts.js';

export interface LineDecision {
  lineId: string;
  available: boolean;
}

export interface ActionResult {
  order: Order;
  /** Units Letzshop refused, with its reason; the others were applied. */
  refused: UnitError[];
}

/**
 * Confirm, decline, ship and return on a Letzshop order. Letzshop is asked first; our order
 * changes only for what it accepted, in one transaction with the order row locked (so a sync
 * running at the same time applies the same facts before or after, never half).
 */
export class LetzshopActions {
  /** Per line (`lines`), or every open item at once (`all`: true confirms, false declines). */
  async decide(
    ctx: StoreCtx,
    orderId: string,
    input: { lines?: LineDecision[] | null; all?: boolean | null },
  ): Promise<ActionResult> {
    if (!input.lines?.length && (input.all === null || input.all === undefined)) {
      throw new ValidationError({ lines: 'give lines, or all: true / false' });
    }
    const decisions: LineDecision[] | { all: boolean } = input.lines?.length ? input.lines : { all: input.all! };
    const order = await this.load(ctx, orderId);
    if (Array.isArray(decisions)) assertEachLineOnce(decisions, order.lines.getItems());
    if (order.status !== OrderStatus.PENDING && order.status !== OrderStatus.PROCESSING) {
      throw new DomainError(
        'ORDER_NOT_OPEN',
        `Order #${order.orderNumber} is ${order.status}; its items can no longer be confirmed or declined.`,
      );
    }
    const lines = order.lines.getItems();
    const chosen = Array.isArray(decisions)
      ? decisions.map((d) => {
          const line = lines.find((l) => l.id === d.lineId);
          if (!line) throw new NotFoundError('Order line', d.lineId);
          return { line, available: d.available };
        })
      : lines.map((line) => ({ line, available: decisions.all }));
    const wanted: { unitId: string; isAvailable: boolean }[] = [];
    for (const { line, available } of chosen) {
      for (const [unitId, state] of Object.entries(line.unitStates ?? {})) {
        if (state === ItemState.UNCONFIRMED) wanted.push({ unitId, isAvailable: available });
      }
    }
    if (!wanted.length) {
      throw new DomainError('NOTHING_TO_DECIDE', 'These items were already confirmed or declined.');
    }
    const { client } = await clientForStore(ctx.em, ctx.storeId, ctx);
    const answer = await this.ask(() => client.confirmUnits(wanted));
    const accepted = new Map(
      answer.units.filter((u) => wanted.some((w) => w.unitId === u.id)).map((u) => [u.id, u.state]),
    );
    const verb = (d: boolean) => (d ? 'confirmed' : 'declined');
    const summary = Array.isArray(decisions) ? 'items' : `all items ${verb(decisions.all)}`;
    return this.apply(ctx, order.id, accepted, answer.errors, null, `Letzshop (${summary})`);
  }

  /**
   * Sends the tracking; the order is then shipped. Every unit must be decided first — or, with
   * `declineRemaining`, the undecided ones are declined on Letzshop in the same step, before the
   * tracking goes out (a shipment never leaves with a unit still open).
   */
  async ship(
    ctx: StoreCtx,
    orderId: string,
    carrier: string,
    code: string,
    declineRemaining = false,
  ): Promise<ActionResult> {
    const trimmed = { carrier: carrier.trim(), code: code.trim() };
    const fields: Record<string, string> = {};
    if (!trimmed.carrier) fields.carrier = 'is required';
    if (!trimmed.code) fields.trackingNumber = 'is required';
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const order = await this.load(ctx, orderId);
    if (order.status !== OrderStatus.PROCESSING && order.status !== OrderStatus.SHIPPED) {
      throw new DomainError(
        'ORDER_NOT_CONFIRMED',
        order.status === OrderStatus.PENDING
          ? `Confirm at least one item of order #${order.orderNumber} before shipping it.`
          : `Order #${order.orderNumber} is ${order.status} and cannot be shipped.`,
      );
    }
    const undecided = undecidedUnits(order.lines.getItems());
    if (undecided.length && !declineRemaining) {
      throw new DomainError(
        'UNITS_UNDECIDED',
        `Order #${order.orderNumber} still has items neither confirmed nor declined: ${describeUnits(undecided)}. Confirm or decline them first, or decline the remaining ones with the tracking.`,
        'CONFLICT',
        {
          orderNumber: order.orderNumber,
          items: describeUnits(undecided),
          units: undecided.map((u) => ({ lineId: u.line.id, sku: u.line.sku, unitId: u.unitId })),
        },
      );
    }
    const { client } = await clientForStore(ctx.em, ctx.storeId, ctx);
    if (undecided.length) {
      const wanted = undecided.map((u) => ({ unitId: u.unitId, isAvailable: false }));
      const answer = await this.ask(() => client.confirmUnits(wanted));
      const accepted = new Map(
        answer.units.filter((u) => wanted.some((w) => w.unitId === u.id)).map((u) => [u.id, u.state]),
      );
      if (accepted.size < wanted.length) {
        // Some declines were refused: what Letzshop accepted is recorded, the tracking waits.
        if (accepted.size)
          await this.apply(ctx, order.id, accepted, answer.errors, null, 'Letzshop (remaining declined)');
        throw refusedError(answer.errors, 'The tracking was not sent.');
      }
      await this.apply(ctx, order.id, accepted, [], null, `Letzshop (remaining declined: ${describeUnits(undecided)})`);
    }
    const answer = await this.ask(() => client.setTracking(order.externalShipmentId!, trimmed.code, trimmed.carrier));
    if (!answer.ok) throw refusedError(answer.errors);
    return this.apply(
      ctx,
      order.id,
      new Map(),
      [],
      { code: trimmed.code, provider: trimmed.carrier },
      'Letzshop (tracking)',
    );
  }

  async returnUnits(
    ctx: StoreCtx,
    orderId: string,
    lines: { lineId: string; quantity: number }[],
  ): Promise<ActionResult> {
    const order = await this.load(ctx, orderId);
    assertEachLineOnce(lines, order.lines.getItems());
    const unitIds: string[] = [];
    for (const r of lines) {
      const line = order.lines.getItems().find((l) => l.id === r.lineId);
      if (!line) throw new NotFoundError('Order line', r.lineId);
      const returnable = Object.entries(line.unitStates ?? {})
        .filter(([, s]) => s === ItemState.CONFIRMED_AVAILABLE)
        .map(([id]) => id);
      if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > returnable.length) {
        throw new ValidationError({
          quantity: `${line.sku}: between 1 and ${returnable.length} (the confirmed units not yet returned)`,
        });
      }
      unitIds.push(...returnable.slice(0, r.quantity));
    }
    if (!unitIds.length) throw new ValidationError({ lines: 'choose at least one line' });
    const { client } = await clientForStore(ctx.em, ctx.storeId, ctx);
    const answer = await this.ask(() => client.returnUnits(unitIds));
    const accepted = new Map(answer.units.filter((u) => unitIds.includes(u.id)).map((u) => [u.id, u.state]));
    return this.apply(ctx, order.id, accepted, answer.errors, null, 'Letzshop (return)');
  }

  private async load(ctx: StoreCtx, orderId: string) {
    const order = await ctx.em.findOne(Order, { id: orderId }, { populate: ['lines'] });
    if (!order) throw new NotFoundError('Order', orderId);
    if (order.channel !== OrderChannel.LETZSHOP || !order.externalShipmentId) {
      throw new DomainError('NOT_A_LETZSHOP_ORDER', `Order #${order.orderNumber} did not come from Letzshop.`);
    }
    return order;
  }

  private async ask<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof LetzshopError) {
        throw new DomainError('LETZSHOP_UNAVAILABLE', `${err.message} Nothing was changed.`, 'CONFLICT', {
          letzshopCode: err.code,
        });
      }
      throw err;
    }
  }

  private async apply(
    ctx: StoreCtx,
    orderId: string,
    accepted: Map<string, ItemState>,
    refused: UnitError[],
    tracking: { code: string; provider: string } | null,
    note: string,
  ): Promise<ActionResult> {
    if (!accepted.size && !tracking) throw refusedError(refused);
    const store = await ctx.em.findOneOrFail(Store, { id: ctx.storeId });
    await inTransaction({ ...ctx, storeCountry: store.country }, async (tx) => {
      const order = await tx.em.findOneOrFail(
        Order,
        { id: orderId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['lines'] },
      );
      const states = new Map<string, ItemState>();
      for (const l of order.lines.getItems())
        for (const [id, s] of Object.entries(l.unitStates ?? {})) states.set(id, s);
      for (const [id, s] of accepted) states.set(id, s);
      const units = [...states].map(([id, state]) => ({ id, state }));
      const state = deriveShipmentState(units.map((u) => u.state));
      await applyShipmentFacts(tx, order, { state, units, tracking, trackingFromUs: true }, null, note);
      order.externalState = state;
      await tx.em.flush();
    });
    ctx.log.info(
      { event: 'letzshop_action', orderId, note, accepted: accepted.size, refused: refused.length },
      'letzshop order updated',
    );
    const order = await ctx.em.findOneOrFail(Order, { id: orderId }, { populate: ['lines'] });
    return { order, refused };
  }
}

function refusedError(errors: UnitError[], outcome = 'Nothing was changed.') {
  const reasons = errors.map((e) => e.message).join('; ') || 'no reason given';
  return new DomainError('LETZSHOP_REFUSED', `Letzshop refused: ${reasons}. ${outcome}`, 'CONFLICT', {
    errors,
  });
}

/** The same line twice (two decisions, two quantities) is refused, not merged or dropped. */
function assertEachLineOnce(requested: { lineId: string }[], lines: OrderLine[]): void {
  const twice = requested.find((r, i) => requested.findIndex((x) => x.lineId === r.lineId) !== i);
  if (!twice) return;
  const sku = lines.find((l) => l.id === twice.lineId)?.sku ?? twice.lineId;
  throw new ValidationError({ lines: `${sku} is listed more than once: give each line once` });
}

/** Units neither confirmed nor declined yet, line by line. */
export function undecidedUnits(lines: OrderLine[]): { line: OrderLine; unitId: string }[] {
  return lines.flatMap((line) =>
    Object.entries(line.unitStates ?? {})
      .filter(([, state]) => state === ItemState.UNCONFIRMED)
      .map(([unitId]) => ({ line, unitId })),
  );
}

/** "2 × SOAP-LAV, 1 × MUG-250-WHT" */
function describeUnits(units: { line: OrderLine }[]): string {
  const per = new Map<string, number>();
  for (const u of units) per.set(u.line.sku, (per.get(u.line.sku) ?? 0) + 1);
  return [...per].map(([sku, n]) => `${n} × ${sku}`).join(', ');
}
