import { createRequire } from 'node:module';
import {
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
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
