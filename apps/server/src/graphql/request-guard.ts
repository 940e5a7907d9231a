import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Config } from '../config.js';
import { authenticateRequest } from '../modules/auth/request-context.js';
import type { Ctx } from '../core/context.js';
import { DomainError } from '../core/errors.js';
import { returnUnused, peekBucket, takeCost, type ThrottleStatus } from '../modules/api-keys/rate-limit.js';
import { actualCost, assertAffordable, clientError, queryCost } from './query-cost.js';

/** The header that asks for an operation's cost without running it (`x-orion-cost-only: 1`). */
export const COST_ONLY_HEADER = 'x-orion-cost-only';

/**
 * What every GraphQL operation goes through once it is parsed and validated, before any resolver:
 * its cost is computed and checked against `GRAPHQL_MAX_COST` (no SQL statement has run yet: the
 * session is read only after), then the caller is authenticated, then introspection is refused to
 * anonymous callers when `GRAPHQL_INTROSPECTION` is `signed-in` (production's default). One hook,
 * so the order holds: Apollo runs the plugins' hooks in parallel. The cost of the operation is
 * kept on the context (`ctx.queryCost`) and sent in the answer's `extensions.cost`.
 */
export function requestGuardPlugin(config: Config): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      let throttle: ThrottleStatus | null = null;
      let taken = 0;
      let costOnly = false;
      return {
        async responseForOperation() {
          // The cost was computed and reported; nothing runs.
          return costOnly
            ? ({
                http: { status: 200, headers: new Map() },
                body: { kind: 'single', singleResult: { data: null } },
              } as never)
            : null;
        },
        async willSendResponse({ contextValue: ctx, response, document, operationName, schema }) {
          if (response.body.kind !== 'single' || ctx.queryCost === undefined) return;
          const result = response.body.singleResult;
          const requested = ctx.queryCost;
          let actual = 0;
          if (!costOnly && taken > 0 && document) {
            actual = Math.min(requested, actualCost(schema, document, operationName, result.data));
          }
          ctx.actualCost = actual;
          if (throttle && taken > 0 && ctx.storeId) {
            try {
              throttle = await returnUnused(ctx as Ctx & { storeId: string }, taken - actual, throttle);
            } catch (err) {
              ctx.log.warn({ err }, 'returning unused query cost failed');
            }
          }
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost: requested,
              actualQueryCost: actual,
              maximumQueryCost: config.GRAPHQL_MAX_COST,
              throttleStatus: throttle && {
                maximumAvailable: throttle.maximumAvailable,
                currentlyAvailable: Math.floor(throttle.currentlyAvailable),
                restoreRate: throttle.restoreRate,
              },
            },
          };
        },
        async didResolveOperation({ document, request, operationName, contextValue, schema }) {
          contextValue.operationName = operationName ?? null;
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName);
          } catch (err) {
            if (err instanceof DomainError) throw clientError(err);
            if (err instanceof GraphQLError) {
              throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            throw err;
          }
          contextValue.queryCost = cost;
          assertAffordable(cost, config.GRAPHQL_MAX_COST);
          try {
            await authenticateRequest(contextValue);
          } catch (err) {
            if (err instanceof DomainError && err.kind === 'UNAUTHENTICATED') throw clientError(err, 401);
            if (err instanceof DomainError && err.kind === 'TOO_MANY_REQUESTS') throw clientError(err, 429);
            throw err;
          }
          if (!contextValue.user && config.GRAPHQL_INTROSPECTION === 'signed-in' && introspects(document)) {
            throw clientError(
              new DomainError(
                'INTROSPECTION_NEEDS_SIGN_IN',
                'Reading the schema (introspection) needs a signed-in user.',
                'UNAUTHENTICATED',
              ),
              401,
            );
          }
          if (!contextValue.storeId) return;
          const store = contextValue as Ctx & { storeId: string };
          if (request.http?.headers.get(COST_ONLY_HEADER) === '1') {
            costOnly = true;
            throttle = await peekBucket(store);
            return;
          }
          try {
            throttle = await takeCost(store, cost);
            taken = cost;
          } catch (err) {
            if (err instanceof DomainError && err.code === 'THROTTLED') {
              throttle = (err as DomainError & { throttleStatus: ThrottleStatus }).throttleStatus;
              throw clientError(err, 429);
            }
            throw err;
          }
        },
      };
    },
  };
}

/** Whether the document asks for the schema (`__schema`, `__type`); `__typename` is not introspection. */
export function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
    },
  });
  return found;
}
