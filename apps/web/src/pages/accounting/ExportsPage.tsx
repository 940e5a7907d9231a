import { useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/feedback';
import { useSafeDownload } from '../../components/useSafeDownload';
import { downloadUrl } from '../../lib/download';
import { formatCents } from '../../lib/money';
import { FeatureGate } from '../plan/FeatureGate';
import { pct } from '../vat/percent';
import { VAT_JOURNAL } from './exports-documents';
import { type PeriodKind, periodOf } from './period';

type Format = 'register' | 'vat-journal';
type Dialect = 'generic' | 'excel';

/** Accounting → Exports: the invoice register and the VAT journal of a period, checked before download. */
export function ExportsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const safeDownload = useSafeDownload();
  const dialectKey = `orion.exportDialect.${me.user.id}`;
  const [kind, setKind] = useState<PeriodKind | 'custom'>('month');
  const [range, setRange] = useState(() => periodOf('month', new Date()));
  const [format, setFormat] = useState<Format>('register');
  const [dialect, setDialectState] = useState<Dialect>(() =>
    localStorage.getItem(dialectKey) === 'excel' ? 'excel' : 'generic',
  );
  const setDialect = (d: Dialect) => {
    localStorage.setItem(dialectKey, d);
    setDialectState(d);
  };
  const { data, error, loading } = useQuery(VAT_JOURNAL, { variables: range });
  const money = (c: number) => formatCents(c, i18n.language);
  const j = data?.vatJournal;
  const url = `/api/accounting/${format}.csv?from=${range.from}&to=${range.to}&dialect=${dialect}`;
  return (
    <Stack maw={1060}>
      <Title order={2}>{t('accounting.exports.title')}</Title>
      <Group align="end">
        <Select
          label={t('accounting.exports.period')}
          data={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({
            value: k,
            label: t(`accounting.exports.periods.${k}`),
          }))}
          value={kind}
          onChange={(v) => {
            if (!v) return;
            setKind(v as PeriodKind | 'custom');
            if (v !== 'custom') setRange(periodOf(v as PeriodKind, new Date(`${range.from}T00:00:00Z`)));
          }}
          w={160}
          data-testid="export-period"
        />
        <TextInput
          type="date"
          label={t('accounting.exports.from')}
          value={range.from}
          onChange={(e) => {
            setKind('custom');
            setRange({ ...range, from: e.currentTarget.value });
          }}
        />
        <TextInput
          type="date"
          label={t('accounting.exports.to')}
          value={range.to}
          onChange={(e) => {
            setKind('custom');
            setRange({ ...range, to: e.currentTarget.value });
          }}
        />
      </Group>
      <Group align="end">
        <Select
          label={t('accounting.exports.format')}
          data={(['register', 'vat-journal'] as const).map((f) => ({
            value: f,
            label: t(`accounting.exports.formats.${f}`),
          }))}
          value={format}
          onChange={(v) => v && setFormat(v as Format)}
          w={220}
          data-testid="export-format"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('accounting.exports.dialect')}
          </Text>
          <SegmentedControl
            value={dialect}
            onChange={(v) => setDialect(v as Dialect)}
            data={[
              { value: 'generic', label: t('accounting.exports.dialects.generic') },
              { value: 'excel', label: t('accounting.exports.dialects.excel') },
            ]}
            data-testid="export-dialect"
          />
        </Stack>
        <FeatureGate feature="ACCOUNTING_EXPORT" label={t('accounting.exports.download')}>
          <Button
            component="a"
            href={downloadUrl(url)}
            onClick={safeDownload}
            leftSection={<IconDownload size={16} />}
            disabled={!j}
            data-testid="export-download"
          >
            {t('accounting.exports.download')}
          </Button>
        </FeatureGate>
      </Group>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <Loader />}
      {j && (
        <Stack gap="xs" data-testid="export-check">
          <Text>{t('accounting.exports.documents', { invoices: j.invoiceCount, creditNotes: j.creditNoteCount })}</Text>
          <Text c={j.numberingGaps.length ? 'red' : 'dimmed'} data-testid="export-gaps">
            {j.numberingGaps.length
              ? t('accounting.exports.gaps', {
                  gaps: j.numberingGaps.map((g) => `${g.series} ${g.fromSequence}–${g.toSequence}`).join(', '),
                })
              : t('accounting.exports.noGaps')}
          </Text>
          {j.rows.length > 0 && (
            <Paper withBorder>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('accounting.exports.kind')}</Table.Th>
                    <Table.Th>{t('accounting.exports.category')}</Table.Th>
                    <Table.Th ta="right">{t('accounting.exports.rate')}</Table.Th>
                    <Table.Th ta="right">{t('accounting.exports.net')}</Table.Th>
                    <Table.Th ta="right">{t('accounting.exports.vat')}</Table.Th>
                    <Table.Th ta="right">{t('accounting.exports.gross')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {j.rows.map((r) => (
                    <Table.Tr key={`${r.regime}-${r.categoryCode}-${r.rateBp}`}>
                      <Table.Td>{t(`accounting.exports.kinds.${r.kind}`)}</Table.Td>
                      <Table.Td>{r.categoryCode}</Table.Td>
                      <Table.Td ta="right">{pct(r.rateBp)}</Table.Td>
                      <Table.Td ta="right">{money(r.netCents)}</Table.Td>
                      <Table.Td ta="right">{money(r.vatCents)}</Table.Td>
                      <Table.Td ta="right">{money(r.grossCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Td colSpan={3}>{t('accounting.exports.total')}</Table.Td>
                    <Table.Td ta="right">{money(j.netCents)}</Table.Td>
                    <Table.Td ta="right">{money(j.vatCents)}</Table.Td>
                    <Table.Td ta="right">{money(j.grossCents)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </Stack>
      )}
    </Stack>
  );
}
