import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { FeatureGate } from '../plan/FeatureGate';
import { formatCents, formatDate } from '../../lib/money';
import { appendNodes, LoadMoreButton } from '../../components/LoadMore';
import { ErrorAlert } from '../../components/feedback';
import { CUSTOMERS } from './customers-documents';
import { CustomerExportDialog } from './CustomerExportDialog';

export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [exporting, setExporting] = useState(false);
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const { data, error, fetchMore } = useQuery(CUSTOMERS, { variables: { search: debounced || null } });
  const page = data?.customers;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Customers</Title>
        {can('CUSTOMERS_READ') && can('CUSTOMERS_EXPORT') && (
          <FeatureGate feature="CUSTOMER_EXPORT" label={t('personalData.export')}>
            <Button
              onClick={() => setExporting(true)}
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="open-customer-export"
            >
              {t('personalData.export')}
            </Button>
          </FeatureGate>
        )}
        <CustomerExportDialog opened={exporting} onClose={() => setExporting(false)} />
      </Group>
      <Group>
        <TextInput
          placeholder="Name, e-mail or company"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <Text c="dimmed">{page ? `${page.totalCount} customers` : ''}</Text>
      </Group>
      {error && <ErrorAlert error={error} />}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Customer</Table.Th>
              <Table.Th ta="right">Orders</Table.Th>
              <Table.Th ta="right">Spent</Table.Th>
              <Table.Th>Last order</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.nodes.map((c) => (
              <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/customers/${c.id}`)}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{c.name}</Text>
                    {c.isGuest && (
                      <Badge size="xs" variant="light">
                        guest
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {c.email}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{c.totalOrders}</Table.Td>
                <Table.Td ta="right">{formatCents(c.totalSpentCents, i18n.language)}</Table.Td>
                <Table.Td>{c.lastOrderAt ? formatDate(c.lastOrderAt, i18n.language) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <LoadMoreButton
        pageInfo={page?.pageInfo}
        onLoad={(after) => fetchMore({ variables: { after }, updateQuery: appendNodes('customers') })}
      />
    </Stack>
  );
}
