import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatCents, formatDate } from '../../lib/money';
import { STATUS_COLOR } from '../orders/status';
import { CustomerVatStatus } from '../vat/CustomerVatStatus';
import { CustomerPeppolId } from '../ubl/CustomerPeppolId';
import { ErrorAlert } from '../../components/feedback';
import { CUSTOMER } from './customer-detail-documents';
import { ConsentBadge, CustomerPrivacy } from './CustomerPrivacy';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Card>
  );
}

export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CUSTOMER, { variables: { id } });
  if (loading && !data) return <Loader />;
  if (error) return <ErrorAlert error={error} />;
  const c = data!.customer;
  const money = (x: number) => formatCents(x, i18n.language);
  return (
    <Stack>
      <Group>
        <Button component={Link} to="/customers" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          Customers
        </Button>
        <Title order={2}>{c.name}</Title>
        {c.isGuest && <Badge variant="light">guest</Badge>}
        <ConsentBadge status={c.consentStatus} />
        {c.tags.map((tag) => (
          <Badge key={tag} variant="outline">
            {tag}
          </Badge>
        ))}
      </Group>
      <Text c="dimmed">
        {[c.email, c.phone, c.company, c.vatNumber, c.preferredLanguage].filter(Boolean).join(' · ')}
      </Text>
      <CustomerVatStatus customerId={c.id} />
      <CustomerPeppolId customerId={c.id} />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Orders" value={String(c.totalOrders)} />
        <Stat label="Spent" value={money(c.totalSpentCents)} />
        <Stat
          label="Average order"
          value={c.totalOrders ? money(Math.round(c.totalSpentCents / c.totalOrders)) : '—'}
        />
        <Stat label="Customer since" value={c.firstOrderAt ? formatDate(c.firstOrderAt, i18n.language) : '—'} />
      </SimpleGrid>
      <CustomerPrivacy key={`${c.id}-${c.erasedAt ?? ''}`} customer={c} />
      <Card withBorder p={0}>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Tbody>
            {c.orders.nodes.map((o) => (
              <Table.Tr key={o.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/orders/${o.id}`)}>
                <Table.Td fw={600}>#{o.orderNumber}</Table.Td>
                <Table.Td>{formatDate(o.orderedAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[o.status]}>{o.status.toLowerCase()}</Badge>
                </Table.Td>
                <Table.Td ta="right">{money(o.totalCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {c.orders.totalCount === 0 && (
          <Text p="md" c="dimmed">
            No orders yet.
          </Text>
        )}
      </Card>
    </Stack>
  );
}
