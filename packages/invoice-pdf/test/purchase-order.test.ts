import { describe, expect, it } from 'vitest';
import { type PurchaseOrderDocument, renderPurchaseOrderPdf } from '../src/index.js';
import { extractPdf } from './pdf-text.js';

const doc = (language: PurchaseOrderDocument['language']): PurchaseOrderDocument => ({
  language,
  number: 'PO-2026-00042',
  orderDate: '2026-03-02',
  expectedDate: '2026-03-09',
  buyer: {
    name: 'Boutique Test Sàrl',
    addressLine: '1, rue Test',
    postalCode: 'L-1234',
    city: 'Luxembourg',
    country: 'LU',
    vatNumber: 'LU15027442',
  },
  supplier: {
    name: 'Grossiste Moselle SA',
    contactPerson: 'Jean Weber',
    addressLine: '5, route du Vin',
    postalCode: 'L-5401',
    city: 'Ahn',
    country: 'LU',
    vatNumber: 'LU26375245',
    email: 'orders@moselle.lu',
  },
  deliveryAddress: 'MAIN / R-1',
  lines: [
    { sku: 'CAN-01', supplierSku: 'GM-778', name: 'Bougie parfumée', quantity: 12, unitCostCents: 450 },
    { sku: 'MUG-02', supplierSku: null, name: 'Tasse', quantity: 6, unitCostCents: 1234 },
  ],
  totalCents: 12 * 450 + 6 * 1234,
  notes: 'Livraison par la porte arrière.',
  paymentTerms: '30 days net',
});

describe('purchase order PDF', () => {
  it.each([
    ['en', 'Purchase order', 'Expected delivery', '€128.04'],
    ['fr', 'Bon de commande', 'Livraison prévue', '128,04 €'],
    ['de', 'Bestellung', 'Voraussichtliche Lieferung', '128,04 €'],
  ] as const)('prints the order in %s', async (language, title, expected, total) => {
    const pdf = await extractPdf(await renderPurchaseOrderPdf(doc(language)));
    for (const s of [
      title,
      'PO-2026-00042',
      expected,
      total,
      'GM-778',
      'CAN-01',
      'Grossiste Moselle SA',
      'Boutique Test Sàrl',
      'MAIN / R-1',
      'Livraison par la porte arrière.',
    ])
      expect(pdf.text).toContain(s);
    expect(pdf.info.Title).toBe(`${title} PO-2026-00042`);
  });

  it('refuses amounts that are not integer cents', async () => {
    const bad = doc('en');
    bad.lines[0]!.unitCostCents = 4.5;
    await expect(renderPurchaseOrderPdf(bad)).rejects.toThrow(TypeError);
  });
});
