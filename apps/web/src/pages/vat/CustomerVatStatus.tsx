import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { describeError, toApiError } from '../../lib/graphql-errors';
import { formatDateTime } from '../../lib/money';
import { CUSTOMER_VAT, RECHECK, SAVE_VAT } from './customer-vat-documents';

const STATUS_COLOR: Record<string, string> = { VALID: 'green', INVALID: 'red', UNKNOWN: 'orange' };

/** A customer's VAT number, whether it buys as a business, and its VIES check (kept as proof). */
export function CustomerVatStatus({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data, refetch } = useQuery(CUSTOMER_VAT, { variables: { id: customerId } });
  const [save, saving] = useMutation(SAVE_VAT);
  const [recheck, rechecking] = useMutation(RECHECK);
  const [vatNumber, setVatNumber] = useState('');
  const [isBusiness, setIsBusiness] = useState(false);
  const c = data?.customer;
  useEffect(() => {
    if (c) {
      setVatNumber(c.vatNumber ?? '');
      setIsBusiness(c.isBusiness);
    }
  }, [c]);
  if (!c) return null;
  const write = can('CUSTOMERS_WRITE');
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(toApiError(err), i18n) });
    }
  };
  const check = c.vatCheck;
  return (
    <Card withBorder data-testid="customer-vat">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('vat.customer.title')}</Text>
          {check && (
            <Badge color={STATUS_COLOR[check.status] ?? 'gray'} data-testid="customer-vat-status">
              {t(`vat.customer.status.${check.status}`)}
            </Badge>
          )}
        </Group>
        {check && (
          <Text size="sm" c="dimmed">
            {check.message} {formatDateTime(check.checkedAt, i18n.language)}
            {check.consultationNumber ? ` · ${t('vat.invoice.consultation')} ${check.consultationNumber}` : ''}
          </Text>
        )}
        <Group align="end">
          <TextInput
            label={t('vat.customer.number')}
            value={vatNumber}
            disabled={!write}
            onChange={(e) => setVatNumber(e.currentTarget.value)}
            w={220}
          />
          <Switch
            label={t('vat.customer.business')}
            checked={isBusiness}
            disabled={!write}
            onChange={(e) => setIsBusiness(e.currentTarget.checked)}
          />
          {write && (
            <Button
              variant="light"
              loading={saving.loading}
              onClick={() =>
                run(() => save({ variables: { input: { id: customerId, vatNumber: vatNumber || null, isBusiness } } }))
              }
            >
              {t('vat.customer.save')}
            </Button>
          )}
          {write && c.vatNumber && (
            <Button
              variant="default"
              loading={rechecking.loading}
              onClick={() => run(() => recheck({ variables: { id: customerId } }))}
              data-testid="customer-vat-recheck"
            >
              {t('vat.customer.recheck')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
