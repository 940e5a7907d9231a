import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSafeDownload } from '../../components/useSafeDownload';
import { ErrorAlert } from '../../components/feedback';
import { ZIP_COUNT } from './invoices-documents';
import { invoiceZipUrl, MAX_ZIP_DAYS, previousMonth, zipRangeProblem } from './invoice-files';

/** A date range (default: last month) and a link to the ZIP of the PDFs issued in it. */
export function InvoiceZipExport() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [range, setRange] = useState(() => previousMonth(new Date()));
  const [type, setType] = useState<'all' | 'invoice' | 'credit_note'>('all');
  const problem = zipRangeProblem(range.from, range.to);
  const { data, error } = useQuery(ZIP_COUNT, {
    variables: {
      from: range.from,
      to: range.to,
      type: type === 'all' ? null : type === 'invoice' ? 'INVOICE' : 'CREDIT_NOTE',
    },
    skip: !opened || problem !== null,
  });
  const count = data?.invoices.totalCount;
  const safeDownload = useSafeDownload();

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileZip size={16} />}
        onClick={() => setOpened(true)}
        data-testid="zip-open"
      >
        {t('invoices.zip.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('invoices.zip.title')}>
        <Stack>
          <Group grow>
            <TextInput
              type="date"
              label={t('invoices.zip.from')}
              value={range.from}
              onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
              data-testid="zip-from"
            />
            <TextInput
              type="date"
              label={t('invoices.zip.to')}
              value={range.to}
              onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
              data-testid="zip-to"
            />
          </Group>
          <SegmentedControl
            value={type}
            onChange={(v) => setType(v as typeof type)}
            data={[
              { value: 'all', label: t('invoices.all') },
              { value: 'invoice', label: t('invoices.invoices') },
              { value: 'credit_note', label: t('invoices.creditNotes') },
            ]}
          />
          {problem && <Alert color="orange">{t(`invoices.zip.${problem}`, { days: MAX_ZIP_DAYS })}</Alert>}
          {error && <ErrorAlert error={error} />}
          {!problem && count !== undefined && (
            <Text size="sm" c="dimmed" data-testid="zip-count">
              {t('invoices.zip.count', { count })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button
              component="a"
              href={problem || !count ? undefined : invoiceZipUrl({ ...range, type: type === 'all' ? null : type })}
              onClick={safeDownload}
              disabled={!!problem || !count}
              leftSection={<IconFileZip size={16} />}
              data-testid="zip-download"
            >
              {t('invoices.zip.download')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
