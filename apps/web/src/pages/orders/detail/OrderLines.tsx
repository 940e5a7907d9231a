import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/money';
import type { OrderDetail } from './types';

export function OrderLines({ lines }: { lines: OrderDetail['lines'] }) {
  const { t, i18n } = useTranslation();
  const money = (c: number) => formatCents(c, i18n.language);
  return (
    <Table verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('orderDetail.item')}</Table.Th>
          <Table.Th>{t('orderDetail.sku')}</Table.Th>
          <Table.Th ta="right">{t('orderDetail.qty')}</Table.Th>
          <Table.Th ta="right">{t('orderDetail.unitPrice')}</Table.Th>
          <Table.Th ta="right">{t('orderDetail.lineTotal')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>
              {l.name}
              {l.unmatchedProduct && (
                <Badge ml="xs" color="orange" size="xs">
                  {t('orderDetail.unmatched')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {l.sku}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{l.quantity}</Table.Td>
            <Table.Td ta="right">{money(l.unitPriceCents)}</Table.Td>
            <Table.Td ta="right">{money(l.lineTotalCents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
