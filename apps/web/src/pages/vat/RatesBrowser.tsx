import { useQuery } from '@apollo/client/react';
import { Group, Loader, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { EU_COUNTRIES } from '@orion/vat/countries';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorAlert } from '../../components/feedback';
import { pct } from './percent';
import { GoodsRatesTable } from './GoodsRatesTable';
import { RATES } from './rates-documents';

const today = () => new Date().toISOString().slice(0, 10);

/** The dated EU VAT rate table, by country and date. */
export function RatesBrowser() {
  const { t } = useTranslation();
  const [country, setCountry] = useState<string | null>('LU');
  const [asOf, setAsOf] = useState(today());
  const valid = asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const { data, error, loading } = useQuery(RATES, {
    variables: { country, asOf: asOf || null },
    skip: !valid,
  });
  return (
    <Stack maw={960}>
      <Group align="end">
        <CountrySelect
          label={t('vat.rates.country')}
          placeholder={t('vat.rates.allCountries')}
          only={EU_COUNTRIES}
          value={country}
          onChange={setCountry}
          clearable
          w={240}
          data-testid="rates-country"
        />
        <TextInput
          type="date"
          label={t('vat.rates.date')}
          description={t('vat.rates.allDates')}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          data-testid="rates-date"
        />
      </Group>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <Loader />}
      {data && data.vatRates.length === 0 && <Text c="dimmed">{t('vat.rates.none')}</Text>}
      {data && data.vatRates.length > 0 && (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" data-testid="rates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vat.rates.country')}</Table.Th>
                <Table.Th>{t('vat.rates.category')}</Table.Th>
                <Table.Th ta="right">{t('vat.rates.rate')}</Table.Th>
                <Table.Th>{t('vat.rates.from')}</Table.Th>
                <Table.Th>{t('vat.rates.to')}</Table.Th>
                <Table.Th>{t('vat.rates.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.vatRates.map((r) => (
                <Table.Tr key={`${r.country}-${r.category}-${r.validFrom ?? ''}`}>
                  <Table.Td>{r.country}</Table.Td>
                  <Table.Td>{r.category.replace('_', '-')}</Table.Td>
                  <Table.Td ta="right">{pct(r.rateBp)}</Table.Td>
                  <Table.Td>{r.validFrom ?? '—'}</Table.Td>
                  <Table.Td>{r.validTo ?? t('vat.rates.open')}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {r.source}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {country && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && <GoodsRatesTable country={country} asOf={asOf} />}
    </Stack>
  );
}
