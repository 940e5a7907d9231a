import { useQuery } from '@apollo/client/react';
import { AreaChart, BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { QueryError, useErrorNotification } from '../../components/feedback';
import { useSwitchStore } from '../../app/session';
import { STATUS_COLOR } from '../orders/status';
import { MERCHANT_DASHBOARD } from './merchant-documents';
import { granularityFor, luxembourgToday, PRESETS, type Preset, presetPeriod } from './periods';

const COLORS = [
  'indigo.6',
  'teal.6',
  'orange.6',
  'grape.6',
  'cyan.6',
  'pink.6',
  'lime.6',
  'yellow.6',
  'red.6',
  'blue.6',
];
type Kpi = { value: number; previous?: number | null; changePercent?: number | null };

function money(cents: number, currency: string, lang: string) {
  const tag = lang === 'fr' ? 'fr-LU' : lang === 'de' ? 'de-LU' : 'en-IE';
  return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(cents / 100);
}

function Change({ kpi, lowerIsBetter = false }: { kpi: Kpi; lowerIsBetter?: boolean }) {
  const { t } = useTranslation();
  if (kpi.changePercent === null || kpi.changePercent === undefined) {
    return (
      <Text size="xs" c="dimmed">
        {kpi.previous === null || kpi.previous === undefined ? '' : t('merchant.noChange')}
      </Text>
    );
  }
  const up = kpi.changePercent >= 0;
  const good = lowerIsBetter ? !up : up;
  const Icon = up ? IconArrowUpRight : IconArrowDownRight;
  return (
    <Group gap={2} c={good ? 'teal.7' : 'red.7'} data-testid="kpi-change">
      <Icon size={16} />
      <Text size="xs" fw={600}>
        {`${up ? '+' : ''}${kpi.changePercent.toLocaleString()} %`}
      </Text>
    </Group>
  );
}

function KpiCard({
  label,
  value,
  kpi,
  lowerIsBetter,
}: {
  label: string;
  value: string;
  kpi: Kpi;
  lowerIsBetter?: boolean;
}) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={22}>
        {value}
      </Text>
      <Change kpi={kpi} lowerIsBetter={lowerIsBetter} />
    </Card>
  );
}

/** The merchant's consolidated dashboard: every store it covers for the user, one period. */
export function MerchantDashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { merchantId } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const switchStore = useSwitchStore();
  const notifyError = useErrorNotification();

  const preset = (PRESETS as readonly string[]).includes(params.get('period') ?? '')
    ? (params.get('period') as Preset)
    : '30d';
  const today = luxembourgToday();
  const period =
    preset === 'custom'
      ? { from: params.get('from') ?? today, to: params.get('to') ?? today }
      : presetPeriod(preset, today);
  const compareTo = (params.get('compare') ?? 'PREVIOUS_PERIOD') as 'PREVIOUS_PERIOD' | 'PREVIOUS_YEAR' | 'NONE';
  const storeIds = params.get('stores')?.split(',').filter(Boolean) ?? [];
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const { data, loading, error } = useQuery(MERCHANT_DASHBOARD, {
    variables: {
      id: merchantId ?? '',
      period,
      compareTo,
      storeIds: storeIds.length ? storeIds : null,
      granularity: granularityFor(period.from, period.to),
    },
    skip: !merchantId,
  });
  const m = data?.merchant;
  const storeName = (id: string | null | undefined) =>
    id ? (m?.stores.find((s) => s.id === id)?.name ?? id) : t('merchant.allStores');

  const openStore = async (storeId: string) => {
    try {
      await switchStore(storeId);
      navigate(`/orders?from=${period.from}&to=${period.to}`);
    } catch (err) {
      notifyError(err);
    }
  };

  const controls = (
    <Group align="flex-end" wrap="wrap" data-testid="dashboard-controls">
      <Select
        label={t('merchant.period')}
        data={PRESETS.map((p) => ({ value: p, label: t(`merchant.presets.${p}`) }))}
        value={preset}
        onChange={(v) =>
          update({ period: v, from: v === 'custom' ? period.from : null, to: v === 'custom' ? period.to : null })
        }
        allowDeselect={false}
        w={180}
      />
      {preset === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t('merchant.from')}
            value={period.from}
            onChange={(e) => update({ from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('merchant.to')}
            value={period.to}
            onChange={(e) => update({ to: e.currentTarget.value })}
          />
        </>
      )}
      <Select
        label={t('merchant.compare')}
        data={(['PREVIOUS_PERIOD', 'PREVIOUS_YEAR', 'NONE'] as const).map((c) => ({
          value: c,
          label: t(`merchant.compareTo.${c}`),
        }))}
        value={compareTo}
        onChange={(v) => update({ compare: v })}
        allowDeselect={false}
        w={200}
      />
      <MultiSelect
        label={t('merchant.stores')}
        placeholder={storeIds.length ? undefined : t('merchant.allStores')}
        data={(m?.stores ?? []).filter((s) => s.included).map((s) => ({ value: s.id, label: s.name }))}
        value={storeIds}
        onChange={(v) => update({ stores: v.join(',') })}
        clearable
        miw={240}
        data-testid="store-filter"
      />
    </Group>
  );

  if (error) {
    return (
      <Stack>
        <Title order={2}>{t('merchant.title')}</Title>
        <QueryError error={error} />
      </Stack>
    );
  }
  if (loading || !m) {
    return (
      <Stack data-testid="dashboard-loading">
        <Skeleton h={32} w={320} />
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => (
            <Skeleton key={k} h={86} />
          ))}
        </SimpleGrid>
        <Skeleton h={260} />
      </Stack>
    );
  }

  const excluded = m.stores.filter((s) => !s.included);
  const sets = m.kpis.currencies;
  const hasSales = sets.some((c) => c.orders.value > 0);
  const seriesStores = [...new Set(m.salesSeries.map((p) => p.storeId))];
  const chartData = [...new Set(m.salesSeries.map((p) => String(p.start)))].sort().map((start) => {
    const row: Record<string, string | number> = { start };
    for (const id of seriesStores) {
      row[id] = (m.salesSeries.find((p) => String(p.start) === start && p.storeId === id)?.grossCents ?? 0) / 100;
    }
    return row;
  });

  return (
    <Stack data-testid="merchant-dashboard">
      <Title order={2}>{t('merchant.heading', { merchant: m.legalName })}</Title>
      {controls}
      <Text size="sm" c="dimmed">
        {t('merchant.covers', { count: m.kpis.storeIds.length, from: String(m.kpis.from), to: String(m.kpis.to) })}
        {m.kpis.compareFrom
          ? ` ${t('merchant.comparedWith', { from: String(m.kpis.compareFrom), to: String(m.kpis.compareTo) })}`
          : ''}
      </Text>
      {excluded.length > 0 && (
        <Alert icon={<IconInfoCircle size={18} />} color="gray" data-testid="excluded-stores">
          {excluded.map((s) => (
            <Text size="sm" key={s.id}>
              {t('merchant.excluded', { store: s.name, tier: t(`merchant.tiers.${s.requiredTier ?? 'BUSINESS'}`) })}{' '}
              <Anchor size="sm" onClick={() => void switchStore(s.id).then(() => navigate('/plan'))}>
                {t('merchant.seePlan')}
              </Anchor>
            </Text>
          ))}
        </Alert>
      )}
      {m.kpis.storeIds.length === 0 ? (
        <Paper withBorder p="lg" data-testid="dashboard-empty">
          <Text>{t('merchant.noStores')}</Text>
        </Paper>
      ) : (
        sets.map((c) => (
          <Stack key={c.currency} gap="xs">
            {sets.length > 1 && <Badge variant="light">{c.currency}</Badge>}
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="kpi-cards">
              <KpiCard
                label={t('merchant.kpi.netSales')}
                value={money(c.netSales.value, c.currency, lang)}
                kpi={c.netSales}
              />
              <KpiCard
                label={t('merchant.kpi.grossSales')}
                value={money(c.grossSales.value, c.currency, lang)}
                kpi={c.grossSales}
              />
              <KpiCard label={t('merchant.kpi.vat')} value={money(c.vat.value, c.currency, lang)} kpi={c.vat} />
              <KpiCard label={t('merchant.kpi.orders')} value={c.orders.value.toLocaleString(lang)} kpi={c.orders} />
              <KpiCard label={t('merchant.kpi.units')} value={c.units.value.toLocaleString(lang)} kpi={c.units} />
              <KpiCard
                label={t('merchant.kpi.averageOrderValue')}
                value={money(c.averageOrderValue.value, c.currency, lang)}
                kpi={c.averageOrderValue}
              />
              <KpiCard
                label={t('merchant.kpi.refunds', { count: c.refundCount.value })}
                value={money(c.refunds.value, c.currency, lang)}
                kpi={c.refunds}
                lowerIsBetter
              />
              <KpiCard
                label={t('merchant.kpi.creditNotes', { count: c.creditNoteCount.value })}
                value={money(c.creditNotes.value, c.currency, lang)}
                kpi={c.creditNotes}
                lowerIsBetter
              />
              <KpiCard
                label={t('merchant.kpi.returning')}
                value={`${c.returningCustomerShare.value.toLocaleString(lang)} %`}
                kpi={c.returningCustomerShare}
              />
              <KpiCard
                label={t('merchant.kpi.waiting', { count: c.waitingOver48h.value })}
                value={c.waitingOrders.value.toLocaleString(lang)}
                kpi={c.waitingOrders}
              />
              <KpiCard
                label={t('merchant.kpi.letzshopOverdue')}
                value={c.letzshopUnconfirmedOverdue.value.toLocaleString(lang)}
                kpi={c.letzshopUnconfirmedOverdue}
              />
              <KpiCard
                label={t('merchant.kpi.overdueInvoices', { count: c.overdueInvoiceCount.value })}
                value={money(c.overdueInvoices.value, c.currency, lang)}
                kpi={c.overdueInvoices}
              />
              <KpiCard
                label={t('merchant.kpi.lowStock')}
                value={c.lowStockProducts.value.toLocaleString(lang)}
                kpi={c.lowStockProducts}
              />
            </SimpleGrid>
          </Stack>
        ))
      )}
      {m.kpis.storeIds.length > 0 && !hasSales && (
        <Paper withBorder p="lg" data-testid="dashboard-no-sales">
          <Text>{t('merchant.noSales')}</Text>
        </Paper>
      )}
      {hasSales && (
        <SimpleGrid cols={{ base: 1, lg: 3 }}>
          <Card withBorder style={{ gridColumn: 'span 2' }}>
            <Text fw={600} mb="sm">
              {t('merchant.salesChart')}
            </Text>
            <AreaChart
              h={260}
              dataKey="start"
              type="stacked"
              data={chartData}
              series={seriesStores.map((id, i) => ({
                name: id,
                label: storeName(id),
                color: COLORS[i % COLORS.length]!,
              }))}
              withLegend
              data-testid="sales-chart"
            />
          </Card>
          <Card withBorder>
            <Text fw={600} mb="sm">
              {t('dashboard.byStatus')}
            </Text>
            <BarChart
              h={260}
              dataKey="status"
              data={m.ordersByStatus.map((s) => ({
                status: t(`dashboard.status.${s.status}`),
                orders: s.count,
                color: `${STATUS_COLOR[s.status]}.6`,
              }))}
              series={[{ name: 'orders', label: t('dashboard.orders'), color: 'indigo.6' }]}
              tickLine="y"
            />
          </Card>
        </SimpleGrid>
      )}
      {hasSales && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Card withBorder>
            <Text fw={600} mb="sm">
              {t('merchant.topProducts')}
            </Text>
            <Table data-testid="top-products">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('merchant.product')}</Table.Th>
                  <Table.Th>{t('merchant.store')}</Table.Th>
                  <Table.Th ta="right">{t('merchant.kpi.units')}</Table.Th>
                  <Table.Th ta="right">{t('merchant.revenue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.topProducts.map((p) => (
                  <Table.Tr key={p.productId}>
                    <Table.Td>
                      {p.name}{' '}
                      <Text span size="xs" c="dimmed">
                        {p.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>{storeName(p.storeId)}</Table.Td>
                    <Table.Td ta="right">{p.units.toLocaleString(lang)}</Table.Td>
                    <Table.Td ta="right">{money(p.grossCents, p.currency, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder>
            <Text fw={600} mb="sm">
              {t('merchant.storeTable')}
            </Text>
            <Table data-testid="store-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('merchant.store')}</Table.Th>
                  <Table.Th ta="right">{t('merchant.kpi.netSales')}</Table.Th>
                  <Table.Th ta="right">{t('merchant.kpi.orders')}</Table.Th>
                  <Table.Th ta="right">{t('merchant.kpi.averageOrderValue')}</Table.Th>
                  <Table.Th ta="right">{t('merchant.waiting')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {m.storeTable.map((r) => (
                  <Table.Tr key={`${r.storeId ?? 'all'}-${r.currency}`} fw={r.storeId ? undefined : 700}>
                    <Table.Td>
                      {r.storeId ? (
                        <Anchor size="sm" onClick={() => void openStore(r.storeId!)}>
                          {storeName(r.storeId)}
                        </Anchor>
                      ) : (
                        storeName(null)
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {money(r.netSales.value, r.currency, lang)}
                      <Change kpi={r.netSales} />
                    </Table.Td>
                    <Table.Td ta="right">{r.orders.value.toLocaleString(lang)}</Table.Td>
                    <Table.Td ta="right">{money(r.averageOrderValue.value, r.currency, lang)}</Table.Td>
                    <Table.Td ta="right">{r.waitingOrders.toLocaleString(lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </SimpleGrid>
      )}
      <Group>
        <Button variant="subtle" onClick={() => navigate('/')}>
          {t('merchant.backToStore')}
        </Button>
      </Group>
    </Stack>
  );
}
