import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { fieldErrors, toApiError } from '../../../lib/graphql-errors';
import { TRACK } from './letzshop-order-documents';
import { describeUndecided, type PanelOrder } from './units';
import { useLetzshopAction } from './use-letzshop-action';

/**
 * Sends the tracking to Letzshop; the order ships. With items still undecided the user is asked
 * once, naming them, whether to decline them first (sent as `declineRemaining`).
 */
export function LetzshopTracking({
  order: o,
  carrierDefault,
  onDone,
}: {
  order: PanelOrder;
  carrierDefault: string;
  onDone: () => unknown;
}) {
  const { t } = useTranslation();
  const [track, tracking] = useMutation(TRACK);
  const act = useLetzshopAction(onDone);
  const form = useForm({ initialValues: { carrier: '', trackingNumber: '' } });
  const undecided = describeUndecided(o.lines);

  const send = async (declineRemaining: boolean) => {
    const v = form.values;
    if (!v.trackingNumber.trim()) return; // the field is required and the buttons wait for it
    const ok = await act(async () => {
      try {
        const r = await track({
          variables: {
            input: {
              orderId: o.id,
              carrier: v.carrier || carrierDefault,
              trackingNumber: v.trackingNumber,
              declineRemaining: declineRemaining || null,
            },
          },
        });
        return r.data?.setLetzshopTracking;
      } catch (err) {
        form.setErrors(fieldErrors(toApiError(err)));
        throw err;
      }
    });
    if (ok) form.reset();
  };

  return (
    <form onSubmit={form.onSubmit(() => send(false))}>
      <Stack gap="xs" mt="sm">
        <Text size="sm" fw={600}>
          {t('letzshop.tracking')}
          {o.trackingNumber ? ` · ${o.carrier ?? ''} ${o.trackingNumber}` : ''}
        </Text>
        {undecided && (
          <Text size="xs" c="orange" data-testid="letzshop-undecided">
            {t('letzshopOrder.undecided', { units: undecided })}
          </Text>
        )}
        <Group align="flex-end" gap="xs">
          <TextInput
            size="xs"
            label={t('letzshop.carrier')}
            placeholder={carrierDefault}
            {...form.getInputProps('carrier')}
          />
          <TextInput
            size="xs"
            label={t('letzshop.trackingNumber')}
            required
            data-testid="letzshop-tracking"
            {...form.getInputProps('trackingNumber')}
          />
          {undecided ? (
            <ConfirmAction
              title={t('letzshopOrder.declineRemainingTitle')}
              message={t('letzshopOrder.declineRemainingMessage', { units: undecided })}
              confirmLabel={t('letzshopOrder.declineRemainingConfirm')}
              onConfirm={() => send(true)}
              disabled={!form.values.trackingNumber.trim() || tracking.loading}
              buttonProps={{ size: 'xs' }}
              testId="letzshop-send-tracking"
            >
              {t('letzshop.sendTracking')}
            </ConfirmAction>
          ) : (
            <Button size="xs" type="submit" loading={tracking.loading} data-testid="letzshop-send-tracking">
              {t('letzshop.sendTracking')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
