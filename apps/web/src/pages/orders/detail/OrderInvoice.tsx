import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSafeDownload } from '../../../components/useSafeDownload';
import { invoicePdfUrl } from '../../invoices/invoice-files';
import type { OrderDetail } from './types';

/** The order's invoice in force: open it in the list, download its PDF. */
export function OrderInvoiceLinks({ invoice }: { invoice: NonNullable<OrderDetail['invoice']> }) {
  const { t } = useTranslation();
  const safeDownload = useSafeDownload();
  return (
    <>
      <Button component={Link} to="/invoices" variant="light" size="xs" data-testid="order-invoice">
        {t('orderInvoice.open', { number: invoice.number })}
      </Button>
      <Button
        component="a"
        href={invoicePdfUrl(invoice.id)}
        onClick={safeDownload}
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
