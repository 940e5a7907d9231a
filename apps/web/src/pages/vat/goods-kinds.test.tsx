import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { GoodsKindBadge } from '../products/GoodsKind';
import { GOODS_KIND_READINESS, GoodsKindReadiness } from './GoodsKindReadiness';
import { GOODS_RATES, GoodsRatesTable } from './GoodsRatesTable';
import { ThresholdMeter } from './ThresholdMeter';
import { THRESHOLD } from './threshold-documents';

const readiness = {
  request: { query: GOODS_KIND_READINESS },
  result: {
    data: {
      goodsKindReadiness: {
        __typename: 'GoodsKindReadiness',
        productsWithoutKind: 2,
        affectedOrders: 3,
        affectedGrossCents: 7470,
        products: [
          {
            __typename: 'GoodsKindGap',
            product: {
              __typename: 'Product',
              id: 'p1',
              sku: 'CHOC-PRAL',
              name: 'Pralinés assortis',
              vatCategory: 'SUPER_REDUCED',
            },
            suggestion: 'CONFECTIONERY',
            crossBorderOrders: 3,
            crossBorderGrossCents: 7470,
          },
          {
            __typename: 'GoodsKindGap',
            product: { __typename: 'Product', id: 'p2', sku: 'X-1', name: 'Mystery', vatCategory: 'ZERO' },
            suggestion: null,
            crossBorderOrders: 0,
            crossBorderGrossCents: 0,
          },
        ],
      },
    },
  },
};

describe('kinds of goods in the SPA', () => {
  it('lists the products without a kind of goods, the suggestion to confirm and the sales abroad (FR)', async () => {
    await i18n.changeLanguage('fr');
    renderPage(<GoodsKindReadiness canWrite />, { mocks: [readiness] });
    expect(await screen.findByText('2 produits actifs sans nature des biens')).toBeTruthy();
    expect(screen.getByText(/3 commandes, 74,70/)).toBeTruthy();
    const rows = screen.getAllByTestId('goods-kind-gap');
    expect(rows[0]!.textContent).toContain('Confiserie, chocolat au lait et fourré · à confirmer');
    expect(rows[0]!.textContent).toContain('Confirmer');
    // Nothing to confirm without a suggestion.
    expect(rows[1]!.textContent).toContain('Non renseignée');
    expect(rows[1]!.textContent).not.toContain('Confirmer');
    expect(screen.getByText('Les afficher dans la liste des produits').closest('a')?.getAttribute('href')).toBe(
      '/products?goodsKind=missing',
    );
  });

  it('read-only roles see the list without the confirm buttons (DE)', async () => {
    await i18n.changeLanguage('de');
    renderPage(<GoodsKindReadiness />, { mocks: [readiness] });
    expect(await screen.findByText('2 aktive Produkte ohne Warenart')).toBeTruthy();
    expect(screen.queryByText('Bestätigen')).toBeNull();
  });

  it("the threshold meter's warning links to the products without a kind of goods", async () => {
    await i18n.changeLanguage('en');
    renderPage(<ThresholdMeter />, {
      mocks: [
        {
          request: { query: THRESHOLD },
          result: {
            data: {
              vatThreshold: {
                __typename: 'VatThreshold',
                year: 2026,
                thresholdCents: 1_000_000,
                currentYearCents: 850_000,
                previousYearCents: 0,
                currentYearPercent: 85,
                previousYearPercent: 0,
                currentYearOutsideOrionCents: 0,
                previousYearOutsideOrionCents: 0,
                warning: true,
                exceeded: false,
                ossRegistered: false,
                destinationVat: false,
                message: '',
              },
            },
          },
        },
      ],
    });
    const link = await screen.findByTestId('goods-kind-review-link');
    expect(link.textContent).toBe('Check the products’ kinds of goods');
    expect(link.getAttribute('href')).toBe('/products?goodsKind=missing');
  });

  it('a product shows its kind, or the suggestion marked to confirm', async () => {
    await i18n.changeLanguage('en');
    renderPage(
      <>
        <GoodsKindBadge kind="WINE" suggestion={null} />
        <GoodsKindBadge kind={null} suggestion="CHOCOLATE" />
      </>,
    );
    expect(screen.getByTestId('goods-kind').textContent).toBe('Wine');
    expect(screen.getByTestId('goods-kind-to-confirm').textContent).toBe('Dark chocolate and cocoa · to confirm');
  });
});

describe('rates by kind of goods', () => {
  it('shows what each kind takes in a member state, marking what is to check (DE)', async () => {
    await i18n.changeLanguage('de');
    renderPage(<GoodsRatesTable country="FR" asOf="2026-09-15" />, {
      mocks: [
        {
          request: { query: GOODS_RATES, variables: { country: 'FR', asOf: '2026-09-15' } },
          result: {
            data: {
              goodsRates: [
                {
                  __typename: 'GoodsRateRow',
                  kind: 'FOODSTUFFS',
                  rateBp: 550,
                  rateCategory: 'reduced',
                  basis: 'table',
                  note: 'CGI art. 278-0 bis A',
                },
                {
                  __typename: 'GoodsRateRow',
                  kind: 'CONFECTIONERY',
                  rateBp: 2000,
                  rateCategory: 'standard',
                  basis: 'check',
                  note: 'bonbons 5.5 %',
                },
              ],
            },
          },
        },
      ],
    });
    const table = await screen.findByTestId('goods-rates-table');
    expect(screen.getByText('Sätze nach Warenart in FR')).toBeTruthy();
    expect(table.textContent).toContain('Lebensmittel');
    expect(table.textContent).toContain('Prüfen');
    expect(table.textContent).toMatch(/5[.,]5 %/);
  });
});
