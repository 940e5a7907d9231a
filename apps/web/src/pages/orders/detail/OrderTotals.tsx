import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/money';
import type { OrderDetail } from './types';

export function OrderTotals({ order: o }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const amount = (c: number) => ({ amount: formatCents(c, i18n.language) });
  return (
    <Stack gap={2} p="md" align="flex-end">
      <Text size="sm">{t('orderDetail.subtotal', amount(o.subtotalCents))}</Text>
      <Text size="sm">{t('orderDetail.shipping', amount(o.shippingCents))}</Text>
      {o.discountCents > 0 && <Text size="sm">{t('orderDetail.discount', amount(o.discountCents))}</Text>}
      <Text fw={700}>{t('orderDetail.total', amount(o.totalCents))}</Text>
      <Text size="xs" c="dimmed">
        {t('orderDetail.vat', amount(o.taxCents))}
      </Text>
    </Stack>
  );
}
