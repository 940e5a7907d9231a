import { defineErrors } from '../../core/error-codes.js';

export const API_KEY_ERRORS = defineErrors('api-keys', {
  THROTTLED: {
    kind: 'TOO_MANY_REQUESTS',
    params: ['cost', 'currentlyAvailable', 'restoreRate', 'retryAfterSeconds'],
    description:
      'The leaky bucket of the API key (or, for sessions, of the store) holds less than the query costs. Wait `extensions.retryAfterSeconds` (also the `Retry-After` header) and send it again; `extensions.cost` says what it costs, `currentlyAvailable` and `restoreRate` (points per second) the bucket.',
  },
  API_KEY_NOT_ACTIVE: {
    kind: 'CONFLICT',
    params: ['status'],
    description:
      'Only a working key can be rotated; this one is `extensions.status` (ROTATING, EXPIRED or REVOKED). Create a new key instead.',
  },
  API_KEY_SCOPE_NOT_HELD: {
    kind: 'FORBIDDEN',
    params: ['missing'],
    description:
      "A key cannot hold a permission its creator's role lacks; `extensions.missing` lists the scopes asked for that the role does not grant.",
  },
});
