import type { MikroORM } from '../../src/db/orm.js';
import { Product } from '../../src/modules/catalog/product.entity.js';
import { VatCategory } from '../../src/modules/catalog/vat-category.js';
import type { GqlClient } from './gql-client.js';

let n = 0;

/** A product row for test setup (the catalogue's own API is tested in catalog tests). */
export async function seedProduct(
  orm: MikroORM,
  storeId: string,
  data: Partial<
    Pick<Product, 'sku' | 'name' | 'priceCents' | 'vatCategory' | 'goodsKind' | 'digital' | 'lowStockThreshold'>
  > = {},
): Promise<{ id: string; sku: string }> {
  const em = orm.em.fork();
  n += 1;
  const p = em.create(Product, {
    store: storeId,
    sku: data.sku ?? `SKU-${n}-${Math.random().toString(36).slice(2, 7)}`,
    name: data.name ?? `Product ${n}`,
    priceCents: data.priceCents ?? 1990,
    vatCategory: data.vatCategory ?? VatCategory.STANDARD,
    goodsKind: data.goodsKind ?? null,
    digital: data.digital ?? false,
    lowStockThreshold: data.lowStockThreshold ?? 0,
  });
  await em.flush();
  return { id: p.id, sku: p.sku };
}

export async function createLocation(c: GqlClient, warehouse: string, bin: string): Promise<string> {
  const r = await c.ok('mutation($i: CreateLocationInput!) { createLocation(input: $i) { id warehouse bin } }', {
    i: { warehouse, bin },
  });
  return r.createLocation.id;
}

export async function receive(c: GqlClient, productId: string, locationId: string, quantity: number) {
  return c.ok('mutation($i: AdjustStockInput!) { adjustStock(input: $i) { quantity reserved available } }', {
    i: { productId, locationId, reason: 'RECEIVED', quantity },
  });
}

export const ADDRESS = {
  firstName: 'Léa',
  lastName: 'Muller',
  street: 'Rue de la Gare',
  streetNumber: '12',
  postalCode: 'L-1616',
  city: 'Luxembourg',
  country: 'LU',
};
