import { createRequire } from 'node:module';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE, PAGE_CAP } from '../core/connection.js';
import { DomainError, ValidationError } from '../core/errors.js';

// The library's ESM build imports graphql's ESM files, while the schema (type-graphql) and Apollo
// use graphql's CommonJS build: graphql refuses types of the other build, so load its CommonJS build.
const { getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

/**
 * What a GraphQL operation costs, computed from the document before anything runs:
 * scalars and enums 0, objects 1, a connection 2 + `first` × the cost of one node, each mutation
 * 10 (plus what it selects). A plain list (no `first`: an order's lines, its timeline) counts
 * `PLAIN_LIST_SIZE` elements.
 */
export const COST = { object: 1, connection: 2, mutation: 10 } as const;
export const PLAIN_LIST_SIZE = 10;

const isConnection = (type: GraphQLCompositeType | GraphQLNamedType) =>
  type.name.endsWith('Connection') && 'getFields' in type && 'pageInfo' in type.getFields();

/** The argument that sizes a list (`first`, or `limit` on the plain lists that have one), if any. */
const sizeArg = (field: GraphQLField<unknown, unknown>) =>
  field.args.find((a) => a.name === 'first' || a.name === 'limit')?.name;

/** How many items a list field may return: its argument, refused (never clamped) outside 1 and the field's cap. */
function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  const name = sizeArg(field);
  if (!name) return undefined;
  const cap = Number(field.extensions?.[PAGE_CAP] ?? MAX_PAGE_SIZE);
  const n = args[name];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > cap) {
    throw new ValidationError({ [name]: `must be between 1 and ${cap}` });
  }
  return n;
}

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name === 'Mutation') return COST.mutation + childComplexity;
  // Introspection is answered from the schema in memory (and bounded by the depth limit).
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  const size = listSize(field, args);
  if (isConnection(named)) return COST.connection + (size ?? MAX_PAGE_SIZE) * childComplexity;
  // Inside a connection, `nodes` and `edges` each stand for one node (the connection multiplies);
  // `pageInfo` is in the connection's own cost.
  if (isConnection(type)) return field.name === 'pageInfo' ? 0 : COST.object + childComplexity;
  const element = COST.object + childComplexity;
  if (!isListType(getNullableType(field.type))) return element;
  return (size ?? PLAIN_LIST_SIZE) * element;
};

/** The cost of the operation `operationName` of `document` (throws a ValidationError for a bad `first`). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [estimator],
  });
}

/** Refuses an operation above `maximum` before any resolver runs: HTTP 400, its cost and the maximum in the error. */
export function assertAffordable(cost: number, maximum: number): void {
  if (cost <= maximum) return;
  throw clientError(
    new DomainError(
      'QUERY_TOO_COSTLY',
      `This query costs ${cost}, more than the maximum of ${maximum}. Ask for fewer items per page (first) or fewer nested lists.`,
      'BAD_USER_INPUT',
      { cost, maximum },
    ),
  );
}

/** A domain error raised before execution, answered with HTTP 400 rather than Apollo's 500. */
export function clientError(error: DomainError, status = 400): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}

/**
 * What the operation turned out to cost: the same rules, with each list counted as long as it came
 * back (a page of 3 orders costs 2 + 3 × one order, not 2 + `first` × one). Walks the answer's data
 * along the document; fields that did not come back cost nothing.
 */
export function actualCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  data: Record<string, unknown> | null | undefined,
): number {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!op || !data) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;

  const fieldsOf = (type: GraphQLCompositeType, set: SelectionSetNode, out: [FieldNode, GraphQLCompositeType][]) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push([sel, type]);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType) : type;
        fieldsOf(cond ?? type, sel.selectionSet, out);
      } else {
        const f = fragments.get(sel.name.value);
        if (f)
          fieldsOf((schema.getType(f.typeCondition.name.value) as GraphQLCompositeType) ?? type, f.selectionSet, out);
      }
    }
    return out;
  };

  // The cost of the selection `set` on one object `value` of `type` (without the object's own 1).
  const selectionCost = (type: GraphQLCompositeType, set: SelectionSetNode, value: Record<string, unknown>): number => {
    let total = 0;
    for (const [node, parent] of fieldsOf(type, set, [])) {
      const key = node.alias?.value ?? node.name.value;
      if (!(key in value) || node.name.value.startsWith('__') || !('getFields' in parent)) continue;
      const field = parent.getFields()[node.name.value];
      if (!field || !node.selectionSet) continue;
      const named = getNamedType(field.type) as GraphQLCompositeType;
      total += valueCost(
        named,
        node.selectionSet,
        value[key],
        isConnection(named),
        isConnection(parent),
        node.name.value,
      );
    }
    return total;
  };

  const valueCost = (
    type: GraphQLCompositeType,
    set: SelectionSetNode,
    value: unknown,
    connection: boolean,
    inConnection: boolean,
    name: string,
  ): number => {
    if (value === null || value === undefined) return 0;
    if (Array.isArray(value)) {
      return value.reduce<number>((sum, v) => sum + valueCost(type, set, v, connection, inConnection, name), 0);
    }
    if (typeof value !== 'object') return 0;
    const concrete =
      typeof (value as { __typename?: unknown }).__typename === 'string'
        ? ((schema.getType((value as { __typename: string }).__typename) as GraphQLCompositeType) ?? type)
        : type;
    if (inConnection && name === 'pageInfo') return 0;
    // A connection costs 2 plus its nodes (each counted where it sits: `nodes` or `edges`).
    const own = connection ? COST.connection : COST.object;
    return own + selectionCost(concrete, set, value as Record<string, unknown>);
  };

  let total = 0;
  for (const [node] of fieldsOf(root, op.selectionSet, [])) {
    const key = node.alias?.value ?? node.name.value;
    if (op.operation === 'mutation') total += COST.mutation;
    if (!(key in data) || node.name.value.startsWith('__')) continue;
    const field = root.getFields()[node.name.value];
    if (!field || !node.selectionSet) continue;
    const named = getNamedType(field.type) as GraphQLCompositeType;
    const value = data[key];
    // A mutation's 10 include its payload object; what it selects inside counts on top.
    if (op.operation === 'mutation' && value && typeof value === 'object' && !Array.isArray(value)) {
      total += selectionCost(named, node.selectionSet, value as Record<string, unknown>);
    } else total += valueCost(named, node.selectionSet, value, isConnection(named), false, node.name.value);
  }
  return total;
}
