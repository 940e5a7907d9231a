import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { catalogueProblem, type ErrorKind, type ErrorReason, errorSpec } from './error-codes.js';
import { fieldLabel } from './field-labels.js';
import type { Logger } from '../logger.js';
import { coercionError } from './coercion-errors.js';

export type { ErrorKind } from './error-codes.js';

/**
 * A rule of the domain was broken. `code` is specific (INVALID_CREDENTIALS, LAST_OWNER, …) and
 * declared in its module's error catalogue (`<domain>.errors.ts`, see `error-catalogue.ts`);
 * `kind` says which GraphQL class it maps to (by default the catalogue's), `message` is for the
 * person who sees it, `details` for programs (e.g. `{ fields: { email: '…' } }`) and the
 * parameters the catalogue lists for the code's message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorReason,
    message: string,
    readonly kind: ErrorKind = errorSpec(code)?.kind ?? 'BAD_USER_INPUT',
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super('NOT_FOUND', id ? `${what} ${id} was not found.` : `${what} was not found.`, 'NOT_FOUND', { id });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in.') {
    super('UNAUTHENTICATED', message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends DomainError {
  constructor(
    message = 'You are not allowed to do this.',
    code: ErrorReason = 'FORBIDDEN',
    details: Record<string, unknown> = {},
  ) {
    super(code, message, 'FORBIDDEN', details);
  }
}

/**
 * One invalid field or more; `fields` maps each input path to a message a person can act on. The
 * message names the fields as people call them (`field-labels.ts`), for API clients that show it.
 */
export class ValidationError extends DomainError {
  constructor(fields: Record<string, string>, message?: string) {
    super(
      'VALIDATION_FAILED',
      message ??
        `Please correct: ${Object.entries(fields)
          .map(([f, m]) => `${fieldLabel(f)} — ${m}`)
          .join('; ')}`,
      'BAD_USER_INPUT',
      { fields },
    );
  }
}

/** The domain error behind an error as Apollo or type-graphql hands it over, if there is one. */
export function domainErrorOf(error: unknown): DomainError | null {
  return domainOf(unwrap(error));
}

function domainOf(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof ArgumentValidationError) {
    const fields: Record<string, string> = {};
    const walk = (errs: typeof error.extensions.validationErrors, prefix: string) => {
      for (const e of Array.isArray(errs) ? errs : []) {
        const key = prefix ? `${prefix}.${e.property}` : e.property;
        if (e.constraints) fields[key] = Object.values(e.constraints)[0] ?? 'is invalid';
        if (e.children?.length) walk(e.children, key);
      }
    };
    walk(error.extensions.validationErrors, '');
    return new ValidationError(fields);
  }
  return null;
}

/**
 * Logs a domain error whose code no catalogue declares, or that lacks a parameter its catalogue
 * entry promises. The type-check stops most; a code built at run time or cast gets here.
 */
export function logIfUncatalogued(log: Pick<Logger, 'error'>, error: unknown): void {
  const domain = domainErrorOf(error);
  if (!domain) return;
  const problem = catalogueProblem(domain.code, domain.kind, domain.details);
  if (problem)
    log.error({ event: 'error_not_catalogued', reason: domain.code, problem }, 'error code not in the catalogue');
}

/** Whether an error is a bug or outage (to be logged) rather than an answer for the user. */
export function isUnexpected(error: unknown): boolean {
  if (domainOf(unwrap(error))) return false;
  if (isGraphQLError(error)) {
    // Parse and validation errors: Apollo wraps graphql's own error (which has no cause of its own).
    if (REQUEST_ERROR_CODES.has(String(error.extensions?.code))) return false;
    const cause = error.originalError;
    if (!cause || (isGraphQLError(cause) && !cause.originalError)) return false;
  }
  return true;
}

const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

// graphql ships CommonJS and ESM builds and both get loaded (Apollo and type-graphql differ), so
// `instanceof GraphQLError` is unreliable: recognise it by shape.
// Apollo's subclasses (ValidationError, SyntaxError, …) rename themselves, hence the shape test.
const isGraphQLError = (e: unknown): e is GraphQLError =>
  e instanceof Error &&
  (e.name === 'GraphQLError' || (typeof (e as GraphQLError).extensions === 'object' && 'locations' in e));

const unwrap = (e: unknown): unknown => (isGraphQLError(e) ? (e.originalError ?? e) : e);

/**
 * Turns every error into a GraphQL error a client can act on: domain errors keep their code and
 * message; unexpected errors are answered without internals (the errors plugin logs them with the
 * request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainOf(unwrap(error)) ?? coercionError(error) ?? coercionError(unwrap(error));
  if (domain) {
    return {
      message: domain.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: domain.kind, reason: domain.code, ...domain.details },
    };
  }
  if (!isUnexpected(error)) return formatted;
  return {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
