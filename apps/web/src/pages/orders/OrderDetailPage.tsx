import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { useSafeDownload } from '../../components/useSafeDownload';
import { graphql } from '../../gql';
import type { OrderDetailQuery } from '../../gql/graphql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { formatCents, formatDateTime } from '../../lib/money';
import { LetzshopOrderPanel } from '../letzshop/LetzshopOrderPanel';
import { invoicePdfUrl } from '../invoices/invoice-files';
import { IssueInvoiceButton } from './IssueInvoiceButton';
import { CHANNEL_COLOR, STATUS_COLOR } from './status';
import { ErrorAlert } from '../../components/feedback';
import { ErrorReason } from '../../gql/enums';

const ORDER = graphql(`
  query OrderDetail($id: ID!, $customers: Boolean!) {
    order(id: $id) {
      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt
      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note
      externalOrderNumber nextStatuses
      invoice { id number status }
      customerSnapshot { name email @include(if: $customers) phone @include(if: $customers) }
      customer @include(if: $customers) { id totalOrders totalSpentCents }
      shippingAddress @include(if: $customers) { firstName lastName company street streetNumber postalCode city country }
      billingAddress { firstName lastName company street streetNumber postalCode city country }
      lines { id sku gtin name quantity unitPriceCents lineTotalCents vatCategory unmatchedProduct itemState }
      timeline { id kind message fromStatus toStatus createdAt userName }
    }
  }
`);

const CONFIRM = graphql(
  `mutation ConfirmOrder($input: OrderIdInput!) { confirmOrder(input: $input) { order { id status } } }`,
);
const SHIP = graphql(
  `mutation ShipOrder($input: ShipOrderInput!) { shipOrder(input: $input) { order { id status } } }`,
);
const DELIVER = graphql(
  `mutation DeliverOrder($input: OrderIdInput!) { markOrderDelivered(input: $input) { order { id status } } }`,
);
const CANCEL = graphql(
  `mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } } }`,
);
const REFUND = graphql(
  `mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }`,
);

type Order = OrderDetailQuery['order'];
type Addr = Order['billingAddress'];

function AddressBlock({ title, a }: { title: string; a: Addr }) {
  return (
    <Card withBorder>
      <Text fw={600} mb={4}>
        {title}
      </Text>
      <Text size="sm">
        {a.firstName} {a.lastName}
      </Text>
      {a.company && <Text size="sm">{a.company}</Text>}
      <Text size="sm">
        {a.street} {a.streetNumber}
      </Text>
      <Text size="sm">
        {a.postalCode} {a.city}, {a.country}
      </Text>
    </Card>
  );
}

export function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  // The buyer's contact data only for roles that may read customers (the API refuses it otherwise).
  const { data, loading, error, refetch } = useQuery(ORDER, {
    variables: { id: id!, customers: can('CUSTOMERS_READ') },
  });
  const safeDownload = useSafeDownload();
  const [confirm] = useMutation(CONFIRM);
  const [ship] = useMutation(SHIP);
  const [deliver] = useMutation(DELIVER);
  const [cancel] = useMutation(CANCEL);
  const [refund] = useMutation(REFUND);
  const [shipOpen, setShipOpen] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const shipForm = useForm({ initialValues: { carrier: 'post_lu', trackingNumber: '' } });
  const cancelForm = useForm({ initialValues: { reason: '' } });
  const money = (c: number) => formatCents(c, i18n.language);

  const run = async <T,>(action: () => Promise<T>, done: string | ((result: T) => string)) => {
    try {
      const result = await action();
      notifications.show({ color: 'green', message: typeof done === 'string' ? done : done(result) });
      await refetch();
      return true;
    } catch (err) {
      notifications.show({ color: 'red', title: 'Not done', message: describeError(toApiError(err), i18n) });
      return false;
    }
  };

  if (loading && !data) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  const o = data!.order;
  const writable = can('ORDERS_WRITE');
  const next = new Set(o.nextStatuses);

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Button component={Link} to="/orders" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
            Orders
          </Button>
          <Title order={2}>Order #{o.orderNumber}</Title>
          <Badge size="lg" color={STATUS_COLOR[o.status]} data-testid="order-status">
            {o.status.toLowerCase()}
          </Badge>
          <Badge size="lg" variant="light" color={CHANNEL_COLOR[o.channel]}>
            {o.channel.toLowerCase()}
          </Badge>
          {o.invoice && (
            <>
              <Button component={Link} to="/invoices" variant="light" size="xs" data-testid="order-invoice">
                {t('orderInvoice.open', { number: o.invoice.number })}
              </Button>
              <Button
                component="a"
                href={invoicePdfUrl(o.invoice.id)}
                onClick={safeDownload}
                variant="default"
                size="xs"
                leftSection={<IconDownload size={14} />}
                data-testid="download-invoice"
              >
                {t('orderInvoice.download')}
              </Button>
            </>
          )}
        </Group>
        {writable && (
          <Group>
            {!o.invoice && o.status !== 'CANCELLED' && can('INVOICES_ISSUE') && (
              <IssueInvoiceButton orderId={o.id} onIssued={refetch} />
            )}
            {next.has('PROCESSING') && (
              <Button onClick={() => run(() => confirm({ variables: { input: { id } } }), 'Order confirmed')}>
                Confirm
              </Button>
            )}
            {next.has('SHIPPED') && (
              <Button onClick={() => setShipOpen(true)} data-testid="ship-button">
                Ship
              </Button>
            )}
            {next.has('DELIVERED') && (
              <Button onClick={() => run(() => deliver({ variables: { input: { id } } }), 'Marked delivered')}>
                Mark delivered
              </Button>
            )}
            {next.has('REFUNDED') && (
              <Button
                color="red"
                variant="light"
                onClick={() => run(() => refund({ variables: { input: { id } } }), 'Order refunded')}
              >
                Refund
              </Button>
            )}
            {next.has('CANCELLED') && (
              <Button color="red" variant="light" onClick={() => setCancelOpen(true)}>
                Cancel order
              </Button>
            )}
          </Group>
        )}
      </Group>

      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            {o.channel === 'LETZSHOP' && <LetzshopOrderPanel orderId={o.id} onChange={refetch} />}
            <Card withBorder p={0}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Item</Table.Th>
                    <Table.Th>SKU</Table.Th>
                    <Table.Th ta="right">Qty</Table.Th>
                    <Table.Th ta="right">Unit price</Table.Th>
                    <Table.Th ta="right">Total</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.lines.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>
                        {l.name}
                        {l.unmatchedProduct && (
                          <Badge ml="xs" color="orange" size="xs">
                            unmatched product
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {l.sku}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{l.quantity}</Table.Td>
                      <Table.Td ta="right">{money(l.unitPriceCents)}</Table.Td>
                      <Table.Td ta="right">{money(l.lineTotalCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Stack gap={2} p="md" align="flex-end">
                <Text size="sm">Subtotal {money(o.subtotalCents)}</Text>
                <Text size="sm">Shipping {money(o.shippingCents)}</Text>
                {o.discountCents > 0 && <Text size="sm">Discount −{money(o.discountCents)}</Text>}
                <Text fw={700}>Total {money(o.totalCents)}</Text>
                <Text size="xs" c="dimmed">
                  incl. VAT {money(o.taxCents)}
                </Text>
              </Stack>
            </Card>
            <Card withBorder>
              <Text fw={600} mb="sm">
                Timeline
              </Text>
              <Timeline bulletSize={14} lineWidth={2} active={o.timeline.length}>
                {o.timeline.map((e) => (
                  <Timeline.Item key={e.id} title={e.message}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(e.createdAt, i18n.language)}
                      {e.userName ? ` · ${e.userName}` : ''}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Card withBorder>
              <Text fw={600}>{o.customerSnapshot.name}</Text>
              {o.customerSnapshot.email && <Text size="sm">{o.customerSnapshot.email}</Text>}
              {o.customerSnapshot.phone && <Text size="sm">{o.customerSnapshot.phone}</Text>}
              {o.customer && (
                <Text size="xs" c="dimmed" mt="xs">
                  {o.customer.totalOrders} {o.customer.totalOrders === 1 ? 'order' : 'orders'} ·{' '}
                  {money(o.customer.totalSpentCents)} spent
                </Text>
              )}
            </Card>
            {o.shippingAddress && <AddressBlock title="Shipping address" a={o.shippingAddress} />}
            <AddressBlock title="Billing address" a={o.billingAddress} />
            {o.carrier && (
              <Card withBorder>
                <Text fw={600}>Shipment</Text>
                <Text size="sm">
                  {o.carrier} {o.trackingNumber ?? ''}
                </Text>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      <Modal opened={shipOpen} onClose={() => setShipOpen(false)} title="Ship order">
        <form
          onSubmit={shipForm.onSubmit(async (v) => {
            try {
              await ship({
                variables: { input: { id, carrier: v.carrier, trackingNumber: v.trackingNumber || null } },
              });
              setShipOpen(false);
              notifications.show({ color: 'green', message: 'Order shipped' });
              await refetch();
            } catch (err) {
              shipForm.setErrors(fieldErrors(toApiError(err)));
              notifications.show({ color: 'red', message: describeError(toApiError(err), i18n) });
            }
          })}
        >
          <Stack>
            <TextInput label="Carrier" required {...shipForm.getInputProps('carrier')} />
            <TextInput
              label="Tracking number"
              {...shipForm.getInputProps('trackingNumber')}
              data-testid="tracking-input"
            />
            <Button type="submit" data-testid="ship-submit">
              Ship
            </Button>
          </Stack>
        </form>
      </Modal>
      <Modal opened={cancelOpen} onClose={() => setCancelOpen(false)} title="Cancel order">
        <form
          onSubmit={cancelForm.onSubmit(async (v) => {
            if (await run(() => cancel({ variables: { input: { id, reason: v.reason || null } } }), 'Order cancelled'))
              setCancelOpen(false);
          })}
        >
          <Stack>
            <TextInput label="Reason" {...cancelForm.getInputProps('reason')} />
            <Button type="submit" color="red">
              Cancel order
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
