import { Card, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/money';
import type { OrderDetail } from './types';

export function OrderTimeline({ events }: { events: OrderDetail['timeline'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Text fw={600} mb="sm">
        {t('orderDetail.timeline')}
      </Text>
      <Timeline bulletSize={14} lineWidth={2} active={events.length}>
        {events.map((e) => (
          <Timeline.Item key={e.id} title={e.message}>
            <Text size="xs" c="dimmed">
              {formatDateTime(e.createdAt, i18n.language)}
              {e.userName ? ` · ${e.userName}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
