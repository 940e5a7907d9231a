import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
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
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { InvoiceType } from '../../gql/graphql';
import { toApiError } from '../../lib/graphql-errors';
import { formatCents, formatDate } from '../../lib/money';
import { InvoiceVatBlock } from '../vat/InvoiceVatBlock';

const INVOICES = graphql(`
  query InvoicesList($type: InvoiceType, $number: String, $customer: String, $after: String) {
    invoices(type: $type, number: $number, customer: $customer, first: 25, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id number type status issueDate supplyDate dueDate language vatRegime netCents vatCents grossCents paidAt legalMentions
        seller { legalName addressLine postalCode city country vatNumber rcsNumber iban bic }
        buyer { name company addressLine postalCode city country email vatNumber }
        vatDecision { regime rateCountry reason mention consultationNumber buyerVatNumber }
        lines { description sku quantity unitPriceNetCents vatRateBp vatCategoryCode netCents vatCents grossCents }
        vatBreakdown { categoryCode rateBp taxableCents vatCents }
      }
    }
  }
`);
const PAID = graphql(
  `mutation MarkInvoicePaid($input: InvoiceIdInput!) { markInvoicePaid(input: $input) { invoice { id status paidAt } } }`,
);
const CREDIT = graphql(
  `mutation CreateCreditNote($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { id number } } }`,
);

const STATUS_COLOR: Record<string, string> = { ISSUED: 'blue', PAID: 'green', CANCELLED: 'gray' };
const pct = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;

export function InvoicesPage() {
  const { i18n } = useTranslation();
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
  const money = (c: number) => formatCents(c, i18n.language);
  const open = data?.invoices.nodes.find((n) => n.id === openId) ?? null;
  const write = can('INVOICES_WRITE');

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notifications.show({ color: 'green', message: done });
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', title: 'Not done', message: toApiError(err).message });
    }
  };

  return (
    <Stack>
      <Title order={2}>Invoices</Title>
      <Group>
        <TextInput
          placeholder="Number or customer"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
        <SegmentedControl
          value={type}
          onChange={setType}
          data={[
            { value: 'ALL', label: 'All' },
            { value: 'INVOICE', label: 'Invoices' },
            { value: 'CREDIT_NOTE', label: 'Credit notes' },
          ]}
        />
        <Text c="dimmed">{data ? `${data.invoices.totalCount}` : ''}</Text>
      </Group>
      {error && <Alert color="red">{toApiError(error).message}</Alert>}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Issued</Table.Th>
              <Table.Th>Buyer</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
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
                      credit note
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(inv.issueDate, i18n.language)}</Table.Td>
                <Table.Td>{inv.buyer.name}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[inv.status]}>{inv.status.toLowerCase()}</Badge>
                </Table.Td>
                <Table.Td ta="right">{money(inv.grossCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data?.invoices.nodes.length === 0 && (
          <Text p="md" c="dimmed">
            No invoices yet. Generate one from an order.
          </Text>
        )}
      </Paper>

      <Drawer
        opened={!!open}
        onClose={() => setOpenId(null)}
        position="right"
        size="xl"
        title={open ? `${open.type === 'CREDIT_NOTE' ? 'Credit note' : 'Invoice'} ${open.number}` : ''}
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
                  VAT {open.seller.vatNumber}
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
              Issued {formatDate(open.issueDate, i18n.language)} · supplied {formatDate(open.supplyDate, i18n.language)}
              {open.dueDate ? ` · due ${formatDate(open.dueDate, i18n.language)}` : ''} · {open.language.toUpperCase()}
            </Text>
            <InvoiceVatBlock vat={open.vatDecision} />
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Description</Table.Th>
                  <Table.Th ta="right">Qty</Table.Th>
                  <Table.Th ta="right">Unit excl. VAT</Table.Th>
                  <Table.Th ta="right">VAT</Table.Th>
                  <Table.Th ta="right">Net</Table.Th>
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
                    <Table.Td>
                      VAT {pct(r.rateBp)} on {money(r.taxableCents)}
                    </Table.Td>
                    <Table.Td ta="right">{money(r.vatCents)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td>Total excl. VAT</Table.Td>
                  <Table.Td ta="right">{money(open.netCents)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td fw={700}>Total</Table.Td>
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
              Issued invoices never change; corrections are made with a credit note. PDF download comes with the next
              release.
            </Text>
            {write && open.type === 'INVOICE' && open.status !== 'CANCELLED' && (
              <Group>
                {open.status === 'ISSUED' && (
                  <Button onClick={() => act(() => markPaid({ variables: { input: { id: open.id } } }), 'Marked paid')}>
                    Mark paid
                  </Button>
                )}
                <Button
                  color="red"
                  variant="light"
                  onClick={() => act(() => credit({ variables: { input: { id: open.id } } }), 'Credit note created')}
                >
                  Full credit note
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
