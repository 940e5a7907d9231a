import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorReason } from '../../gql/enums';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { ISSUE_INVOICE } from '../invoices/invoices-documents';

/**
 * "Generate invoice" on an order: asks once (the invoice takes its number for good), then issues
 * it. An unverifiable B2B VAT number is never invoiced at 0 %: the user waits, or invoices the
 * buyer as a consumer.
 */
export function IssueInvoiceButton({ orderId, onIssued }: { orderId: string; onIssued: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const [issueInvoice] = useMutation(ISSUE_INVOICE);
  const [unverified, setUnverified] = useState<string | null>(null);

  const issue = async (asConsumer = false) => {
    try {
      const r = await issueInvoice({ variables: { input: { orderId, asConsumer } } });
      const inv = r.data?.issueInvoice.invoice;
      setUnverified(null);
      notifications.show({
        color: 'green',
        message: t('vat.issued', { regime: t(`vat.regime.${inv?.vatRegime}`, { defaultValue: inv?.vatRegime ?? '' }) }),
      });
      if (inv?.vatDecision && inv.vatDecision.regime !== 'domestic') {
        notifications.show({ color: 'blue', message: inv.vatDecision.reason, autoClose: 12_000 });
      }
      await onIssued();
    } catch (err) {
      const api = toApiError(err);
      if (api.reason === ErrorReason.VAT_NUMBER_UNVERIFIED) setUnverified(describeError(api, i18n));
      else notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(api, i18n) });
    }
  };

  return (
    <>
      <ConfirmAction
        title={t('confirm.issueTitle')}
        message={t('confirm.issueMessage')}
        confirmLabel={t('confirm.issueConfirm')}
        onConfirm={() => issue()}
        color="indigo"
        buttonProps={{ variant: 'default' }}
        testId="generate-invoice"
      >
        {t('orderInvoice.generate')}
      </ConfirmAction>
      <Modal opened={!!unverified} onClose={() => setUnverified(null)} title={t('vat.unverified.title')}>
        <Stack>
          <Text size="sm">{t('vat.unverified.body')}</Text>
          <Text size="xs" c="dimmed">
            {unverified}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setUnverified(null)} data-testid="unverified-wait">
              {t('vat.unverified.wait')}
            </Button>
            <Button onClick={() => issue(true)} data-testid="unverified-as-consumer">
              {t('vat.unverified.asConsumer')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
