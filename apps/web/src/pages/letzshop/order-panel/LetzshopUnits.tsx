import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { DECIDE } from './letzshop-order-documents';
import { describeUndecided, type PanelLine, type PanelOrder, unitsIn } from './units';
import { useLetzshopAction } from './use-letzshop-action';

const UNIT_COLOR: Record<string, string> = {
  UNCONFIRMED: 'yellow',
  CONFIRMED_AVAILABLE: 'green',
  CONFIRMED_UNAVAILABLE: 'gray',
  RETURNED: 'red',
};

/** The lines' Letzshop units and their states; confirm or decline per line or all at once. */
export function LetzshopUnits({
  order: o,
  writable,
  onDone,
}: {
  order: PanelOrder;
  writable: boolean;
  onDone: () => unknown;
}) {
  const { t } = useTranslation();
  const [decide, deciding] = useMutation(DECIDE);
  const act = useLetzshopAction(onDone);
  const open = o.status === 'PENDING' || o.status === 'PROCESSING';
  const canDecide = writable && open;
  const undecided = describeUndecided(o.lines);
  const decideLines = (lines: { lineId: string; available: boolean }[] | null, all?: boolean) =>
    act(async () => {
      const r = await decide({ variables: { input: lines ? { orderId: o.id, lines } : { orderId: o.id, all } } });
      return r.data?.decideLetzshopItems;
    });
  const declineLine = (l: PanelLine) => (
    <ConfirmAction
      title={t('letzshopOrder.declineTitle')}
      message={t('letzshopOrder.declineMessage', { units: describeUndecided([l]) })}
      confirmLabel={t('letzshopOrder.declineConfirm')}
      onConfirm={() => decideLines([{ lineId: l.id, available: false }])}
      buttonProps={{ size: 'compact-xs', variant: 'subtle' }}
      testId="letzshop-decline-line"
    >
      {t('letzshop.decline')}
    </ConfirmAction>
  );

  return (
    <Stack gap="xs">
      {canDecide && undecided && (
        <Group gap="xs" justify="flex-end">
          <Button
            size="xs"
            loading={deciding.loading}
            onClick={() => decideLines(null, true)}
            data-testid="letzshop-confirm-all"
          >
            {t('letzshop.confirmAll')}
          </Button>
          <ConfirmAction
            title={t('letzshopOrder.declineTitle')}
            message={t('letzshopOrder.declineAllMessage', { units: undecided })}
            confirmLabel={t('letzshopOrder.declineConfirm')}
            onConfirm={() => decideLines(null, false)}
            buttonProps={{ size: 'xs', variant: 'light' }}
            testId="letzshop-decline-all"
          >
            {t('letzshop.declineAll')}
          </ConfirmAction>
        </Group>
      )}
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {o.lines.map((l) => {
            const counts = new Map<string, number>();
            for (const u of l.letzshopUnits) counts.set(u.state, (counts.get(u.state) ?? 0) + 1);
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
                        {n} × {t(`letzshopOrder.unitState.${state}`, { defaultValue: state.toLowerCase() })}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {canDecide && unitsIn(l, 'UNCONFIRMED') > 0 && (
                    <Group gap={4} justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => decideLines([{ lineId: l.id, available: true }])}
                      >
                        {t('letzshop.confirm')}
                      </Button>
                      {declineLine(l)}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
