import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { fieldErrors, toApiError } from './graphql-errors';

describe('toApiError', () => {
  it('reads code, reason and field messages from the first GraphQL error', () => {
    const err = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Please correct: email — must be an e-mail address',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'VALIDATION_FAILED',
            fields: { email: 'must be an e-mail address' },
          },
        },
      ],
    });
    const api = toApiError(err);
    expect(api).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(fieldErrors(api)).toEqual({ email: 'must be an e-mail address' });
  });

  it('strips a prefix for nested inputs', () => {
    expect(fieldErrors({ message: '', fields: { 'newCustomer.email': 'bad', lines: 'empty' } }, 'newCustomer')).toEqual(
      {
        email: 'bad',
        lines: 'empty',
      },
    );
  });

  it('keeps plain errors readable', () => {
    expect(toApiError(new Error('Network down'))).toEqual({ message: 'Network down', fields: {} });
  });
});
