import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface InvoiceVatInfo {
  regime: string;
  rateCountry: string;
  reason: string;
  mention?: string | null;
  consultationNumber?: string | null;
  buyerVatNumber?: string | null;
}

const REGIME_COLOR: Record<string, string> = {
  domestic: 'gray',
  origin: 'blue',
  oss: 'grape',
  reverse_charge: 'teal',
  exempt: 'cyan',
};

/** On an invoice: its VAT regime, why, and the mention it carries. */
export function InvoiceVatBlock({ vat }: { vat: InvoiceVatInfo | null | undefined }) {
  const { t } = useTranslation();
  if (!vat) return null;
  return (
    <Paper withBorder p="sm" data-testid="invoice-vat">
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('vat.invoice.regime')}
          </Text>
          <Badge color={REGIME_COLOR[vat.regime] ?? 'gray'} data-testid="invoice-regime">
            {t(`vat.regime.${vat.regime}`, { defaultValue: vat.regime })}
          </Badge>
          <Badge variant="outline">{vat.rateCountry}</Badge>
        </Group>
        <Text size="sm">
          <Text span c="dimmed">
            {t('vat.invoice.why')}:{' '}
          </Text>
          {vat.reason}
        </Text>
        {vat.mention && (
          <Text size="sm">
            <Text span c="dimmed">
              {t('vat.invoice.mention')}:{' '}
            </Text>
            {vat.mention}
          </Text>
        )}
        {vat.consultationNumber && (
          <Text size="xs" c="dimmed">
            {t('vat.invoice.consultation')}: {vat.consultationNumber}
            {vat.buyerVatNumber ? ` · ${vat.buyerVatNumber}` : ''}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
