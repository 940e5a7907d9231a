import { useMutation } from '@apollo/client/react';
import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { describeError, fieldErrors, toApiError } from '../../../lib/graphql-errors';
import { formatCents } from '../../../lib/money';
import { CANCEL_ORDER, CONFIRM_ORDER, DELIVER_ORDER, REFUND_ORDER, SHIP_ORDER } from './order-documents';
import type { OrderDetail } from './types';

/**
 * The status moves the order allows now (`nextStatuses`: on a Letzshop order confirming,
 * shipping, cancelling and refunding go through the Letzshop panel instead).
 */
export function OrderActions({ order: o, onDone }: { order: OrderDetail; onDone: () => unknown }) {
  const { t, i18n } = useTranslation();
  const [confirm] = useMutation(CONFIRM_ORDER);
  const [ship] = useMutation(SHIP_ORDER);
  const [deliver] = useMutation(DELIVER_ORDER);
  const [cancel] = useMutation(CANCEL_ORDER);
  const [refund] = useMutation(REFUND_ORDER);
  const [shipOpen, setShipOpen] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const shipForm = useForm({ initialValues: { carrier: 'post_lu', trackingNumber: '' } });
  const cancelForm = useForm({ initialValues: { reason: '' } });
  const id = o.id;
  const next = new Set(o.nextStatuses);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message: done });
      await onDone();
      return true;
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(toApiError(err), i18n) });
      return false;
    }
  };

  return (
    <>
      {next.has('PROCESSING') && (
        <Button
          onClick={() => run(() => confirm({ variables: { input: { id } } }), t('orderDetail.confirmed'))}
          data-testid="confirm-order"
        >
          {t('orderDetail.confirm')}
        </Button>
      )}
      {next.has('SHIPPED') && (
        <Button onClick={() => setShipOpen(true)} data-testid="ship-button">
          {t('orderDetail.ship')}
        </Button>
      )}
      {next.has('DELIVERED') && (
        <Button onClick={() => run(() => deliver({ variables: { input: { id } } }), t('orderDetail.delivered'))}>
          {t('orderDetail.deliver')}
        </Button>
      )}
      {next.has('REFUNDED') && (
        <ConfirmAction
          title={t('orderDetail.refundTitle', { number: o.orderNumber })}
          message={t('orderDetail.refundMessage', {
            amount: formatCents(o.totalCents, i18n.language),
            customer: o.customerSnapshot.name,
          })}
          confirmLabel={t('orderDetail.refundConfirm')}
          onConfirm={() => run(() => refund({ variables: { input: { id } } }), t('orderDetail.refunded'))}
          buttonProps={{ variant: 'light' }}
          testId="refund-order"
        >
          {t('orderDetail.refund')}
        </ConfirmAction>
      )}
      {next.has('CANCELLED') && (
        <Button color="red" variant="light" onClick={() => setCancelOpen(true)}>
          {t('orderDetail.cancel')}
        </Button>
      )}

      <Modal opened={shipOpen} onClose={() => setShipOpen(false)} title={t('orderDetail.shipTitle')}>
        <form
          onSubmit={shipForm.onSubmit(async (v) => {
            try {
              await ship({
                variables: { input: { id, carrier: v.carrier, trackingNumber: v.trackingNumber || null } },
              });
              setShipOpen(false);
              notifications.show({ color: 'green', message: t('orderDetail.shipped') });
              await onDone();
            } catch (err) {
              shipForm.setErrors(fieldErrors(toApiError(err)));
              notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
            }
          })}
        >
          <Stack>
            <TextInput label={t('orderDetail.carrier')} required {...shipForm.getInputProps('carrier')} />
            <TextInput
              label={t('orderDetail.trackingNumber')}
              {...shipForm.getInputProps('trackingNumber')}
              data-testid="tracking-input"
            />
            <Button type="submit" data-testid="ship-submit">
              {t('orderDetail.ship')}
            </Button>
          </Stack>
        </form>
      </Modal>
      <Modal opened={cancelOpen} onClose={() => setCancelOpen(false)} title={t('orderDetail.cancel')}>
        <form
          onSubmit={cancelForm.onSubmit(async (v) => {
            const done = await run(
              () => cancel({ variables: { input: { id, reason: v.reason || null } } }),
              t('orderDetail.cancelled'),
            );
            if (done) setCancelOpen(false);
          })}
        >
          <Stack>
            <TextInput label={t('orderDetail.cancelReason')} {...cancelForm.getInputProps('reason')} />
            <Button type="submit" color="red">
              {t('orderDetail.cancel')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
