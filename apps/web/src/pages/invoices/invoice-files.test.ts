import { describe, expect, it, vi } from 'vitest';
import { creditLines, invoicePdfUrl, invoiceZipUrl, previousMonth, zipRangeProblem } from './invoice-files';

vi.mock('../../app/store-context', () => ({ getActiveStoreId: () => 'store-1' }));

describe('invoice files', () => {
  it('links the PDF and the ZIP with the active store', () => {
    expect(invoicePdfUrl('abc')).toBe('/api/invoices/abc.pdf?store=store-1');
    expect(invoiceZipUrl({ from: '2026-03-01', to: '2026-03-31' })).toBe(
      '/api/invoices.zip?from=2026-03-01&to=2026-03-31&store=store-1',
    );
    expect(invoiceZipUrl({ from: '2026-03-01', to: '2026-03-31', type: 'credit_note' })).toBe(
      '/api/invoices.zip?from=2026-03-01&to=2026-03-31&type=credit_note&store=store-1',
    );
  });

  it('checks a ZIP range as the API does', () => {
    expect(zipRangeProblem('', '2026-03-31')).toBe('datesRequired');
    expect(zipRangeProblem('2026-02-30', '2026-03-31')).toBe('datesRequired');
    expect(zipRangeProblem('2026-03-31', '2026-03-01')).toBe('reversed');
    expect(zipRangeProblem('2025-01-01', '2026-01-02')).toBe('tooWide');
    expect(zipRangeProblem('2024-01-01', '2024-12-31')).toBeNull();
    expect(zipRangeProblem('2026-03-01', '2026-03-01')).toBeNull();
  });

  it('proposes the previous month', () => {
    expect(previousMonth(new Date(2026, 2, 15))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousMonth(new Date(2026, 0, 3))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('sends only the lines with a quantity', () => {
    expect(creditLines([0, 2, 0, 1])).toEqual([
      { lineIndex: 1, quantity: 2 },
      { lineIndex: 3, quantity: 1 },
    ]);
    expect(creditLines([0, 0])).toEqual([]);
  });
});
