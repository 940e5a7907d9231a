import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { IconDownload, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorAlert, useErrorNotification } from '../../components/feedback';
import { appendNodes, LoadMoreButton } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { useSafeDownload } from '../../components/useSafeDownload';
import type { PurchaseOrderStatus } from '../../gql/graphql';
import { downloadUrl } from '../../lib/download';
import { formatCents, formatDate } from '../../lib/money';
import {
  CREATE_FROM_SUGGESTIONS,
  CREATE_PURCHASE_ORDER,
  CREATE_SUPPLIER,
  PRODUCT_OPTIONS,
  PURCHASE_ORDERS,
  REORDER_SUGGESTIONS,
  SET_SUPPLIER_PRODUCT,
  SUPPLIERS,
} from './purchasing-documents';
import { PurchasingGate } from './PurchasingGate';

const STATUS_COLORS: Record<PurchaseOrderStatus, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  PARTIALLY_RECEIVED: 'yellow',
  RECEIVED: 'green',
  CLOSED: 'teal',
  CANCELLED: 'red',
};

export function PoStatusBadge({ status }: { status: PurchaseOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="po-status">
      {t(`purchasing.status.${status}`)}
    </Badge>
  );
}

export function PurchasingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'orders';
  return (
    <Stack>
      <PageHeader title={t('purchasing.title')} />
      <PurchasingGate>
        <Tabs value={tab} onChange={(v) => setParams({ tab: v ?? 'orders' })}>
          <Tabs.List>
            <Tabs.Tab value="orders">{t('purchasing.tabs.orders')}</Tabs.Tab>
            <Tabs.Tab value="suppliers">{t('purchasing.tabs.suppliers')}</Tabs.Tab>
            <Tabs.Tab value="suggestions">{t('purchasing.tabs.suggestions')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="orders" pt="md">
            <OrdersTab />
          </Tabs.Panel>
          <Tabs.Panel value="suppliers" pt="md">
            <SuppliersTab />
          </Tabs.Panel>
          <Tabs.Panel value="suggestions" pt="md">
            <SuggestionsTab />
          </Tabs.Panel>
        </Tabs>
      </PurchasingGate>
    </Stack>
  );
}

const FILTERS: Record<string, PurchaseOrderStatus[] | null> = {
  all: null,
  open: ['DRAFT', 'SENT', 'PARTIALLY_RECEIVED'],
  done: ['RECEIVED', 'CLOSED', 'CANCELLED'],
};

function OrdersTab() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const safeDownload = useSafeDownload();
  const [filter, setFilter] = useState('open');
  const status = FILTERS[filter];
  const { data, error, fetchMore } = useQuery(PURCHASE_ORDERS, {
    variables: { filter: status ? { status } : null },
  });
  const [creating, setCreating] = useState(false);
  const page = data?.purchaseOrders;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          value={filter}
          onChange={setFilter}
          data={Object.keys(FILTERS).map((k) => ({ value: k, label: t(`purchasing.filters.${k}`) }))}
        />
        <Group>
          <Button
            component="a"
            variant="default"
            href={downloadUrl('/api/purchase-orders/export.csv')}
            onClick={safeDownload}
            leftSection={<IconDownload size={16} />}
          >
            {t('purchasing.exportOrders')}
          </Button>
          <Button
            component="a"
            variant="default"
            href={downloadUrl('/api/purchase-orders/open-lines.csv')}
            onClick={safeDownload}
            leftSection={<IconDownload size={16} />}
          >
            {t('purchasing.exportOpenLines')}
          </Button>
          {can('PURCHASE_ORDERS_WRITE') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="new-po">
              {t('purchasing.newOrder')}
            </Button>
          )}
        </Group>
      </Group>
      {error && <ErrorAlert error={error} />}
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing.number')}</Table.Th>
              <Table.Th>{t('purchasing.supplier')}</Table.Th>
              <Table.Th>{t('purchasing.statusLabel')}</Table.Th>
              <Table.Th>{t('purchasing.expected')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.remaining')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.nodes.map((po) => (
              <Table.Tr
                key={po.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(`/purchasing/orders/${po.id}`)}
              >
                <Table.Td>{po.number}</Table.Td>
                <Table.Td>{po.supplierName}</Table.Td>
                <Table.Td>
                  <PoStatusBadge status={po.status} />
                </Table.Td>
                <Table.Td>{po.expectedDate ? formatDate(po.expectedDate, i18n.language) : '—'}</Table.Td>
                <Table.Td ta="right">{po.remaining}</Table.Td>
                <Table.Td ta="right">{formatCents(po.totalCents, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {page?.nodes.length === 0 && (
          <Text c="dimmed" p="md">
            {t('purchasing.noOrders')}
          </Text>
        )}
      </Paper>
      {page && (
        <LoadMoreButton
          pageInfo={page.pageInfo}
          onLoad={() =>
            fetchMore({ variables: { after: page.pageInfo.endCursor }, updateQuery: appendNodes('purchaseOrders') })
          }
        />
      )}
      {creating && <NewOrderModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function NewOrderModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifyError = useErrorNotification();
  const suppliers = useQuery(SUPPLIERS);
  const products = useQuery(PRODUCT_OPTIONS);
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [expectedDate, setExpectedDate] = useState('');
  const [lines, setLines] = useState<{ productId: string | null; quantity: number | string }[]>([
    { productId: null, quantity: 1 },
  ]);
  const [create, { loading }] = useMutation(CREATE_PURCHASE_ORDER);
  const submit = async () => {
    try {
      const r = await create({
        variables: {
          input: {
            supplierId: supplierId ?? '',
            expectedDate: expectedDate || null,
            lines: lines.map((l) => ({ productId: l.productId ?? '', quantity: Number(l.quantity) })),
          },
        },
      });
      const id = r.data?.createPurchaseOrder.purchaseOrder.id;
      if (id) navigate(`/purchasing/orders/${id}`);
    } catch (e) {
      notifyError(e);
    }
  };
  const productData = (products.data?.products.nodes ?? []).map((p) => ({
    value: p.id,
    label: `${p.sku} — ${p.name}`,
  }));
  return (
    <Modal opened onClose={onClose} title={t('purchasing.newOrder')} size="lg">
      <Stack>
        <Select
          label={t('purchasing.supplier')}
          data={(suppliers.data?.suppliers.nodes ?? [])
            .filter((s) => !s.archived)
            .map((s) => ({ value: s.id, label: s.name }))}
          value={supplierId}
          onChange={setSupplierId}
          searchable
          data-testid="po-supplier"
        />
        <TextInput
          label={t('purchasing.expected')}
          type="date"
          value={expectedDate}
          onChange={(e) => setExpectedDate(e.currentTarget.value)}
        />
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id before saving
          <Group key={i} align="flex-end" wrap="nowrap">
            <Select
              label={t('purchasing.product')}
              data={productData}
              value={l.productId}
              searchable
              style={{ flex: 1 }}
              onChange={(v) => setLines(lines.map((x, j) => (j === i ? { ...x, productId: v } : x)))}
              data-testid={`po-line-product-${i}`}
            />
            <NumberInput
              label={t('purchasing.quantity')}
              min={1}
              max={10000}
              clampBehavior="none"
              allowDecimal={false}
              w={110}
              value={l.quantity}
              onChange={(v) => setLines(lines.map((x, j) => (j === i ? { ...x, quantity: v } : x)))}
              data-testid={`po-line-quantity-${i}`}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('purchasing.removeLine')}
              disabled={lines.length === 1}
              onClick={() => setLines(lines.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setLines([...lines, { productId: null, quantity: 1 }])}>
            {t('purchasing.addLine')}
          </Button>
          <Button onClick={submit} loading={loading} data-testid="po-create">
            {t('purchasing.createDraft')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SuppliersTab() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notifyError = useErrorNotification();
  const { data, error, refetch } = useQuery(SUPPLIERS);
  const products = useQuery(PRODUCT_OPTIONS, { skip: !can('PURCHASE_ORDERS_WRITE') });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [leadTime, setLeadTime] = useState<number | string>(7);
  const [createSupplier, creating] = useMutation(CREATE_SUPPLIER);
  const [setProduct] = useMutation(SET_SUPPLIER_PRODUCT);
  const [open, setOpen] = useState<string | null>(null);
  const [terms, setTerms] = useState<{ productId: string | null; cost: number | string; pack: number | string }>({
    productId: null,
    cost: '',
    pack: 1,
  });
  const add = async () => {
    try {
      await createSupplier({
        variables: { input: { name, email: email || null, leadTimeDays: Number(leadTime) } },
      });
      setName('');
      setEmail('');
      await refetch();
    } catch (e) {
      notifyError(e);
    }
  };
  const addTerms = async (supplierId: string) => {
    try {
      await setProduct({
        variables: {
          input: {
            supplierId,
            productId: terms.productId ?? '',
            unitCostCents: Math.round(Number(terms.cost) * 100),
            packSize: Number(terms.pack),
          },
        },
      });
      setTerms({ productId: null, cost: '', pack: 1 });
      await refetch();
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack>
      {can('PURCHASE_ORDERS_WRITE') && (
        <Paper withBorder p="sm">
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('purchasing.supplierName')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-testid="supplier-name"
            />
            <TextInput label={t('purchasing.email')} value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <NumberInput
              label={t('purchasing.leadTime')}
              value={leadTime}
              onChange={setLeadTime}
              min={0}
              max={365}
              clampBehavior="none"
              allowDecimal={false}
              w={140}
            />
            <Button onClick={add} loading={creating.loading} data-testid="supplier-create">
              {t('purchasing.addSupplier')}
            </Button>
          </Group>
        </Paper>
      )}
      {error && <ErrorAlert error={error} />}
      {[...(data?.suppliers.nodes ?? [])]
        .sort((x, y) => x.name.localeCompare(y.name))
        .map((s) => (
          <Paper key={s.id} withBorder p="sm">
            <Group
              justify="space-between"
              style={{ cursor: 'pointer' }}
              onClick={() => setOpen(open === s.id ? null : s.id)}
            >
              <Stack gap={0}>
                <Text fw={600}>{s.name}</Text>
                <Text size="xs" c="dimmed">
                  {[s.contactPerson, s.email, s.phone].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
              <Group gap="xs">
                {s.archived && <Badge color="gray">{t('purchasing.archived')}</Badge>}
                <Text size="sm">{t('purchasing.leadTimeDays', { count: s.leadTimeDays })}</Text>
              </Group>
            </Group>
            {open === s.id && (
              <Stack mt="sm">
                <Table verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('purchasing.product')}</Table.Th>
                      <Table.Th>{t('purchasing.supplierSku')}</Table.Th>
                      <Table.Th ta="right">{t('purchasing.unitCost')}</Table.Th>
                      <Table.Th ta="right">{t('purchasing.packSize')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.products.map((sp) => (
                      <Table.Tr key={sp.id}>
                        <Table.Td>
                          {sp.product.sku} — {sp.product.name}{' '}
                          {sp.preferred && <Badge size="xs">{t('purchasing.preferred')}</Badge>}
                        </Table.Td>
                        <Table.Td>{sp.supplierSku ?? '—'}</Table.Td>
                        <Table.Td ta="right">{formatCents(sp.unitCostCents, i18n.language)}</Table.Td>
                        <Table.Td ta="right">{sp.packSize}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {can('PURCHASE_ORDERS_WRITE') && (
                  <Group align="flex-end" wrap="wrap">
                    <Select
                      label={t('purchasing.product')}
                      data={(products.data?.products.nodes ?? []).map((p) => ({
                        value: p.id,
                        label: `${p.sku} — ${p.name}`,
                      }))}
                      value={terms.productId}
                      onChange={(v) => setTerms({ ...terms, productId: v })}
                      searchable
                    />
                    <NumberInput
                      label={t('purchasing.unitCostEuros')}
                      value={terms.cost}
                      onChange={(v) => setTerms({ ...terms, cost: v })}
                      min={0}
                      decimalScale={2}
                      clampBehavior="none"
                      w={130}
                    />
                    <NumberInput
                      label={t('purchasing.packSize')}
                      value={terms.pack}
                      onChange={(v) => setTerms({ ...terms, pack: v })}
                      min={1}
                      allowDecimal={false}
                      clampBehavior="none"
                      w={110}
                    />
                    <Button variant="default" onClick={() => addTerms(s.id)}>
                      {t('purchasing.saveTerms')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </Paper>
        ))}
    </Stack>
  );
}

type Suggestion = NonNullable<ReturnType<typeof useSuggestions>['data']>['reorderSuggestions'][number];
const useSuggestions = () => useQuery(REORDER_SUGGESTIONS, { fetchPolicy: 'cache-and-network' });

export function suggestionReason(s: Suggestion, t: TFunction): string {
  const parts = [t('purchasing.reason.left', { count: s.available })];
  if (s.onOrder) parts.push(t('purchasing.reason.onOrder', { count: s.onOrder }));
  if (s.rule === 'MIN_MAX') parts.push(t('purchasing.reason.belowMin', { min: s.minQuantity, max: s.maxQuantity }));
  else {
    parts.push(t('purchasing.reason.sold', { count: s.soldInPeriod, days: s.periodDays }));
    parts.push(t('purchasing.reason.leadTime', { count: s.leadTimeDays }));
  }
  return parts.join(', ');
}

function SuggestionsTab() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const notifyError = useErrorNotification();
  const { data, error, refetch } = useSuggestions();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [create, { loading }] = useMutation(CREATE_FROM_SUGGESTIONS);
  const key = (s: Suggestion) => `${s.productId}|${s.locationId ?? ''}`;
  const rows = data?.reorderSuggestions ?? [];
  const submit = async () => {
    try {
      const chosen = rows.filter((s) => selected.has(key(s)));
      await create({
        variables: {
          input: { suggestions: chosen.map((s) => ({ productId: s.productId, locationId: s.locationId })) },
        },
      });
      setSelected(new Set());
      await refetch();
      navigate('/purchasing?tab=orders');
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('purchasing.suggestionsHelp')}
        </Text>
        {can('PURCHASE_ORDERS_WRITE') && (
          <Button onClick={submit} disabled={selected.size === 0} loading={loading}>
            {t('purchasing.createDrafts', { count: selected.size })}
          </Button>
        )}
      </Group>
      {error && <ErrorAlert error={error} />}
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('purchasing.product')}</Table.Th>
              <Table.Th>{t('purchasing.supplier')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.projected')}</Table.Th>
              <Table.Th ta="right">{t('purchasing.suggested')}</Table.Th>
              <Table.Th>{t('purchasing.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={key(s)}>
                <Table.Td>
                  <Checkbox
                    aria-label={s.sku}
                    disabled={!s.supplierId}
                    checked={selected.has(key(s))}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.currentTarget.checked) next.add(key(s));
                      else next.delete(key(s));
                      setSelected(next);
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  {s.sku} — {s.name}
                </Table.Td>
                <Table.Td>{s.supplierName ?? t('purchasing.noSupplier')}</Table.Td>
                <Table.Td ta="right">{s.projected}</Table.Td>
                <Table.Td ta="right">
                  {s.suggestedQuantity}
                  <Text size="xs" c="dimmed">
                    {formatCents(s.suggestedQuantity * s.unitCostCents, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{suggestionReason(s, t)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows.length === 0 && (
          <Text c="dimmed" p="md">
            {t('purchasing.noSuggestions')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
