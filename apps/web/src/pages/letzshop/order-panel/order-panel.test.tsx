import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import { renderPage } from '../../../test/render';
import { LetzshopReturns } from './LetzshopReturns';
import { LetzshopTracking } from './LetzshopTracking';
import { LetzshopUnits } from './LetzshopUnits';
import { TRACK } from './letzshop-order-documents';
import type { PanelOrder } from './units';

const unit = (id: string, state: string) => ({ __typename: 'LetzshopUnit' as const, id, state: state as never });
const line = (id: string, sku: string, states: string[]) => ({
  __typename: 'OrderLine' as const,
  id,
  sku,
  name: sku,
  quantity: states.length,
  itemState: states[0] as never,
  letzshopUnits: states.map((s, i) => unit(`${id}-u${i}`, s)),
});
const order = (status: string, lines: ReturnType<typeof line>[]): PanelOrder => ({
  id: 'o1',
  status: status as never,
  externalState: 'confirmed',
  externalOrderNumber: 'R1',
  carrier: null,
  trackingNumber: null,
  lines,
});

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('Letzshop order panel', () => {
  it('a return quantity above what the line has is refused as typed, never clamped', async () => {
    renderPage(
      <LetzshopReturns
        order={order('SHIPPED', [line('l1', 'SOAP-LAV', ['CONFIRMED_AVAILABLE', 'CONFIRMED_AVAILABLE'])])}
        onDone={() => undefined}
      />,
    );
    const input = screen.getByTestId('letzshop-return-qty') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.blur(input);
    expect(input.value).toBe('5');
    expect(await screen.findByText('Enter a whole number from 1 to 2')).toBeTruthy();
    expect((screen.getByTestId('letzshop-return') as HTMLButtonElement).disabled).toBe(true);
  });

  it('recording a return asks once, naming the units and that it cannot be undone', async () => {
    renderPage(
      <LetzshopReturns
        order={order('SHIPPED', [line('l1', 'SOAP-LAV', ['CONFIRMED_AVAILABLE', 'CONFIRMED_AVAILABLE'])])}
        onDone={() => undefined}
      />,
    );
    fireEvent.change(screen.getByTestId('letzshop-return-qty'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('letzshop-return'));
    expect(
      await screen.findByText(/2 × SOAP-LAV will be recorded on Letzshop as returned.*cannot be undone/),
    ).toBeTruthy();
  });

  it('declining a line asks once, naming its open units', async () => {
    renderPage(
      <LetzshopUnits
        order={order('PENDING', [line('l1', 'MUG-250-WHT', ['UNCONFIRMED', 'UNCONFIRMED'])])}
        writable
        onDone={() => undefined}
      />,
    );
    fireEvent.click(screen.getByTestId('letzshop-decline-line'));
    expect(await screen.findByText(/not available: 2 × MUG-250-WHT.*cannot be undone/)).toBeTruthy();
    expect(screen.getByTestId('letzshop-decline-line-confirm')).toBeTruthy();
  });

  it('tracking with an undecided item asks to decline it, naming it, and sends declineRemaining', async () => {
    let sent: unknown = null;
    const o = order('PROCESSING', [
      line('l1', 'SOAP-LAV', ['CONFIRMED_AVAILABLE']),
      line('l2', 'MUG-250-WHT', ['CONFIRMED_UNAVAILABLE']),
      line('l3', 'CANDLE-VAN', ['UNCONFIRMED']),
    ]);
    const input = { orderId: 'o1', carrier: 'post_lu', trackingNumber: 'LU1', declineRemaining: true };
    renderPage(<LetzshopTracking order={o} carrierDefault="post_lu" onDone={() => undefined} />, {
      mocks: [
        {
          request: { query: TRACK, variables: { input } },
          result: () => {
            sent = input;
            return {
              data: {
                setLetzshopTracking: {
                  __typename: 'LetzshopActionPayload',
                  order: {
                    __typename: 'Order',
                    id: 'o1',
                    status: 'SHIPPED',
                    carrier: 'post_lu',
                    trackingNumber: 'LU1',
                  },
                  refused: [],
                },
              },
            };
          },
        },
      ],
    });
    expect(screen.getByTestId('letzshop-undecided').textContent).toMatch(/Still open: 1 × CANDLE-VAN/);
    fireEvent.change(screen.getByTestId('letzshop-tracking'), { target: { value: 'LU1' } });
    fireEvent.click(screen.getByTestId('letzshop-send-tracking'));
    expect(await screen.findByText(/neither confirmed nor declined: 1 × CANDLE-VAN/)).toBeTruthy();
    expect(sent).toBeNull();
    fireEvent.click(screen.getByTestId('letzshop-send-tracking-confirm'));
    await waitFor(() => expect(sent).toEqual(input));
  });
});
