import { describe, expect, it } from 'vitest';
import { VatCategory } from '../catalog/vat-category.js';
import { ItemState, OrderStatus } from '../orders/order-enums.js';
import type { LsShipment, LsUnit } from './letzshop-adapter.js';
import {
  deriveShipmentState,
  draftOrder,
  importedMessage,
  type MatchedProduct,
  statusFor,
  summarizeUnits,
  type UnitMatcher,
  unitsToReserve,
} from './shipment-draft.js';

const S = ItemState;
const SOAP: MatchedProduct = {
  id: 'p-soap',
  sku: 'SOAP',
  gtin: null,
  vatCategory: VatCategory.STANDARD,
  digital: false,
};
const EBOOK: MatchedProduct = {
  id: 'p-ebook',
  sku: 'EBOOK',
  gtin: null,
  vatCategory: VatCategory.STANDARD,
  digital: true,
};
const catalogue: UnitMatcher = { match: (u) => ({ SOAP, EBOOK })[u.sku as 'SOAP' | 'EBOOK'] ?? null };
const scope = { storeCountry: 'LU', now: new Date('2026-11-30T10:00:00Z') };

const address = {
  firstName: 'Léa',
  lastName: 'Muller',
  company: null,
  street: 'rue de la Gare',
  streetNumber: '1',
  postalCode: 'L-1611',
  city: 'Luxembourg',
  country: 'LU',
  phone: null,
};

function unit(id: string, sku: string, state: ItemState, priceCents = 1000): LsUnit {
  return { id, state, variantId: `v-${sku}`, sku, gtin: null, priceCents, name: sku };
}

function shipment(units: LsUnit[], over: Partial<LsShipment> = {}): LsShipment {
  return {
    id: 's1',
    number: 'H1',
    state: deriveShipmentState(units.map((u) => u.state)),
    orderId: 'o1',
    orderNumber: 'R1',
    email: 'lea@example.lu',
    totalCents: units.reduce((n, u) => n + u.priceCents, 0),
    completedAt: new Date('2026-11-29T09:00:00Z'),
    locale: 'de',
    problem: null,
    shipAddress: address,
    billAddress: address,
    units,
    tracking: null,
    fingerprint: 'f',
    raw: {},
    ...over,
  };
}

describe('the Letzshop contract mapping', () => {
  it('unconfirmed → pending, confirmed → processing, with tracking → shipped, declined → cancelled', () => {
    expect(statusFor({ state: 'unconfirmed', tracking: null })).toBe(OrderStatus.PENDING);
    expect(statusFor({ state: 'confirmed', tracking: null })).toBe(OrderStatus.PROCESSING);
    expect(statusFor({ state: 'confirmed', tracking: { code: 'X', provider: 'dpd' } })).toBe(OrderStatus.SHIPPED);
    expect(statusFor({ state: 'declined', tracking: null })).toBe(OrderStatus.CANCELLED);
  });

  it('a shipment is confirmed once any unit is, declined when every unit is', () => {
    expect(deriveShipmentState([S.UNCONFIRMED, S.CONFIRMED_UNAVAILABLE])).toBe('unconfirmed');
    expect(deriveShipmentState([S.CONFIRMED_AVAILABLE, S.CONFIRMED_UNAVAILABLE])).toBe('confirmed');
    expect(deriveShipmentState([S.RETURNED])).toBe('confirmed');
    expect(deriveShipmentState([S.CONFIRMED_UNAVAILABLE, S.CONFIRMED_UNAVAILABLE])).toBe('declined');
    expect(deriveShipmentState([])).toBe('unconfirmed');
  });

  it('a line is open while any unit is; returned when every live unit came back', () => {
    expect(summarizeUnits([S.CONFIRMED_AVAILABLE, S.UNCONFIRMED])).toBe(S.UNCONFIRMED);
    expect(summarizeUnits([S.CONFIRMED_UNAVAILABLE])).toBe(S.CONFIRMED_UNAVAILABLE);
    expect(summarizeUnits([S.RETURNED, S.CONFIRMED_UNAVAILABLE])).toBe(S.RETURNED);
    expect(summarizeUnits([S.RETURNED, S.CONFIRMED_AVAILABLE])).toBe(S.CONFIRMED_AVAILABLE);
  });
});

describe('drafting an order from a shipment', () => {
  it('groups units by variant and price; declined units do not count; the total is Letzshop’s', () => {
    const d = draftOrder(
      scope,
      shipment(
        [
          unit('u1', 'SOAP', S.CONFIRMED_AVAILABLE),
          unit('u2', 'SOAP', S.CONFIRMED_UNAVAILABLE),
          unit('u3', 'SOAP', S.CONFIRMED_AVAILABLE, 800),
          unit('u4', 'MYSTERY', S.CONFIRMED_AVAILABLE, 500),
        ],
        { totalCents: 3790 },
      ),
      catalogue,
    );
    expect(d.status).toBe(OrderStatus.PROCESSING);
    expect(d.lines.map((l) => [l.draft.units.map((u) => u.id), l.quantity, l.draft.product?.id ?? null])).toEqual([
      [['u1', 'u2'], 1, 'p-soap'],
      [['u3'], 1, 'p-soap'],
      [['u4'], 1, null],
    ]);
    // Units sum to 3300; Letzshop's 3790 leaves 490 shipping. The declined unit's 1000 is not charged.
    expect(d.totals.shippingCents).toBe(490);
    expect(d.totals.totalCents).toBe(1000 + 800 + 500 + 490);
    expect(d.locale).toBe('de');
    expect(d.name).toBe('Léa Muller');
    expect(d.orderedAt).toEqual(new Date('2026-11-29T09:00:00Z'));
  });

  it('an open order holds stock for its open units of physical, matched products only', () => {
    const d = draftOrder(
      scope,
      shipment([
        unit('u1', 'SOAP', S.UNCONFIRMED),
        unit('u2', 'SOAP', S.UNCONFIRMED),
        unit('u3', 'EBOOK', S.UNCONFIRMED, 900),
        unit('u4', 'MYSTERY', S.UNCONFIRMED, 500),
      ]),
      catalogue,
    );
    expect(d.status).toBe(OrderStatus.PENDING);
    expect(d.lines.map((_, i) => unitsToReserve(d, i))).toEqual([2, 0, 0]);
    expect(
      importedMessage(
        d,
        [
          { sku: 'SOAP', unmatchedProduct: false },
          { sku: 'MYSTERY', unmatchedProduct: true },
        ],
        [],
      ),
    ).toBe('Imported from Letzshop (shipment H1, order R1) — no product in the catalogue for MYSTERY');
  });

  it('shipped and fully returned is refunded; shipped or closed orders hold no stock', () => {
    const tracking = { code: 'T', provider: 'dpd' };
    const refunded = draftOrder(scope, shipment([unit('u1', 'SOAP', S.RETURNED)], { tracking }), catalogue);
    expect(refunded.status).toBe(OrderStatus.REFUNDED);
    expect(unitsToReserve(refunded, 0)).toBe(0);
    const shipped = draftOrder(scope, shipment([unit('u1', 'SOAP', S.CONFIRMED_AVAILABLE)], { tracking }), catalogue);
    expect(shipped.status).toBe(OrderStatus.SHIPPED);
    expect(unitsToReserve(shipped, 0)).toBe(0);
  });

  it('without an e-mail the buyer gets a placeholder address; an unknown locale falls back to French', () => {
    const d = draftOrder(
      scope,
      shipment([unit('u1', 'SOAP', S.UNCONFIRMED)], { email: null, locale: 'xx' }),
      catalogue,
    );
    expect(d.email).toBe('r1@letzshop.invalid');
    expect(d.locale).toBe('fr');
  });
});
