import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, fieldErrors, formErrors, type Translator, toApiError } from './graphql-errors';

const gqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

const dictionary: Record<string, string> = {
  'errors.network': 'Server unreachable',
  'errors.generic': 'Something went wrong',
  'errors.LAST_OWNER': 'Last owner (translated)',
  'errors.TOO_MANY_ATTEMPTS': 'Locked for {{minutes}} min',
};
const i18n = {
  exists: (k: string) => k in dictionary,
  t: (k: string, o?: Record<string, unknown>) =>
    (dictionary[k] ?? k).replace(/{{(\w+)}}/g, (_, name: string) => String(o?.[name])),
} as unknown as Translator;

describe('toApiError', () => {
  it('reads code, reason and field messages from the first GraphQL error', () => {
    const api = toApiError(
      gqlError('Please correct: email — must be an e-mail address', {
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        fields: { email: 'must be an e-mail address' },
      }),
    );
    expect(api).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldErrors(api)).toEqual({ email: 'must be an e-mail address' });
  });

  it('strips a prefix for nested inputs', () => {
    expect(fieldErrors({ message: '', fields: { 'newCustomer.email': 'bad', lines: 'empty' } }, 'newCustomer')).toEqual(
      { email: 'bad', lines: 'empty' },
    );
  });

  it('marks a server that cannot be reached', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toMatchObject({ network: true });
    expect(toApiError(new Error('Network down'))).toEqual({ message: 'Network down', fields: {} });
  });
});

describe('formErrors: field messages go next to the fields, the rest is told', () => {
  it('puts messages on the fields the form shows', () => {
    const api = toApiError(
      gqlError('Please correct…', { code: 'BAD_USER_INPUT', fields: { email: 'must be an e-mail address' } }),
    );
    expect(formErrors(api, ['email', 'role'])).toEqual({
      fields: { email: 'must be an e-mail address' },
      showMessage: false,
    });
  });

  it('asks for a notification when no field is named', () => {
    const api = toApiError(gqlError('Last owner', { code: 'CONFLICT', reason: 'LAST_OWNER' }));
    expect(formErrors(api, ['email'])).toEqual({ fields: {}, showMessage: true });
  });

  it('asks for a notification too when a named field is not on the form', () => {
    const api = toApiError(gqlError('x', { code: 'BAD_USER_INPUT', fields: { email: 'bad', token: 'expired' } }));
    expect(formErrors(api, ['email'])).toEqual({ fields: { email: 'bad' }, showMessage: true });
  });
});

describe('describeError', () => {
  it('translates known reasons and keeps the server message otherwise', () => {
    expect(describeError(toApiError(gqlError('en text', { code: 'CONFLICT', reason: 'LAST_OWNER' })), i18n)).toBe(
      'Last owner (translated)',
    );
    expect(describeError(toApiError(gqlError('Some new rule', { code: 'CONFLICT', reason: 'NEW_RULE' })), i18n)).toBe(
      'Some new rule',
    );
    expect(describeError(toApiError(new TypeError('Failed to fetch')), i18n)).toBe('Server unreachable');
  });

  it('says how long a lock-out lasts', () => {
    const locked = gqlError('Too many failed sign-ins. Try again in 15 minutes.', {
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: 61,
    });
    expect(describeError(toApiError(locked), i18n)).toBe('Locked for 2 min');
    const noDelay = gqlError('Too many failed sign-ins.', { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    expect(describeError(toApiError(noDelay), i18n)).toBe('Too many failed sign-ins.');
  });
});
