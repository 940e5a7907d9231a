import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Drawer,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useSafeDownload } from '../../components/useSafeDownload';
import type { InvoiceType } from '../../gql/graphql';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { formatCents, formatDate } from '../../lib/money';
import { invoiceUblUrl } from '../ubl/ubl-files';
import { invoicePdfUrl } from './invoice-files';
import { CREDIT, INVOICES, PAID } from './invoices-documents';
import { InvoiceZipExport } from './InvoiceZipExport';
import { InvoiceEmailPanel } from './InvoiceEmailPanel';
import { PartialCreditNoteModal } from './PartialCreditNoteModal';
import { InvoiceVatBlock } from '../vat/InvoiceVatBlock';
import { ErrorAlert } from '../../components/feedback';

const STATUS_COLOR: Record<string, string> = { ISSUED: 'blue', PAID: 'green', CANCELLED: 'gray' };
const pct = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;

export function InvoicesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [type, setType] = useState<string>('ALL');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const variables = {
    type: type === 'ALL' ? null : (type as InvoiceType),
    number: /\d|-/.test(debounced) ? debounced : null,
    customer: debounced && !/\d|-/.test(debounced) ? debounced : null,
  };
  const { data, error, refetch } = useQuery(INVOICES, { variables });
  const [markPaid] = useMutation(PAID);
  const [credit] = useMutation(CREDIT);
  const [openId, setOpenId] = useState<string | null>(null);
  const [crediting, setCrediting] = useState(false);
  const money = (c: number) => formatCents(c, i18n.language);
  const open = data?.invoices.nodes.find((n) => n.id === openId) ?? null;
  const safeDownload = useSafeDownload();

  const act = async <T,>(fn: () => Promise<T>, done: string | ((result: T) => string)) => {
    try {
      const result = await fn();
      notifications.show({ color: 'green', message: typeof done === 'string' ? done : done(result) });
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(toApiError(err), i18n) });
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('invoices.title')}</Title>
        {can('EXPORTS_READ') && <InvoiceZipExport />}
      </Group>
      <Group>
        <TextInput
          placeholder={t('invoices.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
        <SegmentedControl
          value={type}
          onChange={setType}
          data={[
            { value: 'ALL', label: t('invoices.all') },
            { value: 'INVOICE', label: t('invoices.invoices') },
            { value: 'CREDIT_NOTE', label: t('invoices.creditNotes') },
          ]}
        />
        <Text c="dimmed">{data ? `${data.invoices.totalCount}` : ''}</Text>
      </Group>
      {error && <ErrorAlert error={error} />}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.number')}</Table.Th>
              <Table.Th>{t('invoices.issued')}</Table.Th>
              <Table.Th>{t('invoices.buyer')}</Table.Th>
              <Table.Th>{t('invoices.status')}</Table.Th>
              <Table.Th ta="right">{t('invoices.total')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.invoices.nodes.map((inv) => (
              <Table.Tr
                key={inv.id}
                style={{ cursor: 'pointer' }}
                onClick={() => setOpenId(inv.id)}
                data-testid="invoice-row"
              >
                <Table.Td ff="monospace" fw={600}>
                  {inv.number}
                  {inv.type === 'CREDIT_NOTE' && (
                    <Badge ml="xs" size="xs" color="orange">
                      {t('invoices.creditNoteBadge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(inv.issueDate, i18n.language)}</Table.Td>
                <Table.Td>{inv.buyer.name}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[inv.status]}>{t(`invoices.statuses.${inv.status}`)}</Badge>
                </Table.Td>
                <Table.Td ta="right">{money(inv.grossCents)}</Table.Td>
                <Table.Td>
                  <Tooltip label={t('invoices.downloadPdf')}>
                    <ActionIcon
                      component="a"
                      href={invoicePdfUrl(inv.id)}
                      variant="subtle"
                      aria-label={`${t('invoices.downloadPdf')} ${inv.number}`}
                      onClick={(e: React.MouseEvent<HTMLAnchorElement>) => {
                        e.stopPropagation();
                        safeDownload(e);
                      }}
                      data-testid="invoice-row-pdf"
                    >
                      <IconDownload size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data?.invoices.nodes.length === 0 && (
          <Text p="md" c="dimmed">
            {t('invoices.empty')}
          </Text>
        )}
      </Paper>

      <Drawer
        opened={!!open}
        onClose={() => setOpenId(null)}
        position="right"
        size="xl"
        title={
          open ? `${open.type === 'CREDIT_NOTE' ? t('invoices.creditNote') : t('invoices.invoice')} ${open.number}` : ''
        }
      >
        {open && (
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600}>{open.seller.legalName}</Text>
                <Text size="sm">{open.seller.addressLine}</Text>
                <Text size="sm">
                  {open.seller.postalCode} {open.seller.city}, {open.seller.country}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('invoices.vat')} {open.seller.vatNumber}
                  {open.seller.rcsNumber ? ` · RCS ${open.seller.rcsNumber}` : ''}
                </Text>
              </div>
              <div style={{ textAlign: 'right' }}>
                <Text fw={600}>{open.buyer.name}</Text>
                {open.buyer.company && <Text size="sm">{open.buyer.company}</Text>}
                <Text size="sm">{open.buyer.addressLine}</Text>
                <Text size="sm">
                  {open.buyer.postalCode} {open.buyer.city}, {open.buyer.country}
                </Text>
                {open.buyer.vatNumber && (
                  <Text size="xs" c="dimmed">
                    VAT {open.buyer.vatNumber}
                  </Text>
                )}
              </div>
            </Group>
            <Text size="sm" c="dimmed">
              {t('invoices.dates', {
                issued: formatDate(open.issueDate, i18n.language),
                supplied: formatDate(open.supplyDate, i18n.language),
              })}
              {open.dueDate ? ` · ${t('invoices.due', { date: formatDate(open.dueDate, i18n.language) })}` : ''} ·{' '}
              {open.language.toUpperCase()}
            </Text>
            <InvoiceVatBlock vat={open.vatDecision} />
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invoices.description')}</Table.Th>
                  <Table.Th ta="right">{t('invoices.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('invoices.unitNet')}</Table.Th>
                  <Table.Th ta="right">{t('invoices.vat')}</Table.Th>
                  <Table.Th ta="right">{t('invoices.net')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {open.lines.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: invoice lines are an immutable, ordered snapshot without ids
                  <Table.Tr key={`${l.sku ?? l.description}-${i}`}>
                    <Table.Td>{l.description}</Table.Td>
                    <Table.Td ta="right">{l.quantity}</Table.Td>
                    <Table.Td ta="right">{money(l.unitPriceNetCents)}</Table.Td>
                    <Table.Td ta="right">{pct(l.vatRateBp)}</Table.Td>
                    <Table.Td ta="right">{money(l.netCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table verticalSpacing={4} fz="sm" w={360} ml="auto">
              <Table.Tbody>
                {open.vatBreakdown.map((r) => (
                  <Table.Tr key={`${r.categoryCode}-${r.rateBp}`}>
                    <Table.Td>{t('invoices.vatOn', { rate: pct(r.rateBp), amount: money(r.taxableCents) })}</Table.Td>
                    <Table.Td ta="right">{money(r.vatCents)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td>{t('invoices.totalNet')}</Table.Td>
                  <Table.Td ta="right">{money(open.netCents)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td fw={700}>{t('invoices.total')}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {money(open.grossCents)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            {open.legalMentions.map((m) => (
              <Text key={m} size="sm" fs="italic">
                {m}
              </Text>
            ))}
            {open.seller.iban && (
              <Text size="xs" c="dimmed">
                IBAN {open.seller.iban} {open.seller.bic ? `· BIC ${open.seller.bic}` : ''}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('invoices.immutable')}
            </Text>
            <Group>
              <Button
                component="a"
                href={invoicePdfUrl(open.id)}
                onClick={safeDownload}
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="invoice-pdf"
              >
                {t('invoices.downloadPdf')}
              </Button>
              <Button
                component="a"
                href={invoiceUblUrl(open.id)}
                onClick={safeDownload}
                variant="default"
                leftSection={<IconDownload size={16} />}
                data-testid="invoice-ubl"
              >
                {t('ubl.download')}
              </Button>
            </Group>
            <InvoiceEmailPanel invoice={open} />
            {open.type === 'INVOICE' && open.status !== 'CANCELLED' && (
              <Group>
                {open.status === 'ISSUED' && can('INVOICES_MARK_PAID') && (
                  <Button
                    onClick={() =>
                      act(() => markPaid({ variables: { input: { id: open.id } } }), t('invoices.markedPaid'))
                    }
                    data-testid="mark-paid"
                  >
                    {t('invoices.markPaid')}
                  </Button>
                )}
                {can('CREDIT_NOTES_CREATE') && (
                  <>
                    <ConfirmAction
                      title={t('confirm.creditTitle', { number: open.number })}
                      message={t('confirm.creditMessage', { number: open.number })}
                      confirmLabel={t('confirm.creditConfirm')}
                      onConfirm={() =>
                        act(
                          () => credit({ variables: { input: { id: open.id } } }),
                          (r) => t('invoices.creditCreated', { number: r.data?.createCreditNote.invoice.number ?? '' }),
                        )
                      }
                      buttonProps={{ variant: 'light' }}
                      testId="full-credit"
                    >
                      {t('invoices.fullCredit')}
                    </ConfirmAction>
                    <Button
                      color="red"
                      variant="subtle"
                      onClick={() => setCrediting(true)}
                      data-testid="partial-credit"
                    >
                      {t('invoices.partialCredit')}
                    </Button>
                  </>
                )}
              </Group>
            )}
          </Stack>
        )}
      </Drawer>
      <PartialCreditNoteModal
        invoice={crediting ? open : null}
        onClose={() => setCrediting(false)}
        onDone={async () => {
          setCrediting(false);
          await refetch();
        }}
      />
    </Stack>
  );
}
