import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { renderPage } from '../../../test/render';
import { OrderActions } from './OrderActions';
import { REFUND_ORDER } from './order-documents';
import type { OrderDetail } from './types';

const shipped = {
  __typename: 'Order',
  id: 'o1',
  orderNumber: 42,
  status: 'SHIPPED',
  nextStatuses: ['DELIVERED', 'REFUNDED'],
  totalCents: 12_345,
  customerSnapshot: { __typename: 'CustomerSnapshot', name: 'Léa Muller', email: 'lea@example.lu', phone: null },
} as unknown as OrderDetail;

describe('order actions', () => {
  it('the generic refund asks once, saying what it does and that it cannot be undone', async () => {
    await i18n.changeLanguage('en');
    let refunded = false;
    renderPage(<OrderActions order={shipped} onDone={() => undefined} />, {
      mocks: [
        {
          request: { query: REFUND_ORDER, variables: { input: { id: 'o1' } } },
          result: () => {
            refunded = true;
            return {
              data: {
                refundOrder: {
                  __typename: 'OrderPayload',
                  order: { __typename: 'Order', id: 'o1', status: 'REFUNDED' },
                },
              },
            };
          },
        },
      ],
    });
    fireEvent.click(screen.getByTestId('refund-order'));
    expect(await screen.findByText('Refund order #42?')).toBeTruthy();
    expect(screen.getByText(/€123.45 no longer counts as spent by Léa Muller.*cannot be undone/)).toBeTruthy();
    expect(refunded).toBe(false);
    fireEvent.click(screen.getByTestId('refund-order-confirm'));
    await waitFor(() => expect(refunded).toBe(true));
  });

  it('a Letzshop order offers no generic refund (its refund is a return through Letzshop)', async () => {
    renderPage(
      <OrderActions order={{ ...shipped, nextStatuses: ['DELIVERED'] } as OrderDetail} onDone={() => undefined} />,
    );
    expect(screen.queryByTestId('refund-order')).toBeNull();
  });
});
