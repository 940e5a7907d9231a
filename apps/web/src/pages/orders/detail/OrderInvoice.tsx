import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../../lib/graphql-errors';
import { invoicePdfUrl } from '../../invoices/invoice-files';
import { ISSUE_INVOICE } from './order-documents';
import type { OrderDetail } from './types';

/** The order's invoice in force: open it in the list, download its PDF. */
export function OrderInvoiceLinks({ invoice }: { invoice: NonNullable<OrderDetail['invoice']> }) {
  const { t } = useTranslation();
  return (
    <>
      <Button component={Link} to="/invoices" variant="light" size="xs" data-testid="order-invoice">
        {t('orderInvoice.open', { number: invoice.number })}
      </Button>
      <Button
        component="a"
        href={invoicePdfUrl(invoice.id)}
        variant="default"
        size="xs"
        leftSection={<IconDownload size={14} />}
        data-testid="download-invoice"
      >
        {t('orderInvoice.download')}
      </Button>
    </>
  );
}

/**
 * Issues the order's invoice. EU VAT: an unverifiable B2B VAT number is never invoiced at 0 %:
 * the user waits or invoices as a consumer.
 */
export function GenerateInvoice({ orderId, onDone }: { orderId: string; onDone: () => unknown }) {
  const { t } = useTranslation();
  const [issueInvoice] = useMutation(ISSUE_INVOICE);
  const [unverified, setUnverified] = useState<string | null>(null);
  const generate = async (asConsumer = false) => {
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
      await onDone();
    } catch (err) {
      const api = toApiError(err);
      if (api.reason === 'VAT_NUMBER_UNVERIFIED') setUnverified(api.message);
      else notifications.show({ color: 'red', title: t('errors.notDone'), message: api.message });
    }
  };
  return (
    <>
      <Button variant="default" data-testid="generate-invoice" onClick={() => generate()}>
        {t('orderInvoice.generate')}
      </Button>
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
            <Button onClick={() => generate(true)} data-testid="unverified-as-consumer">
              {t('vat.unverified.asConsumer')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
