import { useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/feedback';
import { useSession } from '../../app/session';
import { useSafeDownload } from '../../components/useSafeDownload';
import { downloadUrl } from '../../lib/download';
import { formatCents } from '../../lib/money';
import { OSS_REPORT } from './oss-report-documents';
import { pct } from './percent';

/** The Union OSS quarterly return, on screen and as CSV. */
export function OssReportPanel() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const safeDownload = useSafeDownload();
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
            onClick={safeDownload}
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
      {error && <ErrorAlert error={error} />}
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
