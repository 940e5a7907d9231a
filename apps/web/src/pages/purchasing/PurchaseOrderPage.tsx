import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconDownload, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { QueryError, useErrorNotification } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { useSafeDownload } from '../../components/useSafeDownload';
import { downloadUrl } from '../../lib/download';
import { formatCents, formatDate, formatDateTime } from '../../lib/money';
import { PoStatusBadge } from './PurchasingPage';
import { PurchasingGate } from './PurchasingGate';
import {
  CANCEL_PURCHASE_ORDER,
  CLOSE_PURCHASE_ORDER,
  PURCHASE_ORDER,
  SEND_PURCHASE_ORDER,
} from './purchasing-documents';

export function PurchaseOrderPage() {
  return (
    <PurchasingGate>
      <PurchaseOrderDetail />
    </PurchasingGate>
  );
}

function PurchaseOrderDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const safeDownload = useSafeDownload();
  const notifyError = useErrorNotification();
  const { data, error, refetch } = useQuery(PURCHASE_ORDER, { variables: { id } });
  const [send] = useMutation(SEND_PURCHASE_ORDER);
  const [close] = useMutation(CLOSE_PURCHASE_ORDER);
  const [cancel] = useMutation(CANCEL_PURCHASE_ORDER);
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  const po = data?.purchaseOrder;
  if (!po) return null;
  const run = (m: () => Promise<unknown>) => async () => {
    try {
      await m();
      await refetch();
    } catch (e) {
      notifyError(e);
    }
  };
  const open = po.status === 'SENT' || po.status === 'PARTIALLY_RECEIVED';
  const write = can('PURCHASE_ORDERS_WRITE');
  return (
    <Stack>
      <PageHeader
        title={
          <Group gap="sm">
            {po.number} <PoStatusBadge status={po.status} />
          </Group>
        }
        subtitle={`${po.supplierName} · ${t('purchasing.deliverTo')} ${po.deliveryLocation.warehouse} / ${po.deliveryLocation.bin}`}
        actions={
          <Group>
            <Button
              component="a"
              variant="default"
              href={downloadUrl(`/api/purchase-orders/${po.id}.pdf?lang=${i18n.language}`)}
              onClick={safeDownload}
              leftSection={<IconDownload size={16} />}
            >
              {t('purchasing.pdf')}
            </Button>
            {write && po.status === 'DRAFT' && (
              <ConfirmAction
                title={t('purchasing.sendTitle')}
                message={t('purchasing.sendMessage', { supplier: po.supplierName })}
                confirmLabel={t('purchasing.send')}
                color="blue"
                testId="po-send"
                onConfirm={run(() => send({ variables: { id: po.id } }))}
              >
                {t('purchasing.send')}
              </ConfirmAction>
            )}
            {write && open && (
              <Button
                component={Link}
                to={`/purchasing/orders/${po.id}/receive`}
                leftSection={<IconTruckDelivery size={16} />}
                data-testid="po-receive"
              >
                {t('purchasing.receive')}
              </Button>
            )}
            {write && open && (
              <ConfirmAction
                title={t('purchasing.closeTitle')}
                message={t('purchasing.closeMessage', { count: po.remaining })}
                confirmLabel={t('purchasing.close')}
                onConfirm={run(() => close({ variables: { id: po.id } }))}
              >
                {t('purchasing.close')}
              </ConfirmAction>
            )}
            {write && (po.status === 'DRAFT' || po.status === 'SENT') && (
              <ConfirmAction
                title={t('purchasing.cancelTitle')}
                message={t('purchasing.cancelMessage')}
                confirmLabel={t('purchasing.cancelOrder')}
                onConfirm={run(() => cancel({ variables: { id: po.id } }))}
              >
                {t('purchasing.cancelOrder')}
              </ConfirmAction>
            )}
          </Group>
        }
      />
      <Text size="sm">
        {po.orderDate && `${t('purchasing.orderDate')}: ${formatDate(po.orderDate, i18n.language)} · `}
        {t('purchasing.expected')}: {po.expectedDate ? formatDate(po.expectedDate, i18n.language) : '—'}
      </Text>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.product')}</Table.Th>
              <Table.Th>{t('purchasing.supplierSku')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.ordered')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.received')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.damaged')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.shortClosed')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.remaining')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {po.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  {l.product.sku} — {l.product.name}
                </Table.Td>
                <Table.Td>{l.supplierSku ?? '—'}</Table.Td>
                <Table.Td ta="right">{l.quantityOrdered}</Table.Td>
                <Table.Td ta="right">{l.quantityReceived}</Table.Td>
                <Table.Td ta="right">{l.quantityRejected}</Table.Td>
                <Table.Td ta="right">{l.quantityShortClosed}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {l.remaining}
                </Table.Td>
                <Table.Td ta="right">{formatCents(l.unitCostCents, i18n.language)}</Table.Td>
                <Table.Td ta="right">{formatCents(l.lineTotalCents, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" p="sm">
          <Text fw={600}>
            {t('purchasing.totalExclVat')}: {formatCents(po.totalCents, i18n.language)}
          </Text>
        </Group>
      </Paper>
      <Group align="flex-start" grow wrap="wrap">
        <Stack>
          <Title order={4}>{t('purchasing.receipts')}</Title>
          {po.receipts.length === 0 && <Text c="dimmed">{t('purchasing.noReceipts')}</Text>}
          {po.receipts.map((r) => (
            <Paper key={r.id} withBorder p="xs">
              <Text fw={600} size="sm">
                {r.number} · {formatDateTime(r.createdAt, i18n.language)} · {r.userName ?? ''}
                {r.deliveryNote && ` · ${t('purchasing.deliveryNote')} ${r.deliveryNote}`}
              </Text>
              {r.lines.map((x) => (
                <Text key={x.id} size="xs">
                  {x.product.sku}: {t('purchasing.receiptLine', { accepted: x.accepted, rejected: x.rejected })} →{' '}
                  {x.location.warehouse} / {x.location.bin}
                </Text>
              ))}
            </Paper>
          ))}
        </Stack>
        <Stack>
          <Title order={4}>{t('purchasing.timeline')}</Title>
          <Timeline bulletSize={12}>
            {po.events.map((e) => (
              <Timeline.Item key={e.id} title={t(`purchasing.event.${e.kind}`)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.createdAt, i18n.language)} · {e.userName ?? ''}
                </Text>
                <Text size="sm">{e.message}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Group>
    </Stack>
  );
}
