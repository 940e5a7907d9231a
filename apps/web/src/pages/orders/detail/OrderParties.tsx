import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/CountrySelect';
import { formatCents } from '../../../lib/money';
import type { OrderAddress, OrderDetail } from './types';

function AddressBlock({ title, a }: { title: string; a: OrderAddress }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Text fw={600} mb={4}>
        {title}
      </Text>
      <Text size="sm">
        {a.firstName} {a.lastName}
      </Text>
      {a.company && <Text size="sm">{a.company}</Text>}
      <Text size="sm">
        {a.street} {a.streetNumber}
      </Text>
      <Text size="sm">
        {a.postalCode} {a.city}, {countryName(a.country, i18n.language, t('countries.XI'))}
      </Text>
    </Card>
  );
}

/** The customer, the addresses and the shipment of an order. */
export function OrderParties({ order: o }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack>
      <Card withBorder>
        <Text fw={600}>{o.customerSnapshot.name}</Text>
        {o.customerSnapshot.email && <Text size="sm">{o.customerSnapshot.email}</Text>}
        {o.customerSnapshot.phone && <Text size="sm">{o.customerSnapshot.phone}</Text>}
        {o.customer && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('orderDetail.customerStats', {
              count: o.customer.totalOrders,
              spent: formatCents(o.customer.totalSpentCents, i18n.language),
            })}
          </Text>
        )}
      </Card>
      {o.shippingAddress && <AddressBlock title={t('orderDetail.shippingAddress')} a={o.shippingAddress} />}
      <AddressBlock title={t('orderDetail.billingAddress')} a={o.billingAddress} />
      {o.carrier && (
        <Card withBorder>
          <Text fw={600}>{t('orderDetail.shipment')}</Text>
          <Text size="sm">
            {o.carrier} {o.trackingNumber ?? ''}
          </Text>
        </Card>
      )}
    </Stack>
  );
}
