import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Card,
  Group,
  List,
  Loader,
  Progress,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import type { Tier } from '../../gql/graphql';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { formatCents, formatDate } from '../../lib/money';
import { ErrorAlert } from '../../components/feedback';
import { CHANGE, STORE_SUBSCRIPTION, TIERS } from './plan-documents';

function Meter({
  label,
  testId,
  used,
  limit,
  percent,
}: {
  label: string;
  /** Stable across languages, for tests. */
  testId: string;
  used: number;
  limit: number | null | undefined;
  percent: number | null | undefined;
}) {
  const { t } = useTranslation();
  const p = percent ?? 0;
  const color = p >= 100 ? 'red' : p >= 80 ? 'yellow' : 'indigo';
  return (
    <Card withBorder>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text c="dimmed" size="sm">
            {label}
          </Text>
          <Text fw={700} size="xl" data-testid={`meter-${testId}`}>
            {used} {limit == null ? '' : `/ ${limit}`}
          </Text>
          {limit == null && <Badge variant="light">{t('planPage.unlimited')}</Badge>}
        </div>
        {limit != null && (
          <RingProgress
            size={90}
            thickness={9}
            roundCaps
            sections={[{ value: p, color }]}
            label={
              <Text ta="center" size="sm">
                {p}%
              </Text>
            }
          />
        )}
      </Group>
      {limit != null && <Progress mt="sm" value={p} color={color} />}
    </Card>
  );
}

export function PlanPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(STORE_SUBSCRIPTION);
  const tiers = useQuery(TIERS);
  const [change, changing] = useMutation(CHANGE);
  const manage = can('SUBSCRIPTION_MANAGE');
  if (loading && !data) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  const s = data!.storeSubscription;

  const choose = async (tier: Tier) => {
    try {
      const r = await change({ variables: { input: { tier } } });
      notifications.show({ color: 'green', message: t('planPage.nowOn', { plan: r.data!.changeTier.plan.name }) });
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('planPage.title')}</Title>
        <Badge size="xl" variant="light" data-testid="current-tier">
          {s.plan.name}
        </Badge>
      </Group>
      <Text c="dimmed" size="sm">
        {t('planPage.period', {
          from: formatDate(s.currentPeriodStart, i18n.language),
          to: formatDate(s.currentPeriodEnd, i18n.language),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Meter
          label={t('planPage.ordersThisMonth')}
          testId="Orders this month"
          used={s.ordersInPeriod}
          limit={s.plan.ordersPerMonth}
          percent={s.orderUsagePercent}
        />
        <Meter
          label={t('planPage.products')}
          testId="Products"
          used={s.productCount}
          limit={s.plan.products}
          percent={s.productUsagePercent}
        />
      </SimpleGrid>
      <Title order={3} mt="md">
        {t('planPage.plans')}
      </Title>
      {!manage && <Text c="dimmed">{t('planPage.ownerOnly')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {tiers.data?.tiers.map((p) => {
          const current = p.tier === s.plan.tier;
          return (
            <Card
              key={p.tier}
              withBorder
              shadow={current ? 'md' : undefined}
              style={current ? { borderColor: 'var(--mantine-color-indigo-5)' } : undefined}
            >
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={700} size="lg">
                    {p.name}
                  </Text>
                  {current && <Badge>{t('planPage.current')}</Badge>}
                </Group>
                <Text size="xl" fw={700}>
                  {formatCents(p.monthlyPriceCents, i18n.language)}{' '}
                  <Text span size="sm" c="dimmed">
                    {t('planPage.perMonth')}
                  </Text>
                </Text>
                <List size="sm" spacing={4} icon={<IconCheck size={14} />}>
                  <List.Item>
                    {p.ordersPerMonth == null
                      ? t('planPage.unlimitedOrders')
                      : t('planPage.ordersPerMonth', { count: p.ordersPerMonth })}
                  </List.Item>
                  <List.Item>
                    {p.products == null
                      ? t('planPage.unlimitedProducts')
                      : t('planPage.productCount', { count: p.products })}
                  </List.Item>
                  {p.featureNames.map((f) => (
                    <List.Item key={f}>{f}</List.Item>
                  ))}
                </List>
                {manage && !current && (
                  <ConfirmAction
                    title={t('confirm.planTitle', { plan: p.name })}
                    message={t('confirm.planMessage', {
                      plan: p.name,
                      price: formatCents(p.monthlyPriceCents, i18n.language),
                      orders:
                        p.ordersPerMonth == null
                          ? t('confirm.unlimitedOrders')
                          : t('confirm.orders', { count: p.ordersPerMonth }),
                      products:
                        p.products == null
                          ? t('confirm.unlimitedProducts')
                          : t('confirm.products', { count: p.products }),
                    })}
                    confirmLabel={t('confirm.planConfirm', { plan: p.name })}
                    onConfirm={() => choose(p.tier)}
                    color="indigo"
                    disabled={changing.loading}
                    testId={`choose-${p.tier}`}
                  >
                    {t('planPage.switchTo', { plan: p.name })}
                  </ConfirmAction>
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
