import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { downloadUrl } from '../../lib/download';
import { fieldErrors, toApiError } from '../../lib/graphql-errors';
import { formatCents, parseEuros } from '../../lib/money';
import { EU_COUNTRIES } from '@orion/vat/countries';
import { GoodsKindReadiness, GoodsKindReviewLink } from './GoodsKindReadiness';
import { GoodsRatesTable } from './GoodsRatesTable';

const VAT_SETTINGS = graphql(`
  query VatSettings { vatSettings { ossRegistered ossRegisteredSince ossRegistrationCountry } }
`);
const UPDATE_VAT_SETTINGS = graphql(`
  mutation UpdateVatSettings($input: UpdateVatSettingsInput!) {
    updateVatSettings(input: $input) { ossRegistered ossRegisteredSince ossRegistrationCountry }
  }
`);
export const THRESHOLD = graphql(`
  query VatThreshold {
    vatThreshold {
      year thresholdCents currentYearCents previousYearCents currentYearPercent previousYearPercent
      currentYearOutsideOrionCents previousYearOutsideOrionCents
      warning exceeded ossRegistered destinationVat message
    }
  }
`);
const SET_OUTSIDE = graphql(`
  mutation SetCrossBorderSalesOutsideOrion($year: Int!, $cents: Int!) {
    setCrossBorderSalesOutsideOrion(year: $year, cents: $cents) { year }
  }
`);
const RATES = graphql(`
  query VatRates($country: String, $asOf: String) {
    vatRates(country: $country, asOf: $asOf) { country category rateBp validFrom validTo source }
  }
`);
const OSS_REPORT = graphql(`
  query OssReport($year: Int!, $quarter: Int!) {
    ossReport(year: $year, quarter: $quarter) {
      year quarter from to totalTaxableCents totalVatCents
      rows { memberState rateBp taxableCents vatCents creditNoteTaxableCents creditNoteVatCents invoiceCount creditNoteCount }
    }
  }
`);

export const pct = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
const today = () => new Date().toISOString().slice(0, 10);

/** EU VAT: OSS settings and the threshold meter, the rate table, the OSS quarterly report. */
export function VatPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [tab, setTab] = useState<string | null>(can('SETTINGS_READ') ? 'settings' : 'rates');
  return (
    <Stack>
      <Title order={2}>{t('vat.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="settings" data-testid="vat-tab-settings">
            {t('vat.tabs.settings')}
          </Tabs.Tab>
          <Tabs.Tab value="rates" data-testid="vat-tab-rates">
            {t('vat.tabs.rates')}
          </Tabs.Tab>
          <Tabs.Tab value="report" data-testid="vat-tab-report">
            {t('vat.tabs.report')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="settings" pt="md">
          <Stack>
            {can('SETTINGS_READ') && <OssSettings />}
            <ThresholdMeter canWrite={can('SETTINGS_WRITE')} />
            {can('PRODUCTS_READ') && <GoodsKindReadiness canWrite={can('PRODUCTS_WRITE')} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="rates" pt="md">
          <RatesBrowser />
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <OssReportView />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function OssSettings() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, loading, error } = useQuery(VAT_SETTINGS);
  const [update, saving] = useMutation(UPDATE_VAT_SETTINGS, { refetchQueries: ['VatThreshold'] });
  const [registered, setRegistered] = useState(false);
  const [since, setSince] = useState('');
  const [country, setCountry] = useState<string | null>('LU');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const write = can('SETTINGS_WRITE');

  useEffect(() => {
    const s = data?.vatSettings;
    if (s) {
      setRegistered(s.ossRegistered);
      setSince(s.ossRegisteredSince ?? '');
      setCountry(s.ossRegistrationCountry ?? 'LU');
    }
  }, [data]);

  if (loading && !data) return <Loader />;
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;
  const save = async () => {
    try {
      setErrors({});
      await update({
        variables: {
          input: { ossRegistered: registered, ossRegisteredSince: since || null, ossRegistrationCountry: country },
        },
      });
      notifications.show({ color: 'green', message: t('vat.oss.saved') });
    } catch (err) {
      const api = toApiError(err);
      setErrors(fieldErrors(api));
      notifications.show({ color: 'red', title: t('errors.notDone'), message: api.message });
    }
  };
  return (
    <Paper withBorder p="lg" maw={860}>
      <Stack>
        <Text fw={600}>{t('vat.oss.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('vat.oss.help')}
        </Text>
        <Switch
          label={t('vat.oss.registered')}
          checked={registered}
          disabled={!write}
          onChange={(e) => setRegistered(e.currentTarget.checked)}
          data-testid="oss-registered"
        />
        {registered && (
          <Group grow maw={520}>
            <TextInput
              type="date"
              label={t('vat.oss.since')}
              value={since}
              disabled={!write}
              onChange={(e) => setSince(e.currentTarget.value)}
              error={errors.ossRegisteredSince}
              data-testid="oss-since"
            />
            <Select
              label={t('vat.oss.country')}
              data={[...EU_COUNTRIES]}
              value={country}
              disabled={!write}
              allowDeselect={false}
              onChange={setCountry}
              error={errors.ossRegistrationCountry}
            />
          </Group>
        )}
        {registered && !data?.vatSettings.ossRegistered && can('PRODUCTS_READ') && (
          <GoodsKindReadiness turningOn canWrite={can('PRODUCTS_WRITE')} />
        )}
        {write && (
          <Button w="fit-content" onClick={save} loading={saving.loading} data-testid="oss-save">
            {t('vat.oss.save')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

export function ThresholdMeter({ canWrite = false }: { canWrite?: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(THRESHOLD);
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;
  if (!data) return <Loader />;
  const th = data.vatThreshold;
  const money = (c: number) => formatCents(c, i18n.language);
  const color = th.exceeded ? 'red' : th.warning ? 'orange' : 'indigo';
  const limit = money(th.thresholdCents);
  const message = th.ossRegistered
    ? t('vat.threshold.msgOss')
    : th.previousYearCents > th.thresholdCents
      ? t('vat.threshold.msgPrevious', { amount: money(th.previousYearCents), limit, year: th.year })
      : th.currentYearCents > th.thresholdCents
        ? t('vat.threshold.msgCurrent', { amount: money(th.currentYearCents), limit })
        : th.warning
          ? t('vat.threshold.msgWarning', { percent: th.currentYearPercent, limit })
          : t('vat.threshold.msgUnder', { limit });
  const bar = (label: string, cents: number, percent: number, c: string) => (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" c="dimmed">
          {t('vat.threshold.of', { amount: money(cents), limit: money(th.thresholdCents) })} · {percent} %
        </Text>
      </Group>
      <Progress value={Math.min(100, percent)} color={c} size="lg" />
    </Stack>
  );
  return (
    <Paper withBorder p="lg" maw={860} data-testid="threshold-meter">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>{t('vat.threshold.title')}</Text>
          <Badge color={th.destinationVat ? 'grape' : 'gray'} data-testid="threshold-regime">
            {th.destinationVat ? t('vat.threshold.destination') : t('vat.threshold.origin')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('vat.threshold.help')}
        </Text>
        {bar(t('vat.threshold.thisYear', { year: th.year }), th.currentYearCents, th.currentYearPercent, color)}
        {bar(
          t('vat.threshold.lastYear', { year: th.year - 1 }),
          th.previousYearCents,
          th.previousYearPercent,
          th.previousYearCents > th.thresholdCents ? 'red' : 'gray',
        )}
        {(th.warning || th.exceeded) && (
          <Alert
            color={th.exceeded ? 'red' : 'orange'}
            title={th.exceeded ? t('vat.threshold.exceeded') : t('vat.threshold.warning')}
          >
            <Stack gap={4}>
              <Text size="sm">{message}</Text>
              <GoodsKindReviewLink />
            </Stack>
          </Alert>
        )}
        {!th.warning && !th.exceeded && (
          <Text size="sm" data-testid="threshold-message">
            {message}
          </Text>
        )}
        {canWrite && (
          <SalesOutsideOrion
            year={th.year}
            current={th.currentYearOutsideOrionCents}
            previous={th.previousYearOutsideOrionCents}
          />
        )}
      </Stack>
    </Paper>
  );
}

const euros = (cents: number) => (cents ? (cents / 100).toFixed(2) : '');

function SalesOutsideOrion({ year, current, previous }: { year: number; current: number; previous: number }) {
  const { t } = useTranslation();
  const [set, saving] = useMutation(SET_OUTSIDE, { refetchQueries: ['VatThreshold'] });
  const [values, setValues] = useState({ current: euros(current), previous: euros(previous) });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValues({ current: euros(current), previous: euros(previous) }), [current, previous]);
  const save = async () => {
    const cur = values.current.trim() ? parseEuros(values.current) : 0;
    const prev = values.previous.trim() ? parseEuros(values.previous) : 0;
    if (cur === null || prev === null) return setError(t('vat.threshold.outsideInvalid'));
    setError(null);
    try {
      await set({ variables: { year: year - 1, cents: prev } });
      await set({ variables: { year, cents: cur } });
      notifications.show({ color: 'green', message: t('vat.threshold.outsideSaved') });
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: toApiError(err).message });
    }
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('vat.threshold.outside')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('vat.threshold.outsideHelp')}
      </Text>
      <Group align="end">
        <TextInput
          label={t('vat.threshold.outsideYear', { year: year - 1 })}
          value={values.previous}
          onChange={(e) => setValues({ ...values, previous: e.currentTarget.value })}
          error={error}
          w={250}
        />
        <TextInput
          label={t('vat.threshold.outsideYear', { year })}
          value={values.current}
          onChange={(e) => setValues({ ...values, current: e.currentTarget.value })}
          w={250}
        />
        <Button variant="light" onClick={save} loading={saving.loading}>
          {t('vat.threshold.outsideSave')}
        </Button>
      </Group>
    </Stack>
  );
}

function RatesBrowser() {
  const { t } = useTranslation();
  const [country, setCountry] = useState<string | null>('LU');
  const [asOf, setAsOf] = useState(today());
  const valid = asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const { data, error, loading } = useQuery(RATES, {
    variables: { country, asOf: asOf || null },
    skip: !valid,
  });
  return (
    <Stack maw={960}>
      <Group align="end">
        <Select
          label={t('vat.rates.country')}
          placeholder={t('vat.rates.allCountries')}
          data={[...EU_COUNTRIES]}
          value={country}
          onChange={setCountry}
          clearable
          searchable
          w={200}
          data-testid="rates-country"
        />
        <TextInput
          type="date"
          label={t('vat.rates.date')}
          description={t('vat.rates.allDates')}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          data-testid="rates-date"
        />
      </Group>
      {error && <Alert color="red">{toApiError(error).message}</Alert>}
      {loading && !data && <Loader />}
      {data && data.vatRates.length === 0 && <Text c="dimmed">{t('vat.rates.none')}</Text>}
      {data && data.vatRates.length > 0 && (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" data-testid="rates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vat.rates.country')}</Table.Th>
                <Table.Th>{t('vat.rates.category')}</Table.Th>
                <Table.Th ta="right">{t('vat.rates.rate')}</Table.Th>
                <Table.Th>{t('vat.rates.from')}</Table.Th>
                <Table.Th>{t('vat.rates.to')}</Table.Th>
                <Table.Th>{t('vat.rates.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.vatRates.map((r) => (
                <Table.Tr key={`${r.country}-${r.category}-${r.validFrom ?? ''}`}>
                  <Table.Td>{r.country}</Table.Td>
                  <Table.Td>{r.category.replace('_', '-')}</Table.Td>
                  <Table.Td ta="right">{pct(r.rateBp)}</Table.Td>
                  <Table.Td>{r.validFrom ?? '—'}</Table.Td>
                  <Table.Td>{r.validTo ?? t('vat.rates.open')}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {r.source}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {country && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && <GoodsRatesTable country={country} asOf={asOf} />}
    </Stack>
  );
}

function OssReportView() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const now = new Date();
  const [year, setYear] = useState(String(now.getUTCFullYear()));
  const [quarter, setQuarter] = useState(String(Math.floor(now.getUTCMonth() / 3) + 1));
  const { data, error, loading } = useQuery(OSS_REPORT, {
    variables: { year: Number(year), quarter: Number(quarter) },
  });
  const money = (c: number) => formatCents(c, i18n.language);
  const years = Array.from({ length: now.getUTCFullYear() - 2020 }, (_, i) => String(now.getUTCFullYear() - i));
  const r = data?.ossReport;
  return (
    <Stack maw={1060}>
      <Group align="end">
        <Select label={t('vat.report.year')} data={years} value={year} onChange={(v) => v && setYear(v)} w={120} />
        <Select
          label={t('vat.report.quarter')}
          data={['1', '2', '3', '4'].map((q) => ({ value: q, label: `Q${q}` }))}
          value={quarter}
          onChange={(v) => v && setQuarter(v)}
          w={110}
          data-testid="report-quarter"
        />
        {can('EXPORTS_READ') && (
          <Button
            component="a"
            href={downloadUrl(`/api/vat/oss-report.csv?year=${year}&quarter=${quarter}`)}
            variant="light"
            leftSection={<IconDownload size={16} />}
            data-testid="report-csv"
          >
            {t('vat.report.download')}
          </Button>
        )}
        {r && (
          <Text c="dimmed" size="sm">
            {t('vat.report.period', { from: r.from, to: r.to })}
          </Text>
        )}
      </Group>
      {error && <Alert color="red">{toApiError(error).message}</Alert>}
      {loading && !data && <Loader />}
      {r && r.rows.length === 0 && <Text c="dimmed">{t('vat.report.empty')}</Text>}
      {r && r.rows.length > 0 && (
        <Paper withBorder>
          <Table verticalSpacing="xs" data-testid="report-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vat.report.memberState')}</Table.Th>
                <Table.Th ta="right">{t('vat.report.rate')}</Table.Th>
                <Table.Th ta="right">{t('vat.report.taxable')}</Table.Th>
                <Table.Th ta="right">{t('vat.report.vat')}</Table.Th>
                <Table.Th ta="right">{t('vat.report.creditNotes')}</Table.Th>
                <Table.Th ta="right">{t('vat.report.documents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.rows.map((row) => (
                <Table.Tr key={`${row.memberState}-${row.rateBp}`}>
                  <Table.Td>{row.memberState}</Table.Td>
                  <Table.Td ta="right">{pct(row.rateBp)}</Table.Td>
                  <Table.Td ta="right">{money(row.taxableCents)}</Table.Td>
                  <Table.Td ta="right">{money(row.vatCents)}</Table.Td>
                  <Table.Td ta="right">
                    {row.creditNoteCount
                      ? `${money(row.creditNoteTaxableCents)} / ${money(row.creditNoteVatCents)}`
                      : '—'}
                  </Table.Td>
                  <Table.Td ta="right">
                    {row.invoiceCount} / {row.creditNoteCount}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td colSpan={2}>{t('vat.report.total')}</Table.Td>
                <Table.Td ta="right">{money(r.totalTaxableCents)}</Table.Td>
                <Table.Td ta="right">{money(r.totalVatCents)}</Table.Td>
                <Table.Td colSpan={2} />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
