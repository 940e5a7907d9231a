import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  createSimulator,
  FIXTURE_SPREAD_DAYS,
  gs1CheckDigit,
  isValidGtin,
  type ShipmentRecord,
  UNKNOWN_VARIANTS,
} from '../src/index.js';

const NOW = '2026-11-20T12:00:00.000Z';

describe('catalogue', () => {
  it('has ~60 variants with valid, unique GTIN-13s and unique SKUs', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(55);
    expect(CATALOGUE.length).toBeLessThanOrEqual(70);
    for (const item of CATALOGUE) {
      expect(item.gtin).toMatch(/^\d{13}$/);
      expect(isValidGtin(item.gtin), item.gtin).toBe(true);
      expect(item.parser).toBe('gtin13');
      expect(item.priceCents).toBe(Math.round(item.price * 100));
      expect(item.priceCents).toBeGreaterThan(0);
      expect(item.name.length).toBeGreaterThan(0);
    }
    expect(new Set(CATALOGUE.map((i) => i.gtin)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((i) => i.sku)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((i) => i.variantId)).size).toBe(CATALOGUE.length);
  });

  it('computes GS1 check digits correctly (known GTINs)', () => {
    expect(gs1CheckDigit('400638133393')).toBe(1); // 4006381333931
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('96385074')).toBe(true); // GTIN-8
    expect(isValidGtin('036000291452')).toBe(true); // UPC-A
  });

  it('unknown variants are not in the catalogue (one has a deliberately wrong check digit)', () => {
    const gtins = new Set(CATALOGUE.map((i) => i.gtin));
    for (const v of UNKNOWN_VARIANTS) {
      if (v.tradeId) expect(gtins.has(v.tradeId.number)).toBe(false);
      if (v.tradeId && /^\d+$/.test(v.tradeId.number) && v.tradeId.parser !== 'isbn10') {
        expect(isValidGtin(v.tradeId.number), v.tradeId.number).toBe(v.validCheckDigit);
      }
    }
    expect(UNKNOWN_VARIANTS.some((v) => !v.validCheckDigit)).toBe(true);
    expect(UNKNOWN_VARIANTS.some((v) => v.tradeId === null)).toBe(true);
  });
});

function snapshot(shipments: readonly ShipmentRecord[]) {
  return JSON.stringify(shipments);
}

describe('fixtures', () => {
  it('are deterministic: same seed → same data; other seed → other data', () => {
    const a = createSimulator({ seed: 7, shipments: 200, now: NOW });
    const b = createSimulator({ seed: 7, shipments: 200, now: NOW });
    const c = createSimulator({ seed: 8, shipments: 200, now: NOW });
    expect(snapshot(a.state.all())).toBe(snapshot(b.state.all()));
    expect(snapshot(a.state.all())).not.toBe(snapshot(c.state.all()));
    // added shipments are deterministic too (with a fixed clock)
    const clock = () => new Date('2026-11-21T00:00:00Z');
    const d = createSimulator({ seed: 7, shipments: 5, now: NOW, clock });
    const e = createSimulator({ seed: 7, shipments: 5, now: NOW, clock });
    expect(JSON.stringify(d.addShipments(3))).toBe(JSON.stringify(e.addShipments(3)));
  });

  it('reset(seed) regenerates the same data', () => {
    const sim = createSimulator({ seed: 3, shipments: 50, now: NOW });
    const before = snapshot(sim.state.all());
    sim.reset(4, 10);
    expect(sim.state.size).toBe(10);
    sim.reset(3, 50);
    expect(snapshot(sim.state.all())).toBe(before);
  });

  it('have the required variety', () => {
    const sim = createSimulator({ seed: 42, shipments: 1000, now: NOW });
    const all = sim.state.all();
    const summary = sim.state.summary();
    expect(summary.byState.unconfirmed).toBeGreaterThan(summary.shipments / 2);
    expect(summary.byState.confirmed).toBeGreaterThan(summary.byState.declined);
    expect(summary.byState.declined).toBeGreaterThan(0);

    const nowMs = Date.parse(NOW);
    const catalogueGtins = new Set(CATALOGUE.map((i) => i.gtin));
    const countries = new Set<string>();
    const locales = new Set<string>();
    let multiUnitLines = 0;
    let unknownGtinUnits = 0;
    let companies = 0;
    let nonAscii = 0;
    let previousCompleted = 0;
    for (const s of all) {
      const distinct = new Set(s.inventoryUnits.map((u) => u.variant.id));
      expect(distinct.size).toBeGreaterThanOrEqual(1);
      expect(distinct.size).toBeLessThanOrEqual(4);
      if (distinct.size < s.inventoryUnits.length) multiUnitLines++;
      const sum = s.inventoryUnits.reduce((acc, u) => acc + u.variant.priceCents, 0);
      expect(s.order.totalCents).toBe(sum);
      expect(Math.round(s.order.total * 100)).toBe(sum);
      expect(s.order.total.toFixed(2)).toBe((sum / 100).toFixed(2));
      const completed = Date.parse(s.order.completedAt);
      expect(completed).toBeLessThanOrEqual(nowMs);
      expect(completed).toBeGreaterThanOrEqual(nowMs - FIXTURE_SPREAD_DAYS * 86_400_000);
      expect(completed).toBeGreaterThanOrEqual(previousCompleted); // creation order = chronological
      previousCompleted = completed;
      countries.add(s.order.shipAddress.country.iso);
      countries.add(s.order.billAddress.country.iso);
      locales.add(s.order.locale);
      if (s.order.shipAddress.company) companies++;
      if (
        /[^ -~]/.test(s.order.shipAddress.lastName + s.order.shipAddress.firstName + s.order.shipAddress.streetName)
      ) {
        nonAscii++;
      }
      for (const u of s.inventoryUnits) {
        if (!u.variant.tradeId || !catalogueGtins.has(u.variant.tradeId.number)) unknownGtinUnits++;
      }
    }
    for (const iso of ['LU', 'BE', 'DE', 'FR', 'NL', 'AT', 'CH', 'GB', 'US']) expect(countries, iso).toContain(iso);
    expect([...locales].sort()).toEqual(['de', 'en', 'fr']);
    expect(multiUnitLines).toBeGreaterThan(0);
    expect(unknownGtinUnits).toBeGreaterThan(0);
    expect(companies).toBeGreaterThan(0);
    expect(nonAscii).toBeGreaterThan(0);
    const lu = all.filter((s) => s.order.shipAddress.country.iso === 'LU').length;
    expect(lu).toBeGreaterThan(all.length / 2);
    // repeat customers exist (same e-mail on several orders)
    expect(new Set(all.map((s) => s.order.email)).size).toBeLessThan(all.length);
    // ids are unique
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const unitIds = all.flatMap((s) => s.inventoryUnits.map((u) => u.id));
    expect(new Set(unitIds).size).toBe(unitIds.length);
  });

  it('generates 10,000 shipments well under a second', () => {
    const started = performance.now();
    const sim = createSimulator({ seed: 1, shipments: 10_000, now: NOW });
    const elapsed = performance.now() - started;
    expect(sim.state.size).toBe(10_000);
    const units = sim.state.summary().inventoryUnits;
    expect(units / 10_000).toBeGreaterThan(1.6);
    expect(units / 10_000).toBeLessThan(2.6);
    expect(elapsed).toBeLessThan(2000);
  });

  it('adds shipping to totals only when configured', () => {
    const sim = createSimulator({ seed: 5, shipments: 10, now: NOW, shippingFeeCents: 490 });
    for (const s of sim.state.all()) {
      const sum = s.inventoryUnits.reduce((acc, u) => acc + u.variant.priceCents, 0);
      expect(s.order.totalCents).toBe(sum + 490);
    }
  });
});
