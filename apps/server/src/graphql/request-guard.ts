import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Config } from '../config.js';
import { authenticateRequest } from '../modules/auth/request-context.js';
import type { Ctx } from '../core/context.js';
import { DomainError } from '../core/errors.js';
import { assertAffordable, clientError, queryCost } from './query-cost.js';

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
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || contextValue.queryCost === undefined) return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested: contextValue.queryCost, maximum: config.GRAPHQL_MAX_COST },
          };
        },
        async didResolveOperation({ document, request, operationName, contextValue, schema }) {
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
          await authenticateRequest(contextValue);
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
