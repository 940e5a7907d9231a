import { useQuery } from '@apollo/client/react';
import { BarChart, DonutChart } from '@mantine/charts';
import { Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { formatCents } from '../../lib/money';
import { STATUS_COLOR } from '../orders/status';
import { STATS } from './dashboard-documents';
import { StoreTodo } from './StoreTodo';

/** The store's start page: who you are here, what is waiting, and the orders at a glance. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { me, active, can } = useSession();
  const stats = useQuery(STATS, { skip: !can('ORDERS_READ') });
  if (!active) return null;
  const counts = stats.data?.orderStatusCounts ?? [];
  const open = counts
    .filter((c) => c.status === 'PENDING' || c.status === 'PROCESSING')
    .reduce((s, c) => s + c.count, 0);
  const revenue = counts
    .filter((c) => c.status !== 'CANCELLED' && c.status !== 'REFUNDED')
    .reduce((s, c) => s + c.totalCents, 0);
  return (
    <Stack>
      <Title order={2}>{t('dashboard.welcome', { name: me.user.name })}</Title>
      <Paper withBorder p="md">
        <Text data-testid="active-store">
          {t('dashboard.working', {
            store: active.store.name,
            merchant: active.store.merchant.legalName,
            role: t(`roles.${active.role}`),
          })}
        </Text>
      </Paper>
      <StoreTodo can={can} />
      {can('ORDERS_READ') && counts.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('dashboard.openOrders')}
            </Text>
            <Text fw={700} fz={32}>
              {open}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('dashboard.orderValue')}
            </Text>
            <Text fw={700} fz={32}>
              {formatCents(revenue, i18n.language)}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed" mb="xs">
              {t('dashboard.share')}
            </Text>
            <DonutChart
              size={110}
              thickness={18}
              withTooltip
              data={counts
                .filter((c) => c.count > 0)
                .map((c) => ({
                  name: t(`dashboard.status.${c.status}`),
                  value: c.count,
                  color: `${STATUS_COLOR[c.status]}.6`,
                }))}
            />
          </Card>
        </SimpleGrid>
      )}
      {can('ORDERS_READ') && counts.length > 0 && (
        <Card withBorder>
          <Text fw={600} mb="sm">
            {t('dashboard.byStatus')}
          </Text>
          <BarChart
            h={240}
            dataKey="status"
            data={counts.map((c) => ({ status: t(`dashboard.status.${c.status}`), orders: c.count }))}
            series={[{ name: 'orders', label: t('dashboard.orders'), color: 'indigo.6' }]}
            tickLine="y"
          />
        </Card>
      )}
    </Stack>
  );
}
