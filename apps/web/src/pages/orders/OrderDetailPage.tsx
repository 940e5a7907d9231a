import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
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
import { graphql } from '../../gql';
import type { OrderDetailQuery } from '../../gql/graphql';
import { fieldErrors, toApiError } from '../../lib/graphql-errors';
import { formatCents, formatDateTime } from '../../lib/money';
import { LetzshopOrderPanel } from '../letzshop/LetzshopOrderPanel';
import { invoicePdfUrl } from '../invoices/invoice-files';
import { CHANNEL_COLOR, STATUS_COLOR } from './status';
import { countryName } from '../../components/CountrySelect';

const ORDER = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      id orderNumber status channel orderedAt confirmedAt shippedAt deliveredAt cancelledAt
      subtotalCents shippingCents discountCents taxCents totalCents currency carrier trackingNumber note
      externalOrderNumber nextStatuses
      invoice { id number status }
      customerSnapshot { name email phone }
      customer { id totalOrders totalSpentCents }
      shippingAddress { firstName lastName company street streetNumber postalCode city country }
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
const ISSUE_INVOICE = graphql(
  `mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { id number vatRegime vatDecision { regime reason } } } }`,
);
const REFUND = graphql(
  `mutation RefundOrder($input: OrderIdInput!) { refundOrder(input: $input) { order { id status } } }`,
);

type Order = OrderDetailQuery['order'];
type Addr = Order['shippingAddress'];

function AddressBlock({ title, a }: { title: string; a: Addr }) {
  const { t, i18n } = useTranslation();
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
        {a.postalCode} {a.city}, {countryName(a.country, i18n.language, t('countries.XI'))}
      </Text>
    </Card>
  );
}

export function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(ORDER, { variables: { id } });
  const [confirm] = useMutation(CONFIRM);
  const [ship] = useMutation(SHIP);
  const [deliver] = useMutation(DELIVER);
  const [cancel] = useMutation(CANCEL);
  const [refund] = useMutation(REFUND);
  const [issueInvoice] = useMutation(ISSUE_INVOICE);
  const [unverified, setUnverified] = useState<string | null>(null);
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
      notifications.show({ color: 'red', title: 'Not done', message: toApiError(err).message });
      return false;
    }
  };

  // EU VAT: an unverifiable B2B VAT number is never invoiced at 0 %: the user waits or invoices as a consumer.
  const generateInvoice = async (asConsumer = false) => {
    try {
      const r = await issueInvoice({ variables: { input: { orderId: id!, asConsumer } } });
      const inv = r.data?.issueInvoice.invoice;
      setUnverified(null);
      notifications.show({
        color: 'green',
        message: t('vat.issued', { regime: t(`vat.regime.${inv?.vatRegime}`, { defaultValue: inv?.vatRegime ?? '' }) }),
      });
      if (inv?.vatDecision && inv.vatDecision.regime !== 'domestic') {
        notifications.show({ color: 'blue', message: inv.vatDecision.reason, autoClose: 12_000 });
      }
      await refetch();
    } catch (err) {
      const api = toApiError(err);
      if (api.reason === 'VAT_NUMBER_UNVERIFIED') setUnverified(api.message);
      else notifications.show({ color: 'red', title: t('errors.notDone'), message: api.message });
    }
  };

  if (loading && !data) return <Loader />;
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;
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
            {!o.invoice && o.status !== 'CANCELLED' && can('INVOICES_WRITE') && (
              <Button variant="default" data-testid="generate-invoice" onClick={() => generateInvoice()}>
                {t('orderInvoice.generate')}
              </Button>
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
              <Text size="sm">{o.customerSnapshot.email}</Text>
              {o.customerSnapshot.phone && <Text size="sm">{o.customerSnapshot.phone}</Text>}
              <Text size="xs" c="dimmed" mt="xs">
                {o.customer.totalOrders} {o.customer.totalOrders === 1 ? 'order' : 'orders'} ·{' '}
                {money(o.customer.totalSpentCents)} spent
              </Text>
            </Card>
            <AddressBlock title="Shipping address" a={o.shippingAddress} />
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

      <Modal opened={!!unverified} onClose={() => setUnverified(null)} title={t('vat.unverified.title')}>
        <Stack>
          <Text size="sm">{t('vat.unverified.body')}</Text>
          <Text size="xs" c="dimmed">
            {unverified}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setUnverified(null)} data-testid="unverified-wait">
              {t('vat.unverified.wait')}
            </Button>
            <Button onClick={() => generateInvoice(true)} data-testid="unverified-as-consumer">
              {t('vat.unverified.asConsumer')}
            </Button>
          </Group>
        </Stack>
      </Modal>
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
              notifications.show({ color: 'red', message: toApiError(err).message });
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
