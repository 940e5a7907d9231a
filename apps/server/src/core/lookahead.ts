import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/**
 * Which fields a query selects below the current one, through fragments and inline fragments,
 * by response-independent field name (aliases do not matter). Directives (@include/@skip) are not
 * evaluated: a field under `@skip(if: true)` still counts. Use it only to fetch ahead — whatever is
 * fetched ahead must also be loadable without it.
 */
export class Selection {
  private constructor(
    private readonly fields: Map<string, FieldNode[]>,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  static of(info: GraphQLResolveInfo): Selection {
    const fields = new Map<string, FieldNode[]>();
    for (const node of info.fieldNodes) collect(node.selectionSet, info.fragments, fields, new Set());
    return new Selection(fields, info.fragments);
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }

  /** The names of the fields selected (without `__typename`). */
  names(): string[] {
    return [...this.fields.keys()].filter((n) => n !== '__typename');
  }

  /** The selection below `name` (merged over every occurrence of it). */
  get(name: string): Selection {
    const fields = new Map<string, FieldNode[]>();
    for (const node of this.fields.get(name) ?? []) collect(node.selectionSet, this.fragments, fields, new Set());
    return new Selection(fields, this.fragments);
  }

  /** Merges selections (e.g. `nodes { … }` and `edges { node { … } }`). */
  union(other: Selection): Selection {
    const fields = new Map(this.fields);
    for (const [k, v] of other.fields) fields.set(k, [...(fields.get(k) ?? []), ...v]);
    return new Selection(fields, this.fragments);
  }
}

function collect(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Map<string, FieldNode[]>,
  visited: Set<string>,
) {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      const list = into.get(s.name.value);
      if (list) list.push(s);
      else into.set(s.name.value, [s]);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      collect(s.selectionSet, fragments, into, visited);
    } else if (!visited.has(s.name.value)) {
      visited.add(s.name.value);
      collect(fragments[s.name.value]?.selectionSet, fragments, into, visited);
    }
  }
}
