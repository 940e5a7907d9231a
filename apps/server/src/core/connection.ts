import type { EntityManager, FilterQuery, EntityName } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ValidationError } from './errors.js';
import { hasUnstorableText, isUuid } from './text.js';

export const MAX_PAGE_SIZE = 100;
/** Page cap of a list nested in another list's items (a customer's orders), so pages do not multiply. */
export const NESTED_PAGE_SIZE = 20;

/** The extension a field declares its page cap with when below MAX_PAGE_SIZE (read by the query cost). */
export const PAGE_CAP = 'pageCap';

/** `first` as asked, refused (never clamped) outside 1–`max`. */
export function pageSize(first: number | undefined, max = MAX_PAGE_SIZE): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new ValidationError({ first: `must be between 1 and ${max}` });
  return n;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows; ask for it with `after: endCursor`.' }) hasNextPage!: boolean;
  @Field({ description: 'Whether this page was asked for with `after` (a page comes before it).' })
  hasPreviousPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item of the page; null when the page is empty.',
  })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The cursor of the last item of the page: pass it as `after` for the next page; null when the page is empty.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  @Min(1, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `must be between 1 and ${MAX_PAGE_SIZE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** The arguments of a list nested in another list's items: at most NESTED_PAGE_SIZE per page. */
@ArgsType()
export class NestedConnectionArgs extends ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1–${NESTED_PAGE_SIZE}.` })
  @Min(1, { message: `must be between 1 and ${NESTED_PAGE_SIZE}` })
  @Max(NESTED_PAGE_SIZE, { message: `must be between 1 and ${NESTED_PAGE_SIZE}` })
  override first: number = 20;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it (a getter: the count query runs on first read). */
  readonly totalCount: number | Promise<number>;
}

/** A Relay connection type for `T`: `edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`. */
export function Connection<T extends object>(Node: ClassType<T>, name = Node.name) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item in the list: pass it as `after` to continue after it.' })
    cursor!: string;
    @Field(() => Node, { description: `The ${name}.` }) node!: T;
  }
  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${name} items (Relay connection: \`first\`/\`after\`, at most 100 per page). Costs 2 + first × one item.`,
  })
  class Conn implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of the page with their cursors.' }) edges!: Edge[];
    @Field(() => [Node], { description: 'The items of the page (the same as edges.node).' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to ask for them.' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list holds with these filters (not only this page).' })
    totalCount!: number | Promise<number>;
  }
  return Conn;
}

type SortValue = string | number | null;

export const encodeCursor = (v: SortValue, id: string) => Buffer.from(JSON.stringify([v, id])).toString('base64url');

const isSortValue = (v: unknown): v is SortValue =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && !hasUnstorableText(v));

/** A cursor's sort value PostgreSQL cannot read as the column's type (a forged date, say). */
const isDataException = (err: unknown) => /^22/.test(String((err as { code?: unknown }).code ?? ''));

export function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && isSortValue(v[0]) && typeof v[1] === 'string' && isUuid(v[1]))
      return v as [SortValue, string];
  } catch {
    /* fall through */
  }
  throw new ValidationError({ after: 'is not a cursor from this list' });
}

/**
 * Keyset pagination on (sortField, id): stable under inserts, no OFFSET scans. `sortField` must
 * be a scalar column; ties are broken by the (time-ordered) id.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  sort: { field: keyof T & string; direction: 'asc' | 'desc' } = { field: 'id' as keyof T & string, direction: 'desc' },
  options: { populate?: string[] } = {},
): Promise<ConnectionShape<T>> {
  const first = pageSize(args.first);
  const op = sort.direction === 'desc' ? '$lt' : '$gt';
  let pageWhere = where;
  if (args.after) {
    const [v, id] = decodeCursor(args.after);
    if (sort.field === 'id' && v !== null) throw new ValidationError({ after: 'is not a cursor from this list' });
    const keyset =
      sort.field === 'id'
        ? { id: { [op]: id } }
        : { $or: [{ [sort.field]: { [op]: v } }, { [sort.field]: v, id: { [op]: id } }] };
    pageWhere = { $and: [where, keyset] } as FilterQuery<T>;
  }
  const orderBy = { [sort.field]: sort.direction, ...(sort.field === 'id' ? {} : { id: sort.direction }) };
  const rows = await em
    .find(entity, pageWhere, { orderBy, limit: first + 1, populate: options.populate as never })
    .catch((err: unknown) => {
      if (args.after && isDataException(err)) throw new ValidationError({ after: 'is not a cursor from this list' });
      throw err;
    });
  let count: Promise<number> | undefined;
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const cursorOf = (n: T) => {
    const raw = (n as Record<string, unknown>)[sort.field];
    const v = raw instanceof Date ? raw.toISOString() : (raw as SortValue);
    return encodeCursor(sort.field === 'id' ? null : v, n.id);
  };
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    get totalCount() {
      count ??= em.count(entity, where);
      return count;
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
