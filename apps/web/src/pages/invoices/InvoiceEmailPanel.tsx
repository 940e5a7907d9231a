import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useErrorNotification } from '../../components/feedback';
import { formatDateTime } from '../../lib/money';
import { INVOICE_EMAILS, SEND_INVOICE } from '../mail/mail-documents';

const STATUS_COLOR: Record<string, string> = { QUEUED: 'gray', SENDING: 'blue', SENT: 'green', FAILED: 'red' };
/** Addresses nobody reads: Letzshop buyers without one (RFC 2606 `.invalid`). */
const deliverable = (email: string | null | undefined) => !!email && !/\.invalid$/i.test(email);

/** "Send" / "Send again" for an invoice or credit note, and its sending history. */
export function InvoiceEmailPanel({
  invoice,
}: {
  invoice: { id: string; number: string; buyer: { email?: string | null } };
}) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notifyError = useErrorNotification();
  const { data, startPolling, stopPolling } = useQuery(INVOICE_EMAILS, { variables: { id: invoice.id } });
  const [send] = useMutation(SEND_INVOICE);
  const emails = data?.invoice.emails ?? [];
  const email = invoice.buyer.email;
  const pending = emails.some((e) => e.status === 'QUEUED' || e.status === 'SENDING');
  // While a message is on its way, follow it until it is sent or failed.
  useEffect(() => {
    if (!pending) return;
    startPolling(1000);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);

  const onSend = async () => {
    try {
      await send({ variables: { input: { id: invoice.id } }, refetchQueries: [INVOICE_EMAILS] });
      notifications.show({ color: 'green', message: t('mail.queued', { email: email ?? '' }) });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="xs" data-testid="invoice-emails">
      <Group justify="space-between">
        <Title order={5}>{t('mail.history')}</Title>
        {can('INVOICES_ISSUE') &&
          (deliverable(email) ? (
            <ConfirmAction
              title={t('mail.sendTitle', { number: invoice.number })}
              message={t('mail.sendMessage', { number: invoice.number, email })}
              confirmLabel={t('mail.sendConfirm')}
              onConfirm={onSend}
              color="blue"
              testId="invoice-send"
              buttonProps={{ variant: 'light', leftSection: <IconMail size={16} /> }}
            >
              {emails.length ? t('mail.sendAgain') : t('mail.send')}
            </ConfirmAction>
          ) : (
            <Text size="sm" c="dimmed">
              {t('mail.noAddress')}
            </Text>
          ))}
      </Group>
      {emails.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mail.historyEmpty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {emails.map((e) => (
              <Table.Tr key={e.id} data-testid="invoice-email-row" data-status={e.status}>
                <Table.Td>{formatDateTime(e.sentAt ?? e.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{e.toAddress}</Table.Td>
                <Table.Td>
                  <Tooltip
                    label={e.lastError ?? e.smtpResponse ?? ''}
                    disabled={!e.lastError && !e.smtpResponse}
                    multiline
                    w={320}
                  >
                    <Badge color={STATUS_COLOR[e.status]} variant="light">
                      {t(`mail.status.${e.status}`)}
                    </Badge>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c={e.status === 'FAILED' ? 'red' : 'dimmed'}>
                    {e.status === 'FAILED' ? e.lastError : t('mail.attempts', { count: e.attempts })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
