import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Grid, Group, Loader, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/feedback';
import { LetzshopOrderPanel } from '../letzshop/LetzshopOrderPanel';
import { OrderActions } from './detail/OrderActions';
import { OrderInvoiceLinks } from './detail/OrderInvoice';
import { OrderLines } from './detail/OrderLines';
import { OrderParties } from './detail/OrderParties';
import { OrderTimeline } from './detail/OrderTimeline';
import { OrderTotals } from './detail/OrderTotals';
import { ORDER_DETAIL } from './detail/order-documents';
import { IssueInvoiceButton } from './IssueInvoiceButton';
import { CHANNEL_COLOR, STATUS_COLOR } from './status';

/** One order: its sections each own their actions (see ./detail); a Letzshop order adds its panel. */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useSession();
  // The buyer's contact data only for roles that may read customers (the API refuses it otherwise).
  const { data, loading, error, refetch } = useQuery(ORDER_DETAIL, {
    variables: { id, customers: can('CUSTOMERS_READ') },
  });

  if (loading && !data) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  const o = data!.order;
  const writable = can('ORDERS_WRITE');

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Button component={Link} to="/orders" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
            {t('orderDetail.back')}
          </Button>
          <Title order={2}>{t('orderDetail.title', { number: o.orderNumber })}</Title>
          <Badge size="lg" color={STATUS_COLOR[o.status]} data-testid="order-status">
            {o.status.toLowerCase()}
          </Badge>
          <Badge size="lg" variant="light" color={CHANNEL_COLOR[o.channel]}>
            {o.channel.toLowerCase()}
          </Badge>
          {o.invoice && <OrderInvoiceLinks invoice={o.invoice} />}
        </Group>
        <Group>
          {!o.invoice && o.status !== 'CANCELLED' && can('INVOICES_ISSUE') && (
            <IssueInvoiceButton orderId={o.id} onIssued={refetch} />
          )}
          {writable && <OrderActions order={o} onDone={refetch} />}
        </Group>
      </Group>

      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            {o.channel === 'LETZSHOP' && <LetzshopOrderPanel orderId={o.id} onChange={refetch} />}
            <Card withBorder p={0}>
              <OrderLines lines={o.lines} />
              <OrderTotals order={o} />
            </Card>
            <OrderTimeline events={o.timeline} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <OrderParties order={o} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
