import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { InvoiceVatBlock } from './InvoiceVatBlock';
import { THRESHOLD } from './threshold-documents';
import { ThresholdMeter } from './ThresholdMeter';

const threshold = (over: Record<string, unknown>) => ({
  request: { query: THRESHOLD },
  result: {
    data: {
      vatThreshold: {
        __typename: 'VatThreshold',
        year: 2026,
        thresholdCents: 1_000_000,
        currentYearCents: 850_000,
        previousYearCents: 200_000,
        currentYearPercent: 85,
        previousYearPercent: 20,
        currentYearOutsideOrionCents: 0,
        previousYearOutsideOrionCents: 0,
        warning: true,
        exceeded: false,
        ossRegistered: false,
        destinationVat: false,
        message: 'Cross-border sales to EU consumers are €8,500.00 in 2026, 85 % of €10,000.00',
        ...over,
      },
    },
  },
});

describe('EU VAT in the SPA', () => {
  it('the threshold meter warns at 80 % and says Luxembourg VAT still applies', async () => {
    await i18n.changeLanguage('en');
    renderPage(<ThresholdMeter />, { mocks: [threshold({})] });
    expect(await screen.findByText('80 % of the threshold reached')).toBeTruthy();
    expect(screen.getByTestId('threshold-regime').textContent).toBe('Luxembourg VAT applies');
    expect(screen.getByText(/85 % of €10,000.00 reached/)).toBeTruthy();
  });

  it('the threshold meter, exceeded, in French: destination VAT', async () => {
    await i18n.changeLanguage('fr');
    renderPage(<ThresholdMeter />, {
      mocks: [
        threshold({
          currentYearCents: 1_000_100,
          currentYearPercent: 100,
          warning: false,
          exceeded: true,
          destinationVat: true,
        }),
      ],
    });
    expect(await screen.findByText('Seuil dépassé : TVA du pays de destination')).toBeTruthy();
    expect(screen.getByTestId('threshold-regime').textContent).toBe('La TVA du pays de destination s’applique');
    expect(screen.getByText(/dès la vente qui a franchi le seuil/)).toBeTruthy();
  });

  it('an invoice shows its regime, the reason and the mention', async () => {
    await i18n.changeLanguage('de');
    renderPage(
      <InvoiceVatBlock
        vat={{
          regime: 'reverse_charge',
          rateCountry: 'LU',
          reason: 'Business in FR with a valid VAT number',
          mention: 'Innergemeinschaftliche Lieferung — steuerfrei (Art. 138 Richtlinie 2006/112/EG)',
          consultationNumber: 'WAPI123',
          buyerVatNumber: 'FR40303265045',
        }}
      />,
    );
    expect(screen.getByTestId('invoice-regime').textContent).toBe('Innergemeinschaftliche Lieferung — 0 %');
    expect(screen.getByTestId('invoice-vat').textContent).toContain('Art. 138');
    expect(screen.getByTestId('invoice-vat').textContent).toContain('WAPI123');
  });
});
