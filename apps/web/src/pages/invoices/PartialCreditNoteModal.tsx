import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { wholeNumberError } from '../../lib/input-rules';
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
  const [quantities, setQuantities] = useState<(number | string)[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<number, string>>({});
  const [credit, { loading }] = useMutation(CREDIT_LINES);
  useEffect(() => {
    setQuantities(invoice ? invoice.lines.map(() => 0) : []);
    setProblem(null);
    setServerErrors({});
  }, [invoice]);
  if (!invoice) return null;
  // Typed quantities are checked, never clamped: 5 on a line of 2 is shown as an error, not turned into 2.
  const errors = invoice.lines.map(
    (l, i) => wholeNumberError(quantities[i] ?? 0, t, 0, l.quantity) ?? serverErrors[i] ?? null,
  );

  const submit = async () => {
    if (errors.some((e, i) => e && !serverErrors[i])) return setProblem(null);
    const lines = creditLines(quantities.map(Number));
    if (!lines.length) return setProblem(t('invoices.credit.nothing'));
    setServerErrors({});
    try {
      const r = await credit({ variables: { input: { id: invoice.id, lines } } });
      notifications.show({
        color: 'green',
        message: t('invoices.creditCreated', { number: r.data?.createCreditNote.invoice.number ?? '' }),
      });
      onDone();
    } catch (err) {
      const api = toApiError(err);
      // `lines.<n>.quantity` names the n-th line sent; show it on that invoice line's input.
      const byLine: Record<number, string> = {};
      for (const [key, message] of Object.entries(api.fields)) {
        const sent = /^lines\.(\d+)\.quantity$/.exec(key);
        const line = sent ? lines[Number(sent[1])] : undefined;
        if (line) byLine[line.lineIndex] = message;
      }
      setServerErrors(byLine);
      setProblem(describeError(api, i18n));
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
                    clampBehavior="none"
                    allowDecimal={false}
                    allowNegative={false}
                    value={quantities[i] ?? 0}
                    error={errors[i]}
                    onChange={(v) => {
                      setQuantities((q) => q.map((x, j) => (j === i ? v : x)));
                      setServerErrors(({ [i]: _, ...rest }) => rest);
                    }}
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
