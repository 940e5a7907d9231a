import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../../gql/graphql';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { STATS, TODO_LETZSHOP, TODO_LOW_STOCK } from './dashboard-documents';
import { StoreTodo } from './StoreTodo';

const stats = (counts: Record<string, number>) => ({
  request: { query: STATS },
  result: {
    data: {
      orderStatusCounts: Object.entries(counts).map(([status, count]) => ({
        __typename: 'OrderStatusCount',
        status,
        count,
        totalCents: count * 1000,
      })),
    },
  },
});
const lowStock = (n: number) => ({
  request: { query: TODO_LOW_STOCK },
  result: {
    data: {
      lowStock: Array.from({ length: n }, (_, i) => ({
        __typename: 'LowStockItem',
        product: { __typename: 'Product', id: `p${i}` },
      })),
    },
  },
});
const letzshop = (waitingOrders: number) => ({
  request: { query: TODO_LETZSHOP },
  result: { data: { letzshopStatus: { __typename: 'LetzshopStatus', connected: true, waitingOrders } } },
});
const all = (_: Permission) => true;

describe('the dashboard to-do list', () => {
  it('lists what is waiting, with links to where it is done', async () => {
    await i18n.changeLanguage('en');
    renderPage(<StoreTodo can={all} />, {
      mocks: [stats({ PENDING: 3, PROCESSING: 1, SHIPPED: 7 }), lowStock(2), letzshop(4)],
    });
    const confirm = await screen.findByText('3 orders to confirm');
    expect(confirm.closest('a')?.getAttribute('href')).toBe('/orders');
    expect(screen.getByText('1 order to ship')).toBeTruthy();
    // Its own query: it may answer after the order counts.
    expect((await screen.findByText('2 products running low')).closest('a')?.getAttribute('href')).toBe('/inventory');
    expect(
      (await screen.findByText('4 Letzshop orders waiting: this month’s order limit is reached'))
        .closest('a')
        ?.getAttribute('href'),
    ).toBe('/letzshop');
    expect(screen.queryByText(/permission|write|read/i)).toBeNull();
  });

  it('asks only for what the role may see, and says when nothing is waiting (in German)', async () => {
    await i18n.changeLanguage('de');
    // Low stock and Letzshop would answer, but this role may only read orders: their lines stay out.
    renderPage(<StoreTodo can={(p) => p === 'ORDERS_READ'} />, {
      mocks: [stats({ SHIPPED: 2, DELIVERED: 5 }), lowStock(2), letzshop(4)],
    });
    expect(await screen.findByText('Im Moment ist nichts zu erledigen.')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('counts in French with French plurals', async () => {
    await i18n.changeLanguage('fr');
    renderPage(<StoreTodo can={all} />, { mocks: [stats({ PENDING: 1, PROCESSING: 2 }), lowStock(1), letzshop(0)] });
    expect(await screen.findByText('1 commande à confirmer')).toBeTruthy();
    expect(screen.getByText('2 commandes à expédier')).toBeTruthy();
    expect(await screen.findByText('1 produit bientôt en rupture')).toBeTruthy();
    expect(screen.queryByText(/Letzshop/)).toBeNull();
  });
});
