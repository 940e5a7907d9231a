import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { DECIDE, RETURN_ITEMS, TRACK } from './letzshop-documents';

const PANEL = graphql(`
  query LetzshopOrderPanel($id: ID!) {
    order(id: $id) {
      id status externalState externalOrderNumber carrier trackingNumber
      lines { id sku name quantity itemState letzshopUnits { id state } }
    }
  }
`);
const CARRIER = graphql(`
  query LetzshopDefaultCarrier { letzshopSettings { id defaultCarrier } }
`);

const UNIT_COLOR: Record<string, string> = {
  UNCONFIRMED: 'yellow',
  CONFIRMED_AVAILABLE: 'green',
  CONFIRMED_UNAVAILABLE: 'gray',
  RETURNED: 'red',
};

type Refusal = { unitId?: string | null; message: string };

/**
 * The Letzshop side of a marketplace order: confirm or decline per line or all, send the
 * tracking, record returns. Each action goes to Letzshop first; the order changes only for what
 * Letzshop accepted, and its refusals are shown.
 */
export function LetzshopOrderPanel({ orderId, onChange }: { orderId: string; onChange: () => unknown }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data, refetch } = useQuery(PANEL, { variables: { id: orderId } });
  const settings = useQuery(CARRIER, { skip: !can('SETTINGS_READ') });
  const [decide, deciding] = useMutation(DECIDE);
  const [track, tracking] = useMutation(TRACK);
  const [returnItems, returning] = useMutation(RETURN_ITEMS);
  const [returnQty, setReturnQty] = useState<Record<string, number>>({});
  const trackForm = useForm({ initialValues: { carrier: '', trackingNumber: '' } });
  const o = data?.order;
  if (!o) return null;
  const writable = can('ORDERS_WRITE');
  const open = o.status === 'PENDING' || o.status === 'PROCESSING';
  const hasOpenUnits = o.lines.some((l) => l.letzshopUnits.some((u) => u.state === 'UNCONFIRMED'));
  const carrierDefault = settings.data?.letzshopSettings?.defaultCarrier ?? 'post_lu';

  const after = async (refused: Refusal[]) => {
    if (refused.length) {
      notifications.show({
        color: 'orange',
        message: t('letzshop.refused', { reasons: refused.map((r) => r.message).join('; ') }),
      });
    } else {
      notifications.show({ color: 'green', message: t('letzshop.done') });
    }
    await refetch();
    await onChange();
  };
  const act = async (fn: () => Promise<{ refused: Refusal[] } | undefined>) => {
    try {
      await after((await fn())?.refused ?? []);
    } catch (err) {
      notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
    }
  };
  const decideLines = (lines: { lineId: string; available: boolean }[] | null, all?: boolean) =>
    act(async () => {
      const r = await decide({ variables: { input: lines ? { orderId, lines } : { orderId, all } } });
      return r.data?.decideLetzshopItems;
    });

  return (
    <Card withBorder data-testid="letzshop-panel">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Text fw={600}>{t('letzshop.panel')}</Text>
          {o.externalState && (
            <Badge variant="light" color="grape" data-testid="letzshop-state">
              {t('letzshop.state', { state: o.externalState })}
            </Badge>
          )}
          {o.externalOrderNumber && (
            <Text size="xs" c="dimmed">
              {o.externalOrderNumber}
            </Text>
          )}
        </Group>
        {writable && open && hasOpenUnits && (
          <Group gap="xs">
            <Button
              size="xs"
              loading={deciding.loading}
              onClick={() => decideLines(null, true)}
              data-testid="letzshop-confirm-all"
            >
              {t('letzshop.confirmAll')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              loading={deciding.loading}
              onClick={() => decideLines(null, false)}
            >
              {t('letzshop.declineAll')}
            </Button>
          </Group>
        )}
      </Group>
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {o.lines.map((l) => {
            const counts = new Map<string, number>();
            for (const u of l.letzshopUnits) counts.set(u.state, (counts.get(u.state) ?? 0) + 1);
            const lineOpen = l.letzshopUnits.some((u) => u.state === 'UNCONFIRMED');
            const returnable = l.letzshopUnits.filter((u) => u.state === 'CONFIRMED_AVAILABLE').length;
            return (
              <Table.Tr key={l.id} data-testid="letzshop-line">
                <Table.Td>
                  <Text size="sm">{l.name}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {l.sku}
                  </Text>
                </Table.Td>
                <Table.Td miw={170}>
                  <Group gap={4}>
                    {[...counts].map(([state, n]) => (
                      <Badge
                        key={state}
                        size="sm"
                        variant="light"
                        color={UNIT_COLOR[state]}
                        style={{ flexShrink: 0 }}
                        maw="none"
                      >
                        {n} × {state.toLowerCase().replace('confirmed_', '')}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {writable && open && lineOpen && (
                    <Group gap={4} justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => decideLines([{ lineId: l.id, available: true }])}
                      >
                        {t('letzshop.confirm')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => decideLines([{ lineId: l.id, available: false }])}
                      >
                        {t('letzshop.decline')}
                      </Button>
                    </Group>
                  )}
                  {writable && (o.status === 'SHIPPED' || o.status === 'DELIVERED') && returnable > 0 && (
                    <Group gap={4} justify="flex-end">
                      <NumberInput
                        size="xs"
                        w={70}
                        min={1}
                        max={returnable}
                        value={returnQty[l.id] ?? 1}
                        onChange={(v) => setReturnQty({ ...returnQty, [l.id]: Number(v) || 1 })}
                        aria-label={t('letzshop.returnQty')}
                      />
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        loading={returning.loading}
                        onClick={() =>
                          act(async () => {
                            const r = await returnItems({
                              variables: {
                                input: { orderId, lines: [{ lineId: l.id, quantity: returnQty[l.id] ?? 1 }] },
                              },
                            });
                            return r.data?.returnLetzshopItems;
                          })
                        }
                      >
                        {t('letzshop.returnSubmit')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {writable && (o.status === 'PROCESSING' || o.status === 'SHIPPED') && (
        <form
          onSubmit={trackForm.onSubmit(async (v) => {
            try {
              const r = await track({
                variables: {
                  input: { orderId, carrier: v.carrier || carrierDefault, trackingNumber: v.trackingNumber },
                },
              });
              trackForm.reset();
              await after(r.data?.setLetzshopTracking.refused ?? []);
            } catch (err) {
              trackForm.setErrors(fieldErrors(toApiError(err)));
              notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
            }
          })}
        >
          <Stack gap="xs" mt="sm">
            <Text size="sm" fw={600}>
              {t('letzshop.tracking')}
              {o.trackingNumber ? ` · ${o.carrier ?? ''} ${o.trackingNumber}` : ''}
            </Text>
            <Group align="flex-end" gap="xs">
              <TextInput
                size="xs"
                label={t('letzshop.carrier')}
                placeholder={carrierDefault}
                {...trackForm.getInputProps('carrier')}
              />
              <TextInput
                size="xs"
                label={t('letzshop.trackingNumber')}
                required
                data-testid="letzshop-tracking"
                {...trackForm.getInputProps('trackingNumber')}
              />
              <Button size="xs" type="submit" loading={tracking.loading} data-testid="letzshop-send-tracking">
                {t('letzshop.sendTracking')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
