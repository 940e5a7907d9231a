import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { fieldNamesRule } from '../core/coercion-errors.js';

export const MAX_ALIASES = 30;

/**
 * graphql-armor throws its rejections by default, which Apollo takes for a crash (HTTP 500, "it has
 * been logged"). Reported instead, they are what they are: validation errors of the client's
 * document (HTTP 400, GRAPHQL_VALIDATION_FAILED) naming the limit.
 */
const report = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

/** The limits every GraphQL document is validated against, besides the query cost (request-guard.ts). */
export function validationRules(config: Config): ValidationRule[] {
  const armor = { propagateOnRejection: false, onReject: [report] };
  return [
    fieldNamesRule,
    maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ...armor }) as unknown as ValidationRule,
    maxAliasesRule({ n: MAX_ALIASES, ...armor }) as unknown as ValidationRule,
  ];
}
