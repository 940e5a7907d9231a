import { useMutation } from '@apollo/client/react';
import { Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { RETURN_ITEMS } from './letzshop-order-documents';
import { type PanelLine, type PanelOrder, unitsIn } from './units';
import { useLetzshopAction } from './use-letzshop-action';

/**
 * Returns of a shipped Letzshop order, recorded on Letzshop (which refunds the customer); the
 * units go back on the shelf. The quantity is sent as typed: out of range, the server refuses it.
 */
export function LetzshopReturns({ order: o, onDone }: { order: PanelOrder; onDone: () => unknown }) {
  const { t } = useTranslation();
  const lines = o.lines.filter((l) => unitsIn(l, 'CONFIRMED_AVAILABLE') > 0);
  if (!lines.length) return null;
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600}>
        {t('letzshopOrder.returns')}
      </Text>
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {lines.map((l) => (
            <ReturnLine key={l.id} orderId={o.id} line={l} onDone={onDone} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ReturnLine({ orderId, line: l, onDone }: { orderId: string; line: PanelLine; onDone: () => unknown }) {
  const { t } = useTranslation();
  const [returnItems, returning] = useMutation(RETURN_ITEMS);
  const act = useLetzshopAction(onDone);
  const max = unitsIn(l, 'CONFIRMED_AVAILABLE');
  const [value, setValue] = useState<string | number>(1);
  const quantity = typeof value === 'number' ? value : Number.NaN;
  const valid = Number.isInteger(quantity) && quantity >= 1 && quantity <= max;
  return (
    <Table.Tr data-testid="letzshop-return-line">
      <Table.Td>
        <Text size="sm">{l.name}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {l.sku}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Group gap={4} justify="flex-end" align="flex-start">
          <NumberInput
            size="xs"
            w={110}
            min={1}
            max={max}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            value={value}
            onChange={setValue}
            description={t('letzshopOrder.returnRange', { max })}
            error={valid ? undefined : t('letzshopOrder.returnQtyInvalid', { max })}
            aria-label={t('letzshop.returnQty')}
            data-testid="letzshop-return-qty"
          />
          <ConfirmAction
            title={t('letzshopOrder.returnTitle')}
            message={t('letzshopOrder.returnMessage', { units: `${quantity} × ${l.sku}` })}
            confirmLabel={t('letzshopOrder.returnConfirm')}
            disabled={!valid || returning.loading}
            onConfirm={() =>
              act(async () => {
                const r = await returnItems({ variables: { input: { orderId, lines: [{ lineId: l.id, quantity }] } } });
                return r.data?.returnLetzshopItems;
              })
            }
            buttonProps={{ size: 'compact-xs', variant: 'light' }}
            testId="letzshop-return"
          >
            {t('letzshop.returnSubmit')}
          </ConfirmAction>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
