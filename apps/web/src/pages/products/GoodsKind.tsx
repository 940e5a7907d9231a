import { useQuery } from '@apollo/client/react';
import { Badge, Group, Select, type SelectProps, Tooltip } from '@mantine/core';
import { GOODS_KINDS } from '@orion/vat/goods-kinds';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { GoodsKind, VatCategory } from '../../gql/graphql';

/** Every kind of goods, in packages/vat's order, as the API's enum values. */
export const GOODS_KIND_VALUES = GOODS_KINDS.map((k) => k.toUpperCase() as GoodsKind);

const GOODS_KINDS_QUERY = graphql(`query GoodsKinds { goodsKinds { kind luxembourgCategory } }`);

export function useGoodsKindLabel() {
  const { t } = useTranslation();
  return (kind: GoodsKind) => t(`goods.kind.${kind}`);
}

/** The Luxembourg category each kind of goods gives (from the API), for the product form. */
export function useLuxembourgCategoryOf(): (kind: GoodsKind) => VatCategory | undefined {
  const { data } = useQuery(GOODS_KINDS_QUERY);
  return (kind) => data?.goodsKinds.find((k) => k.kind === kind)?.luxembourgCategory;
}

/** The product form's field; an unset kind shows the suggestion (to confirm by choosing it). */
export function GoodsKindSelect({
  suggestion,
  ...props
}: Omit<SelectProps, 'data'> & { suggestion?: GoodsKind | null }) {
  const { t } = useTranslation();
  const label = useGoodsKindLabel();
  return (
    <Select
      label={t('goods.field')}
      description={t('goods.fieldHelp')}
      placeholder={suggestion ? t('goods.suggested', { kind: label(suggestion) }) : t('goods.placeholder')}
      searchable
      clearable
      data={GOODS_KIND_VALUES.map((value) => ({ value, label: label(value) }))}
      data-testid="product-goods-kind"
      {...props}
    />
  );
}

/** The list filter: all, without a kind (to set or confirm), or one kind. `missing` stands for "without". */
export function GoodsKindFilter({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const label = useGoodsKindLabel();
  return (
    <Select
      aria-label={t('goods.filter')}
      placeholder={t('goods.filterAll')}
      clearable
      searchable
      w={260}
      value={value}
      onChange={onChange}
      data={[
        { value: 'missing', label: t('goods.filterMissing') },
        ...GOODS_KIND_VALUES.map((k) => ({ value: k, label: label(k) })),
      ]}
      data-testid="goods-kind-filter"
    />
  );
}

/** Reads the filter's value as the products query's variables. */
export const goodsKindVariables = (
  v: string | null,
): { goodsKind: GoodsKind | null; goodsKindMissing: boolean | null } =>
  v === 'missing'
    ? { goodsKind: null, goodsKindMissing: true }
    : { goodsKind: (v as GoodsKind | null) ?? null, goodsKindMissing: null };

/** A product's kind of goods in the list: the kind, or the suggestion marked "to confirm". */
export function GoodsKindBadge({
  kind,
  suggestion,
  overridesKind,
}: {
  kind: GoodsKind | null;
  suggestion: GoodsKind | null;
  overridesKind?: boolean;
}) {
  const { t } = useTranslation();
  const label = useGoodsKindLabel();
  if (kind) {
    return (
      <Group gap={4} wrap="nowrap">
        <Badge variant="light" color="indigo" data-testid="goods-kind">
          {label(kind)}
        </Badge>
        {overridesKind && (
          <Tooltip label={t('goods.overridesKind')}>
            <Badge variant="outline" color="gray" size="xs">
              LU
            </Badge>
          </Tooltip>
        )}
      </Group>
    );
  }
  return (
    <Tooltip label={suggestion ? t('goods.suggested', { kind: label(suggestion) }) : t('goods.none')}>
      <Badge variant="outline" color="orange" data-testid="goods-kind-to-confirm">
        {suggestion ? `${label(suggestion)} · ${t('goods.toConfirm')}` : t('goods.none')}
      </Badge>
    </Tooltip>
  );
}
