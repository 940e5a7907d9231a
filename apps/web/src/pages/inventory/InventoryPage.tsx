import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Drawer,
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
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import type { InventoryReason } from '../../gql/graphql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';
import { MAX_ADJUST_QUANTITY, wholeNumberError } from '../../lib/input-rules';
import { formatDate, formatDateTime } from '../../lib/money';
import { type PickedProduct, ProductPicker } from '../products/ProductPicker';
import { ADJUST_REASONS, directionOf, plannedChange } from './adjust-reasons';
import { ErrorAlert } from '../../components/feedback';
import { ADJUST, CREATE_LOCATION, HISTORY, INVENTORY, STOCK_AT, TRANSFER } from './inventory-documents';

export function InventoryPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const write = can('INVENTORY_WRITE');
  const { data, error, refetch } = useQuery(INVENTORY);
  // On order / projected / next expected come from purchasing; null on a plan without it.
  const incoming = data?.stockLevels.nodes.some((s) => s.onOrder != null) ?? false;
  const [adjust] = useMutation(ADJUST);
  const [transfer] = useMutation(TRANSFER);
  const [createLocation] = useMutation(CREATE_LOCATION);
  const [mode, setMode] = useState<'adjust' | 'transfer' | 'location' | null>(null);
  const [product, setProduct] = useState<PickedProduct | null>(null);
  const [historyOf, setHistoryOf] = useState<{ id: string; name: string } | null>(null);
  const history = useQuery(HISTORY, { variables: { productId: historyOf?.id ?? '' }, skip: !historyOf });
  const form = useForm({
    initialValues: {
      locationId: '',
      toLocationId: '',
      reason: 'RECEIVED' as InventoryReason,
      quantity: 1 as number | string,
      direction: null as 'add' | 'remove' | null,
      note: '',
      warehouse: '',
      bin: '',
    },
  });
  const locations = (data?.locations ?? []).map((l) => ({ value: l.id, label: `${l.warehouse} / ${l.bin}` }));
  const reasons = ADJUST_REASONS.map((r) => ({ value: r.reason, label: t(`inputs.adjust.reasons.${r.reason}`) }));
  const v = form.values;
  const stockAt = useQuery(STOCK_AT, {
    variables: { productId: product?.id ?? '', locationId: v.locationId },
    skip: mode !== 'adjust' || !product || !v.locationId,
    fetchPolicy: 'network-only',
  });
  // null until the current stock is known: the preview never shows a guess.
  const before = stockAt.data && !stockAt.loading ? (stockAt.data.stockLevels.nodes[0]?.quantity ?? 0) : null;
  const direction = directionOf(v.reason);
  const amountError =
    direction === 'set'
      ? wholeNumberError(v.quantity, t, 0, MAX_ADJUST_QUANTITY)
      : wholeNumberError(v.quantity, t, 1, MAX_ADJUST_QUANTITY);
  const planned =
    amountError || before === null ? null : plannedChange(v.reason, Number(v.quantity), v.direction, before);

  const open = (m: 'adjust' | 'transfer' | 'location') => {
    form.reset();
    setProduct(null);
    setMode(m);
  };

  const submit = form.onSubmit(async (v) => {
    try {
      if (mode === 'location') await createLocation({ variables: { input: { warehouse: v.warehouse, bin: v.bin } } });
      else if (!product) return form.setFieldError('locationId', 'choose a product first');
      else if (mode === 'adjust') {
        if (amountError) return form.setFieldError('quantity', amountError);
        if (before === null) return;
        if (!planned) return form.setFieldError('direction', t('inputs.adjust.chooseDirection'));
        if (planned.after < 0) return form.setFieldError('quantity', t('inputs.adjust.belowZero', { before }));
        await adjust({
          variables: {
            input: {
              productId: product.id,
              locationId: v.locationId,
              reason: v.reason,
              quantity: planned.quantity,
              note: v.note || null,
            },
          },
        });
      } else {
        const error = wholeNumberError(v.quantity, t, 1, MAX_ADJUST_QUANTITY);
        if (error) return form.setFieldError('quantity', error);
        await transfer({
          variables: {
            input: {
              productId: product.id,
              fromLocationId: v.locationId,
              toLocationId: v.toLocationId,
              quantity: Number(v.quantity),
              note: v.note || null,
            },
          },
        });
      }
      notifications.show({ color: 'green', message: 'Saved' });
      setMode(null);
      await refetch();
    } catch (err) {
      const api = toApiError(err);
      form.setErrors(fieldErrors(api));
      notifications.show({ color: 'red', message: describeError(api, i18n) });
    }
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Inventory</Title>
        {write && (
          <Group>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => open('location')}>
              Location
            </Button>
            <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={() => open('transfer')}>
              Transfer
            </Button>
            <Button onClick={() => open('adjust')} data-testid="adjust-button">
              Adjust stock
            </Button>
          </Group>
        )}
      </Group>
      {error && <ErrorAlert error={error} />}
      <Tabs defaultValue="stock">
        <Tabs.List>
          <Tabs.Tab value="stock">By product and location</Tabs.Tab>
          <Tabs.Tab value="low">
            Low stock{' '}
            {data?.lowStock.length ? (
              <Badge color="red" size="sm" ml={4}>
                {data.lowStock.length}
              </Badge>
            ) : null}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="stock" pt="md">
          <Paper withBorder style={{ overflowX: 'auto' }}>
            <Table highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Location</Table.Th>
                  <Table.Th ta="right">On hand</Table.Th>
                  <Table.Th ta="right">Reserved</Table.Th>
                  <Table.Th ta="right">Available</Table.Th>
                  {incoming && <IncomingHeaders />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.stockLevels.nodes.map((s) => (
                  <Table.Tr
                    key={s.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => setHistoryOf({ id: s.product.id, name: s.product.name })}
                    data-testid="stock-row"
                  >
                    <Table.Td>
                      <Text size="sm">{s.product.name}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {s.product.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {s.location.warehouse} / {s.location.bin}
                    </Table.Td>
                    <Table.Td ta="right">{s.quantity}</Table.Td>
                    <Table.Td ta="right">{s.reserved}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {s.available}
                    </Table.Td>
                    {incoming && <IncomingCells level={s} />}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Text size="xs" c="dimmed" mt={4}>
            Click a row for the product's stock history.
          </Text>
        </Tabs.Panel>
        <Tabs.Panel value="low" pt="md">
          <Paper withBorder>
            <Table verticalSpacing="xs">
              <Table.Tbody>
                {data?.lowStock.map((l) => (
                  <Table.Tr key={l.product.id}>
                    <Table.Td>{l.product.name}</Table.Td>
                    <Table.Td ff="monospace">{l.product.sku}</Table.Td>
                    <Table.Td>
                      <Badge color="red">{l.available} available</Badge>
                    </Table.Td>
                    <Table.Td c="dimmed">threshold {l.threshold}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {data?.lowStock.length === 0 && (
              <Text p="md" c="dimmed">
                Nothing is running low.
              </Text>
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={!!mode}
        onClose={() => setMode(null)}
        title={mode === 'adjust' ? 'Adjust stock' : mode === 'transfer' ? 'Transfer stock' : 'New location'}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            {mode === 'location' ? (
              <>
                <TextInput label="Warehouse" placeholder="STRASSEN" required {...form.getInputProps('warehouse')} />
                <TextInput label="Bin" placeholder="SA-10-02" required {...form.getInputProps('bin')} />
              </>
            ) : (
              <>
                <ProductPicker
                  label="Product"
                  value={product?.id ?? null}
                  onChange={setProduct}
                  testId="adjust-product"
                />
                <Select
                  label={mode === 'transfer' ? 'From' : 'Location'}
                  data={locations}
                  required
                  {...form.getInputProps('locationId')}
                  data-testid="adjust-location"
                />
                {mode === 'transfer' && (
                  <Select label="To" data={locations} required {...form.getInputProps('toLocationId')} />
                )}
                {mode === 'adjust' && (
                  <Select
                    label={t('inputs.adjust.reason')}
                    data={reasons}
                    allowDeselect={false}
                    {...form.getInputProps('reason')}
                    data-testid="adjust-reason"
                  />
                )}
                {mode === 'adjust' && direction === 'either' && (
                  <Stack gap={4}>
                    <SegmentedControl
                      data={[
                        { value: 'add', label: t('inputs.adjust.add') },
                        { value: 'remove', label: t('inputs.adjust.remove') },
                      ]}
                      value={v.direction ?? ''}
                      onChange={(d) => form.setFieldValue('direction', d as 'add' | 'remove')}
                      data-testid="adjust-direction"
                    />
                    {form.errors.direction && (
                      <Text size="xs" c="red">
                        {form.errors.direction}
                      </Text>
                    )}
                  </Stack>
                )}
                <NumberInput
                  label={
                    mode === 'adjust' && direction === 'set'
                      ? t('inputs.adjust.countedTotal')
                      : t('inputs.adjust.quantity')
                  }
                  required
                  min={direction === 'set' && mode === 'adjust' ? 0 : 1}
                  max={MAX_ADJUST_QUANTITY}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps('quantity')}
                  data-testid="adjust-quantity"
                />
                {mode === 'adjust' && (
                  <Text size="sm" c={planned && planned.after < 0 ? 'red' : 'dimmed'} data-testid="adjust-result">
                    {!product || !v.locationId
                      ? t('inputs.adjust.choose')
                      : before === null
                        ? t('common.loading')
                        : planned
                          ? planned.after < 0
                            ? t('inputs.adjust.belowZero', { before })
                            : t('inputs.adjust.resulting', { before, after: planned.after })
                          : t('inputs.adjust.resulting', { before, after: '?' })}
                  </Text>
                )}
                <TextInput label="Note" {...form.getInputProps('note')} />
              </>
            )}
            <Button type="submit" data-testid="adjust-submit">
              Save
            </Button>
          </Stack>
        </form>
      </Modal>

      <Drawer
        opened={!!historyOf}
        onClose={() => setHistoryOf(null)}
        title={`Stock history — ${historyOf?.name ?? ''}`}
        position="right"
        size="lg"
      >
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th>Where</Table.Th>
              <Table.Th ta="right">On hand</Table.Th>
              <Table.Th ta="right">Reserved</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data?.inventoryTransactions.nodes.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>
                  {formatDateTime(h.createdAt, i18n.language)}
                  <Text size="xs" c="dimmed">
                    {h.userName ?? 'system'}
                    {h.note ? ` · ${h.note}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{h.reason.toLowerCase().replace('_', ' ')}</Table.Td>
                <Table.Td>
                  {h.location.warehouse}/{h.location.bin}
                </Table.Td>
                <Table.Td ta="right">
                  {h.quantityBefore} → {h.quantityAfter}
                </Table.Td>
                <Table.Td ta="right">
                  {h.reservedBefore} → {h.reservedAfter}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Drawer>
    </Stack>
  );
}

/** The purchasing columns (null on a plan without purchase orders: then they are not shown). */
function IncomingHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th ta="right">{t('inventoryIncoming.onOrder')}</Table.Th>
      <Table.Th ta="right">{t('inventoryIncoming.projected')}</Table.Th>
      <Table.Th>{t('inventoryIncoming.nextExpected')}</Table.Th>
    </>
  );
}

function IncomingCells({
  level,
}: {
  level: { onOrder?: number | null; projected?: number | null; nextExpectedDate?: string | null };
}) {
  const { i18n } = useTranslation();
  return (
    <>
      <Table.Td ta="right" data-testid="on-order">
        {level.onOrder ?? '—'}
      </Table.Td>
      <Table.Td ta="right">{level.projected ?? '—'}</Table.Td>
      <Table.Td>{level.nextExpectedDate ? formatDate(level.nextExpectedDate, i18n.language) : '—'}</Table.Td>
    </>
  );
}
