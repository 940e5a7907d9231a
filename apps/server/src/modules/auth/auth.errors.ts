import { defineErrors } from '../../core/error-codes.js';

export const AUTH_ERRORS = defineErrors('auth', {
  INVALID_CREDENTIALS: {
    kind: 'UNAUTHENTICATED',
    params: [],
    description:
      'The e-mail address or the password is wrong (the answer does not say which). When accepting an invitation: the password of the existing account is wrong.',
  },
  WRONG_CURRENT_PASSWORD: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description: 'Changing the password needs the current one; a wrong one counts like a failed sign-in.',
  },
  PASSWORD_RESET_INVALID: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description: 'The password reset link is unknown or was already used; ask for a new one.',
  },
  PASSWORD_RESET_EXPIRED: {
    kind: 'BAD_USER_INPUT',
    params: ['fields'],
    description: 'The password reset link is older than one hour; ask for a new one.',
  },
  API_KEY_INVALID: {
    kind: 'UNAUTHENTICATED',
    params: [],
    description:
      'The API key in `Authorization: Bearer` is unknown, revoked, expired or past its rotation grace period (the answer does not say which). Failures count like failed sign-ins from the network address.',
  },
  TOO_MANY_ATTEMPTS: {
    kind: 'TOO_MANY_REQUESTS',
    params: ['retryAfterSeconds'],
    description: 'Too many failed sign-ins; try again after `extensions.retryAfterSeconds`.',
  },
});
