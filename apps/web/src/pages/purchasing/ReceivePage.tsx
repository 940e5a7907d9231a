import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryError, useErrorNotification } from '../../components/feedback';
import { PURCHASE_ORDER, RECEIVE_PURCHASE_ORDER } from './purchasing-documents';
import { PurchasingGate } from './PurchasingGate';

interface Row {
  lineId: string;
  accepted: number | string;
  rejected: number | string;
  locationId: string | null;
}

/** The stock room's screen: one column, large inputs, a scan/search field that jumps to the line. */
export function ReceivePage() {
  return (
    <PurchasingGate>
      <Receive />
    </PurchasingGate>
  );
}

function Receive() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notifyError = useErrorNotification();
  const { data, error, refetch } = useQuery(PURCHASE_ORDER, { variables: { id } });
  const [receive, { loading }] = useMutation(RECEIVE_PURCHASE_ORDER);
  const [rows, setRows] = useState<Row[]>([]);
  const [scan, setScan] = useState('');
  const [deliveryNote, setDeliveryNote] = useState('');
  const [notFound, setNotFound] = useState(false);
  // One key per screen: a retried submit (double tap, lost answer) books nothing twice.
  const key = useMemo(() => `rcv-${crypto.randomUUID()}`, []);
  const refs = useRef<Record<string, HTMLInputElement | null>>({});
  if (error) return <QueryError error={error} onRetry={() => refetch()} />;
  const po = data?.purchaseOrder;
  if (!po) return null;
  const locations = (data?.locations ?? []).map((l) => ({ value: l.id, label: `${l.warehouse} / ${l.bin}` }));
  const open = po.lines.filter((l) => l.remaining > 0);
  const rowsOf = (lineId: string) => rows.filter((r) => r.lineId === lineId);
  const ensure = (lineId: string) =>
    rowsOf(lineId).length ? rows : [...rows, { lineId, accepted: '', rejected: 0, locationId: po.deliveryLocation.id }];
  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const find = () => {
    const q = scan.trim().toLowerCase();
    const line = po.lines.find(
      (l) => l.product.sku.toLowerCase() === q || l.product.gtin === q || (l.supplierSku ?? '').toLowerCase() === q,
    );
    setNotFound(!line);
    if (!line) return;
    setRows(ensure(line.id));
    setScan('');
    setTimeout(() => refs.current[line.id]?.focus(), 0);
  };
  const submit = async () => {
    try {
      await receive({
        variables: {
          input: {
            purchaseOrderId: po.id,
            idempotencyKey: key,
            deliveryNote: deliveryNote || null,
            lines: rows
              .filter((r) => Number(r.accepted || 0) + Number(r.rejected || 0) > 0)
              .map((r) => ({
                lineId: r.lineId,
                accepted: Number(r.accepted || 0),
                rejected: Number(r.rejected || 0),
                locationId: r.locationId,
              })),
          },
        },
      });
      navigate(`/purchasing/orders/${po.id}`);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack maw={480} mx="auto" w="100%">
      <Title order={3}>{t('purchasing.receiveTitle', { number: po.number })}</Title>
      <Text size="sm" c="dimmed">
        {po.supplierName}
      </Text>
      <Group wrap="nowrap" align="flex-end">
        <TextInput
          label={t('purchasing.scan')}
          placeholder={t('purchasing.scanPlaceholder')}
          leftSection={<IconScan size={16} />}
          value={scan}
          onChange={(e) => setScan(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && find()}
          error={notFound ? t('purchasing.scanNotFound') : undefined}
          style={{ flex: 1 }}
          size="md"
          data-testid="receive-scan"
        />
        <Button size="md" onClick={find}>
          {t('purchasing.find')}
        </Button>
      </Group>
      {open.map((l) => (
        <Paper key={l.id} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text fw={600}>{l.product.sku}</Text>
              <Text size="sm">{l.product.name}</Text>
            </Stack>
            <Text size="sm">{t('purchasing.remainingOf', { remaining: l.remaining, ordered: l.quantityOrdered })}</Text>
          </Group>
          {rowsOf(l.id).length === 0 ? (
            <Button
              variant="light"
              mt="xs"
              fullWidth
              onClick={() => setRows(ensure(l.id))}
              data-testid={`receive-open-${l.product.sku}`}
            >
              {t('purchasing.receiveThis')}
            </Button>
          ) : (
            rows.map((r, i) =>
              r.lineId !== l.id ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before booking
                <Stack key={i} gap="xs" mt="xs">
                  <Group grow wrap="nowrap">
                    <NumberInput
                      label={t('purchasing.accepted')}
                      min={0}
                      allowDecimal={false}
                      clampBehavior="none"
                      size="md"
                      value={r.accepted}
                      onChange={(v) => update(i, { accepted: v })}
                      ref={(el) => {
                        refs.current[l.id] = el;
                      }}
                      data-testid={`receive-accepted-${l.product.sku}`}
                    />
                    <NumberInput
                      label={t('purchasing.damaged')}
                      min={0}
                      allowDecimal={false}
                      clampBehavior="none"
                      size="md"
                      value={r.rejected}
                      onChange={(v) => update(i, { rejected: v })}
                    />
                  </Group>
                  <Select
                    label={t('purchasing.location')}
                    data={locations}
                    value={r.locationId}
                    onChange={(v) => update(i, { locationId: v })}
                    size="md"
                  />
                </Stack>
              ),
            )
          )}
          {rowsOf(l.id).length > 0 && (
            <Button
              variant="subtle"
              size="xs"
              mt={4}
              onClick={() => setRows([...rows, { lineId: l.id, accepted: '', rejected: 0, locationId: null }])}
            >
              {t('purchasing.splitLocation')}
            </Button>
          )}
        </Paper>
      ))}
      <TextInput
        label={t('purchasing.deliveryNote')}
        value={deliveryNote}
        onChange={(e) => setDeliveryNote(e.currentTarget.value)}
        size="md"
      />
      <Button size="lg" onClick={submit} loading={loading} disabled={rows.length === 0} data-testid="receive-book">
        {t('purchasing.book')}
      </Button>
    </Stack>
  );
}
