import { defineErrors } from './error-codes.js';

/** The generic codes: input, sign-in, store and permission checks, missing records. */
export const CORE_ERRORS = defineErrors('core', {
  VALIDATION_FAILED: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description:
      'One input field or more is invalid. `extensions.fields` maps each field (its input path) to what is wrong with it; nothing was saved.',
  },
  NOT_FOUND: {
    kind: 'NOT_FOUND',
    params: [],
    description:
      'The record does not exist, or belongs to another store. `extensions.id` is the id asked for, when there was one.',
  },
  UNAUTHENTICATED: { kind: 'UNAUTHENTICATED', params: [], description: 'Nobody is signed in (or the session ended).' },
  FORBIDDEN: { kind: 'FORBIDDEN', params: [], description: 'Not allowed, for a reason no more specific code names.' },
  PERMISSION_DENIED: {
    kind: 'FORBIDDEN',
    params: ['missing'],
    description:
      "The member's role (or the API key's scopes) lacks a permission the operation needs; `extensions.missing` lists them.",
  },
  API_KEY_NOT_ALLOWED: {
    kind: 'FORBIDDEN',
    params: [],
    description:
      'The operation belongs to a signed-in person (their profile, sessions, stores, API keys); an API key cannot use it.',
  },
  STORE_ACCESS_DENIED: {
    kind: 'FORBIDDEN',
    params: [],
    description: 'The store in `x-store-id` is unknown or the signed-in user is not a member of it.',
  },
  PAYLOAD_TOO_LARGE: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The request body is larger than the endpoint accepts (HTTP 413).',
  },
  MALFORMED_JSON: { kind: 'BAD_USER_INPUT', params: [], description: 'The request body is not valid JSON.' },
  UNSUPPORTED_ENCODING: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The request body’s content encoding or charset is not supported.',
  },
  BAD_REQUEST: { kind: 'BAD_USER_INPUT', params: [], description: 'The HTTP request could not be read.' },
  ROUTE_NOT_FOUND: { kind: 'NOT_FOUND', params: [], description: 'There is no such route under `/api`.' },
  QUERY_TOO_COSTLY: {
    kind: 'BAD_USER_INPUT',
    params: ['cost', 'maximum'],
    description:
      'The operation costs `extensions.cost`, more than `extensions.maximum` (`GRAPHQL_MAX_COST`); refused before any resolver ran. Ask for fewer items per page or fewer nested lists.',
  },
  INTROSPECTION_NEEDS_SIGN_IN: {
    kind: 'UNAUTHENTICATED',
    params: [],
    description: 'Introspection of the schema needs a signed-in caller (production default, `GRAPHQL_INTROSPECTION`).',
  },
  STORE_REQUIRED: {
    kind: 'BAD_USER_INPUT',
    params: [],
    description: 'The operation works on one store: send its id in the `x-store-id` header.',
  },
});
