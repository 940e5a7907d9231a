import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../gql';

const PICK = graphql(`
  query ProductPick($search: String) {
    products(search: $search, first: 20) { nodes { id sku name priceCents stock { available } } }
  }
`);

export interface PickedProduct {
  id: string;
  sku: string;
  name: string;
  priceCents: number;
  available: number | null;
}

/** A searchable product select (name, SKU or GTIN), showing what is available. */
export function ProductPicker(props: {
  label?: string;
  value: string | null;
  onChange(p: PickedProduct | null): void;
  error?: string;
  testId?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useQuery(PICK, { variables: { search: debounced || null } });
  const nodes = data?.products.nodes ?? [];
  return (
    <Select
      label={props.label}
      searchable
      placeholder="Search name, SKU or GTIN"
      searchValue={search}
      onSearchChange={setSearch}
      value={props.value}
      error={props.error}
      data-testid={props.testId}
      filter={({ options }) => options}
      data={nodes.map((p) => ({
        value: p.id,
        label: `${p.sku} — ${p.name}${p.stock.available === null ? '' : ` (${p.stock.available} available)`}`,
      }))}
      onChange={(id) => {
        const p = nodes.find((n) => n.id === id);
        props.onChange(
          p ? { id: p.id, sku: p.sku, name: p.name, priceCents: p.priceCents, available: p.stock.available } : null,
        );
      }}
    />
  );
}
