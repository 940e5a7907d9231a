import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, MultiSelect, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import type { OrderChannel, OrderStatus } from '../../gql/graphql';
import { formatCents, formatDateTime } from '../../lib/money';
import { WaitingAlert } from '../letzshop/LetzshopPage';
import { LETZSHOP_STATUS } from '../letzshop/letzshop-documents';
import { ORDERS } from './orders-documents';
import { CHANNEL_COLOR, STATUS_COLOR } from './status';
import { appendNodes, LoadMoreButton } from '../../components/LoadMore';
import { ErrorAlert } from '../../components/feedback';

const STATUSES: OrderStatus[] = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
const PAGE = 25;

export function OrdersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const [status, setStatus] = useState<string[]>([]);
  const [channel, setChannel] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [sort, setSort] = useState<string>('orderedAt:desc');
  const [field, direction] = sort.split(':') as [string, string];
  const variables = {
    first: PAGE,
    filter: {
      status: status.length ? (status as OrderStatus[]) : null,
      channel: (channel as OrderChannel) ?? null,
      search: debounced || null,
    },
    sort: { field: field === 'orderedAt' ? 'ORDERED_AT' : field === 'total' ? 'TOTAL' : 'ORDER_NUMBER', direction },
    // The buyer's e-mail only for roles that may read customers (the API refuses it otherwise).
    customers: can('CUSTOMERS_READ'),
  } as const;
  const { data, loading, error, fetchMore } = useQuery(ORDERS, { variables: variables as never });
  const page = data?.orders;
  const letzshop = useQuery(LETZSHOP_STATUS, { skip: !can('LETZSHOP_SYNC') });
  const waiting = letzshop.data?.letzshopStatus.waitingOrders ?? 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('nav.orders')}</Title>
          <Text c="dimmed">{page ? `${page.totalCount}` : ''}</Text>
        </Group>
        {can('ORDERS_WRITE') && (
          <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} />} data-testid="new-order">
            New order
          </Button>
        )}
      </Group>
      <Group>
        <TextInput
          placeholder={can('CUSTOMERS_READ') ? '# / e-mail' : '#'}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={240}
        />
        <MultiSelect placeholder="Status" data={STATUSES} value={status} onChange={setStatus} clearable w={320} />
        <Select
          placeholder="Channel"
          data={['DIRECT', 'LETZSHOP']}
          value={channel}
          onChange={setChannel}
          clearable
          w={160}
        />
        <Select
          w={200}
          value={sort}
          onChange={(v) => setSort(v ?? 'orderedAt:desc')}
          allowDeselect={false}
          data={[
            { value: 'orderedAt:desc', label: 'Newest first' },
            { value: 'orderedAt:asc', label: 'Oldest first' },
            { value: 'total:desc', label: 'Highest total' },
            { value: 'number:desc', label: 'Order number' },
          ]}
        />
      </Group>
      {waiting > 0 && <WaitingAlert count={waiting} />}
      {error && <ErrorAlert error={error} />}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Channel</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.nodes.map((o) => (
              <Table.Tr
                key={o.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(`/orders/${o.id}`)}
                data-testid="order-row"
              >
                <Table.Td fw={600}>#{o.orderNumber}</Table.Td>
                <Table.Td>{formatDateTime(o.orderedAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{o.customerSnapshot.name}</Text>
                  <Text size="xs" c="dimmed">
                    {o.customerSnapshot.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[o.status]}>{o.status.toLowerCase()}</Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" color={CHANNEL_COLOR[o.channel]}>
                      {o.channel.toLowerCase()}
                    </Badge>
                    {o.externalState && (
                      <Badge variant="outline" color="grape" size="sm" data-testid="letzshop-state-badge">
                        {o.externalState}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{formatCents(o.totalCents, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!loading && page?.nodes.length === 0 && (
          <Text p="md" c="dimmed">
            No orders match.
          </Text>
        )}
      </Paper>
      <LoadMoreButton
        pageInfo={page?.pageInfo}
        loading={loading}
        onLoad={(after) => fetchMore({ variables: { after }, updateQuery: appendNodes('orders') })}
      />
    </Stack>
  );
}
