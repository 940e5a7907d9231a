import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { toApiError } from '../../lib/graphql-errors';
import { useGoodsKindLabel } from '../products/GoodsKind';

export const GOODS_RATES = graphql(`
  query GoodsRates($country: String!, $asOf: String) {
    goodsRates(country: $country, asOf: $asOf) { kind rateBp rateCategory basis note }
  }
`);

const pct = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
const BASIS_COLOR: Record<string, string> = { table: 'teal', check: 'orange', no_entry: 'gray' };

/** One member state's rate for each kind of goods on a date: what OSS invoices to its consumers take. */
export function GoodsRatesTable({ country, asOf }: { country: string; asOf: string }) {
  const { t } = useTranslation();
  const label = useGoodsKindLabel();
  const { data, error } = useQuery(GOODS_RATES, { variables: { country, asOf } });
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;
  if (!data) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('goods.rates.title', { country })}</Text>
      <Text size="xs" c="dimmed">
        {t('goods.rates.help')}
      </Text>
      <Paper withBorder>
        <Table striped verticalSpacing="xs" data-testid="goods-rates-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('goods.rates.kind')}</Table.Th>
              <Table.Th ta="right">{t('goods.rates.rate')}</Table.Th>
              <Table.Th>{t('goods.rates.basis')}</Table.Th>
              <Table.Th>{t('goods.rates.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.goodsRates.map((r) => (
              <Table.Tr key={r.kind}>
                <Table.Td>{label(r.kind)}</Table.Td>
                <Table.Td ta="right">{pct(r.rateBp)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={BASIS_COLOR[r.basis] ?? 'gray'}>
                    {t(`goods.rates.basisLabel.${r.basis}`, { defaultValue: r.basis })}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{r.note ?? ''}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
