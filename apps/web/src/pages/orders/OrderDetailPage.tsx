import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Grid, Group, Loader, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { toApiError } from '../../lib/graphql-errors';
import { LetzshopOrderPanel } from '../letzshop/LetzshopOrderPanel';
import { OrderActions } from './detail/OrderActions';
import { GenerateInvoice, OrderInvoiceLinks } from './detail/OrderInvoice';
import { OrderLines } from './detail/OrderLines';
import { OrderParties } from './detail/OrderParties';
import { OrderTimeline } from './detail/OrderTimeline';
import { OrderTotals } from './detail/OrderTotals';
import { ORDER_DETAIL } from './detail/order-documents';
import { CHANNEL_COLOR, STATUS_COLOR } from './status';

/** One order: its sections each own their actions (see ./detail); a Letzshop order adds its panel. */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(ORDER_DETAIL, { variables: { id } });

  if (loading && !data) return <Loader />;
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;
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
        {writable && (
          <Group>
            {!o.invoice && o.status !== 'CANCELLED' && can('INVOICES_WRITE') && (
              <GenerateInvoice orderId={o.id} onDone={refetch} />
            )}
            <OrderActions order={o} onDone={refetch} />
          </Group>
        )}
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
