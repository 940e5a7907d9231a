import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { EU_COUNTRIES } from '@orion/vat/countries';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { graphql } from '../../gql';
import { fieldErrors, toApiError } from '../../lib/graphql-errors';

export const PRODUCT_VAT_OVERRIDES = graphql(`
  query ProductVatOverrides($productId: ID!) {
    productVatOverrides(productId: $productId) { id country rateCategory note setBy updatedAt }
  }
`);
const RATES_TODAY = graphql(`
  query OverrideRates($country: String!, $asOf: String!) { vatRates(country: $country, asOf: $asOf) { category rateBp } }
`);
const SET = graphql(`
  mutation SetProductVatOverride($input: SetProductVatOverrideInput!) {
    setProductVatOverride(input: $input) { id country rateCategory note setBy updatedAt }
  }
`);
const REMOVE = graphql(`
  mutation RemoveProductVatOverride($productId: ID!, $country: String!) {
    removeProductVatOverride(productId: $productId, country: $country)
  }
`);

const pct = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A product's destination rates chosen by hand (the accountant's decision where the goods-rate
 * table says "check" or the product is an exception): the list, and a small form to set or remove one.
 */
export function ProductVatOverrides({
  productId,
  sellerCountry = 'LU',
}: {
  productId: string;
  sellerCountry?: string;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const write = can('SETTINGS_WRITE');
  const { data, error, refetch } = useQuery(PRODUCT_VAT_OVERRIDES, { variables: { productId } });
  const [country, setCountry] = useState<string | null>(null);
  const [rate, setRate] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rates = useQuery(RATES_TODAY, { variables: { country: country ?? '', asOf: today() }, skip: !country });
  const [set, setting] = useMutation(SET);
  const [remove] = useMutation(REMOVE);
  const category = (c: string) => t(`goods.override.category.${c}`, { defaultValue: c });

  const save = async () => {
    setErrors({});
    try {
      await set({ variables: { input: { productId, country: country ?? '', rateCategory: rate ?? '', note } } });
      notifications.show({ color: 'green', message: t('goods.override.saved', { country }) });
      setCountry(null);
      setRate(null);
      setNote('');
      await refetch();
    } catch (err) {
      const api = toApiError(err);
      setErrors(fieldErrors(api));
      notifications.show({ color: 'red', title: t('errors.notDone'), message: api.message });
    }
  };
  const drop = async (c: string) => {
    try {
      await remove({ variables: { productId, country: c } });
      notifications.show({ color: 'green', message: t('goods.override.removed', { country: c }) });
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: toApiError(err).message });
    }
  };

  return (
    <Paper withBorder p="md" data-testid="product-vat-overrides">
      <Stack gap="xs">
        <Text fw={600}>{t('goods.override.title')}</Text>
        <Text size="xs" c="dimmed">
          {t('goods.override.help')}
        </Text>
        {error && <Alert color="red">{toApiError(error).message}</Alert>}
        {data && data.productVatOverrides.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('goods.override.none')}
          </Text>
        )}
        {data && data.productVatOverrides.length > 0 && (
          <Table>
            <Table.Tbody>
              {data.productVatOverrides.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.country}</Table.Td>
                  <Table.Td>{category(o.rateCategory)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{o.note}</Text>
                    {o.setBy && (
                      <Text size="xs" c="dimmed">
                        {t('goods.override.by', { who: o.setBy })} · {String(o.updatedAt).slice(0, 10)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {write && (
                      <ConfirmAction
                        title={t('goods.override.remove')}
                        message={t('goods.override.removeConfirm', { country: o.country })}
                        confirmLabel={t('goods.override.remove')}
                        onConfirm={() => drop(o.country)}
                        buttonProps={{ size: 'xs', variant: 'subtle' }}
                        testId="override-remove"
                      >
                        {t('goods.override.remove')}
                      </ConfirmAction>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {write && (
          <Group align="end" wrap="wrap">
            <Select
              label={t('goods.override.country')}
              data={EU_COUNTRIES.filter((c) => c !== sellerCountry)}
              value={country}
              onChange={(c) => {
                setCountry(c);
                setRate(null);
              }}
              searchable
              w={110}
              error={errors.country}
              data-testid="override-country"
            />
            <Select
              label={t('goods.override.rate')}
              data={(rates.data?.vatRates ?? []).map((r) => ({
                value: r.category,
                label: `${category(r.category)} — ${pct(r.rateBp)}`,
              }))}
              value={rate}
              onChange={setRate}
              disabled={!country}
              w={220}
              error={errors.rateCategory}
              data-testid="override-rate"
            />
            <TextInput
              label={t('goods.override.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={errors.note}
              style={{ flex: 1, minWidth: 220 }}
              data-testid="override-note"
            />
            <Button onClick={save} loading={setting.loading} disabled={!country || !rate} data-testid="override-save">
              {t('goods.override.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
