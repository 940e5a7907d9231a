import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { formatCents } from '../../lib/money';
import { creditLines } from './invoice-files';
import { CREDIT_LINES } from './invoices-documents';

export interface CreditableInvoice {
  id: string;
  number: string;
  lines: { description: string; quantity: number; unitPriceNetCents: number; grossCents: number }[];
}

/**
 * Lines and quantities to credit → createCreditNote with `lines`. The API decides what remains;
 * its refusal (e.g. more than what remains on a line) is shown as it says it.
 */
export function PartialCreditNoteModal({
  invoice,
  onClose,
  onDone,
}: {
  invoice: CreditableInvoice | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const [quantities, setQuantities] = useState<number[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [credit, { loading }] = useMutation(CREDIT_LINES);
  useEffect(() => {
    setQuantities(invoice ? invoice.lines.map(() => 0) : []);
    setProblem(null);
  }, [invoice]);
  if (!invoice) return null;

  const submit = async () => {
    const lines = creditLines(quantities);
    if (!lines.length) return setProblem(t('invoices.credit.nothing'));
    try {
      const r = await credit({ variables: { input: { id: invoice.id, lines } } });
      notifications.show({
        color: 'green',
        message: t('invoices.creditCreated', { number: r.data?.createCreditNote.invoice.number ?? '' }),
      });
      onDone();
    } catch (err) {
      setProblem(describeError(toApiError(err), i18n));
    }
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={t('invoices.credit.title', { number: invoice.number })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('invoices.credit.help')}
        </Text>
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.description')}</Table.Th>
              <Table.Th ta="right">{t('invoices.quantity')}</Table.Th>
              <Table.Th ta="right">{t('invoices.total')}</Table.Th>
              <Table.Th w={120}>{t('invoices.credit.toCredit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the line index is what the API credits
              <Table.Tr key={i}>
                <Table.Td>{l.description}</Table.Td>
                <Table.Td ta="right">{l.quantity}</Table.Td>
                <Table.Td ta="right">{formatCents(l.grossCents, i18n.language)}</Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={0}
                    max={l.quantity}
                    allowDecimal={false}
                    allowNegative={false}
                    value={quantities[i] ?? 0}
                    onChange={(v) => setQuantities((q) => q.map((x, j) => (j === i ? Number(v) || 0 : x)))}
                    aria-label={`${t('invoices.credit.toCredit')}: ${l.description}`}
                    data-testid={`credit-qty-${i}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {problem && (
          <Alert color="red" data-testid="credit-problem">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={submit} loading={loading} data-testid="credit-submit">
            {t('invoices.credit.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
