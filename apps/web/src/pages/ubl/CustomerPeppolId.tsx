import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { describeError, fieldErrors, toApiError } from '../../lib/graphql-errors';

const CUSTOMER_PEPPOL = graphql(`
  query CustomerPeppolId($id: ID!) {
    customer(id: $id) { id peppolId }
  }
`);
const SAVE_PEPPOL = graphql(`
  mutation SaveCustomerPeppolId($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) { customer { id peppolId } }
  }
`);

/** The customer's electronic address on Peppol e-invoices (used by invoices issued from then on). */
export function CustomerPeppolId({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { data } = useQuery(CUSTOMER_PEPPOL, { variables: { id: customerId } });
  const [save, saving] = useMutation(SAVE_PEPPOL);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const c = data?.customer;
  useEffect(() => {
    if (c) setValue(c.peppolId ?? '');
  }, [c]);
  if (!c) return null;
  const write = can('CUSTOMERS_WRITE');
  const submit = async () => {
    setError(undefined);
    try {
      await save({ variables: { input: { id: customerId, peppolId: value.trim() || null } } });
      notifications.show({ color: 'green', message: t('ubl.customer.saved') });
    } catch (err) {
      const api = toApiError(err);
      setError(fieldErrors(api).peppolId);
      notifications.show({ color: 'red', title: t('errors.notDone'), message: describeError(api, i18n) });
    }
  };
  return (
    <Card withBorder data-testid="customer-peppol">
      <Stack gap="xs">
        <Text fw={600}>{t('ubl.customer.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('ubl.peppolIdHelp')}
        </Text>
        <Group align="end">
          <TextInput
            label={t('fieldLabels.peppolId')}
            placeholder="0088:5798000000001"
            value={value}
            error={error}
            disabled={!write}
            onChange={(e) => setValue(e.currentTarget.value)}
            w={280}
            data-testid="customer-peppol-id"
          />
          {write && (
            <Button variant="light" loading={saving.loading} onClick={submit}>
              {t('ubl.customer.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
