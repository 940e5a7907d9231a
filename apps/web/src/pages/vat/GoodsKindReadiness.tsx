import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { GoodsKind } from '../../gql/graphql';
import { toApiError } from '../../lib/graphql-errors';
import { formatCents } from '../../lib/money';
import { useGoodsKindLabel } from '../products/GoodsKind';

export const GOODS_KIND_READINESS = graphql(`
  query GoodsKindReadiness {
    goodsKindReadiness {
      productsWithoutKind affectedOrders affectedGrossCents
      products { product { id sku name vatCategory } suggestion crossBorderOrders crossBorderGrossCents }
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmGoodsKind($input: UpdateProductInput!) { updateProduct(input: $input) { product { id goodsKind } } }
`);

/** Where the product list shows the products without a kind of goods. */
export const PRODUCTS_WITHOUT_KIND = '/products?goodsKind=missing';

/** A link from the threshold meter's warning to the products without a kind of goods. */
export function GoodsKindReviewLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={PRODUCTS_WITHOUT_KIND} size="sm" data-testid="goods-kind-review-link">
      {t('goods.readiness.review')}
    </Anchor>
  );
}

/**
 * Before destination VAT matters (turning OSS on, the threshold near): the active products without
 * a kind of goods, their suggestion to confirm and the EU cross-border sales they carried.
 * `turningOn`: shown inside the OSS settings while the switch is being turned on. Needs PRODUCTS_READ
 * (the caller checks); `canWrite` (PRODUCTS_WRITE) offers to confirm the suggestions.
 */
export function GoodsKindReadiness({
  turningOn = false,
  canWrite = false,
}: {
  turningOn?: boolean;
  canWrite?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const label = useGoodsKindLabel();
  const { data, loading, error } = useQuery(GOODS_KIND_READINESS);
  const [confirm] = useMutation(CONFIRM, { refetchQueries: ['GoodsKindReadiness'] });
  const write = canWrite;
  if (error) return <Alert color="red">{toApiError(error).message}</Alert>;
  if (loading && !data) return <Loader size="sm" />;
  const r = data?.goodsKindReadiness;
  if (!r) return null;
  if (r.productsWithoutKind === 0) {
    return turningOn ? null : (
      <Text size="sm" c="dimmed" data-testid="goods-kind-readiness">
        {t('goods.readiness.none')}
      </Text>
    );
  }
  const money = (c: number) => formatCents(c, i18n.language);
  const accept = async (productId: string, kind: GoodsKind) => {
    try {
      // The Luxembourg category stays as it is: confirming a kind never changes the domestic rate.
      await confirm({ variables: { input: { id: productId, goodsKind: kind } } });
      notifications.show({ color: 'green', message: t('goods.confirmed', { kind: label(kind) }) });
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.notDone'), message: toApiError(err).message });
    }
  };
  return (
    <Paper withBorder p="lg" maw={860} data-testid="goods-kind-readiness">
      <Stack gap="xs">
        <Text fw={600}>{turningOn ? t('goods.readiness.turningOn') : t('goods.readiness.title')}</Text>
        <Alert color="orange" p="xs">
          <Text size="sm">{t('goods.readiness.count', { count: r.productsWithoutKind })}</Text>
          <Text size="sm">
            {t('goods.readiness.sales', { orders: r.affectedOrders, amount: money(r.affectedGrossCents) })}
          </Text>
        </Alert>
        <Text size="xs" c="dimmed">
          {t('goods.readiness.help')}
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('goods.readiness.product')}</Table.Th>
              <Table.Th>{t('goods.readiness.suggestion')}</Table.Th>
              <Table.Th ta="right">{t('goods.readiness.abroad')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.products.slice(0, turningOn ? 10 : 100).map((g) => (
              <Table.Tr key={g.product.id} data-testid="goods-kind-gap">
                <Table.Td>
                  <Text size="sm">{g.product.name}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {g.product.sku}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {g.suggestion ? `${label(g.suggestion)} · ${t('goods.toConfirm')}` : t('goods.none')}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{t('goods.readiness.orders', { count: g.crossBorderOrders })}</Text>
                  <Text size="xs" c="dimmed">
                    {money(g.crossBorderGrossCents)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {write && g.suggestion && (
                    <Button size="xs" variant="light" onClick={() => accept(g.product.id, g.suggestion!)}>
                      {t('goods.confirm')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Anchor component={Link} to={PRODUCTS_WITHOUT_KIND} size="sm">
            {t('goods.readiness.all')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
