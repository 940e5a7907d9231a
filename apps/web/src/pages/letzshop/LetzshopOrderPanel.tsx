import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { LetzshopReturns } from './order-panel/LetzshopReturns';
import { LetzshopTracking } from './order-panel/LetzshopTracking';
import { LetzshopUnits } from './order-panel/LetzshopUnits';
import { LETZSHOP_DEFAULT_CARRIER, LETZSHOP_ORDER_PANEL } from './order-panel/letzshop-order-documents';

/**
 * The Letzshop side of a marketplace order: its units (confirm or decline per line or all), the
 * tracking, the returns (see ./order-panel). Each action goes to Letzshop first; the order
 * changes only for what Letzshop accepted, and its refusals are shown.
 */
export function LetzshopOrderPanel({ orderId, onChange }: { orderId: string; onChange: () => unknown }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, refetch } = useQuery(LETZSHOP_ORDER_PANEL, { variables: { id: orderId } });
  const settings = useQuery(LETZSHOP_DEFAULT_CARRIER, { skip: !can('SETTINGS_READ') });
  const o = data?.order;
  if (!o) return null;
  const writable = can('ORDERS_WRITE');
  const carrierDefault = settings.data?.letzshopSettings?.defaultCarrier ?? 'post_lu';
  const onDone = async () => {
    await refetch();
    await onChange();
  };

  return (
    <Card withBorder data-testid="letzshop-panel">
      <Group gap="xs" mb="sm">
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
      <LetzshopUnits order={o} writable={writable} onDone={onDone} />
      {writable && (o.status === 'SHIPPED' || o.status === 'DELIVERED') && (
        <LetzshopReturns order={o} onDone={onDone} />
      )}
      {writable && (o.status === 'PROCESSING' || o.status === 'SHIPPED') && (
        <LetzshopTracking order={o} carrierDefault={carrierDefault} onDone={onDone} />
      )}
    </Card>
  );
}
