import { type EntityClass, type EntityProperty, JsonType, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Rows of an entity's table read with raw SQL into plain objects that carry the entity's property
 * names and JS types (dates as `Date`, bigints as numbers, JSON parsed): what GraphQL needs from
 * a list, without the identity map, change-set snapshots and hydration of `em.find`. Read-only:
 * these objects are not entities and must never be persisted.
 *
 * The readable properties come from the entity metadata: every persisted scalar except lazy ones
 * (as `em.find` does), and `<name>Id` for each to-one relation listed in `refs`. A column added to
 * the entity is read too. Dates may come as PostgreSQL text or as JSON (ISO 8601) strings; both
 * parse to the same `Date` (to the millisecond, as the ORM does).
 */
export interface PlainReader<T> {
  readonly table: string;
  /** The property names it can read. */
  readonly names: ReadonlySet<string>;
  /** The columns for some properties (`'all'`: every readable one); `id` is always among them. */
  pick(names: Iterable<string> | 'all'): PlainColumns<T>;
}

export interface PlainColumns<T> {
  /** `"alias"."column" as "property", …`: a select list. */
  readonly columns: string;
  /** `json_build_object('property', "alias"."column", …)`: one row as JSON, for a subquery. */
  readonly json: string;
  /** Converts a row (or a JSON object from `json`) in place to the properties' JS types. */
  map(row: Record<string, unknown>): T;
}

const cache = new Map<string, PlainReader<unknown>>();

export function plainReader<T>(
  em: EntityManager,
  entity: EntityClass<object>,
  alias: string,
  refs: readonly string[] = [],
): PlainReader<T> {
  const key = `${entity.name}|${alias}|${refs.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit as PlainReader<T>;
  const meta = em.getMetadata().get(entity);
  // Both conversions below are stateless (no configuration of the ORM instance is involved).
  const platform = em.getPlatform();
  const q = (s: string) => `"${s}"`;
  const readable = new Map<string, { column: string; convert?: (v: unknown) => unknown }>();
  for (const prop of meta.props as EntityProperty[]) {
    if (prop.persist === false || prop.lazy || !prop.fieldNames?.length) continue;
    const column = `${q(alias)}.${q(prop.fieldNames[0]!)}`;
    if (prop.kind === ReferenceKind.MANY_TO_ONE && refs.includes(prop.name)) {
      readable.set(`${prop.name}Id`, { column });
    } else if (prop.kind === ReferenceKind.SCALAR) {
      const type = prop.customType;
      const convert =
        prop.runtimeType === 'Date'
          ? (v: unknown) => platform.parseDate(v as string)
          : type && !(type instanceof JsonType)
            ? (v: unknown) => type.convertToJSValue(v, platform)
            : undefined;
      readable.set(prop.name, { column, convert });
    }
  }
  const picks = new Map<string, PlainColumns<T>>();
  const reader: PlainReader<T> = {
    table: meta.tableName,
    names: new Set(readable.keys()),
    pick(names) {
      const wanted =
        names === 'all' ? [...readable.keys()] : [...new Set(['id', ...names])].filter((n) => readable.has(n)).sort();
      const pickKey = wanted.join(',');
      let picked = picks.get(pickKey);
      if (picked) return picked;
      const entries = wanted.map((n) => [n, readable.get(n)!] as const);
      const converters = entries.filter(([, r]) => r.convert).map(([n, r]) => [n, r.convert!] as const);
      picked = {
        columns: entries.map(([n, r]) => `${r.column} as ${q(n)}`).join(', '),
        json: `json_build_object(${entries.map(([n, r]) => `'${n}', ${r.column}`).join(', ')})`,
        map(row) {
          for (const [n, convert] of converters) {
            const v = row[n];
            if (v != null) row[n] = convert(v);
          }
          return row as T;
        },
      };
      if (picks.size < 200) picks.set(pickKey, picked); // selections are the clients' to vary
      return picked;
    },
  };
  cache.set(key, reader);
  return reader;
}
