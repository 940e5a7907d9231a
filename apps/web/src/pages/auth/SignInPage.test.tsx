import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { LOGIN } from './sign-in-documents';
import { SignInPage } from './SignInPage';

function answer(email: string, password: string, error: GraphQLError) {
  return { request: { query: LOGIN, variables: { input: { email, password } } }, result: { errors: [error] } };
}

async function submit(email: string, password: string) {
  fireEvent.change(screen.getByTestId('sign-in-email'), { target: { value: email } });
  fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}

describe('the sign-in page', () => {
  it('says clearly that sign-in is paused after too many attempts, and for how long', async () => {
    await i18n.changeLanguage('en');
    const locked = new GraphQLError('Too many failed sign-ins for this e-mail address. Try again in 15 minutes.', {
      extensions: { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 840 },
    });
    renderPage(<SignInPage />, { mocks: [answer('owner@orion.demo', 'guess', locked)], path: '/sign-in' });
    await submit('owner@orion.demo', 'guess');
    const alert = await screen.findByTestId('sign-in-error');
    expect(alert.getAttribute('data-reason')).toBe('TOO_MANY_ATTEMPTS');
    expect(alert.textContent).toContain('Sign-in paused for this address');
    expect(alert.textContent).toContain('Try again in 14 min');
  });

  it('puts field messages next to their fields, in the interface language for the rest', async () => {
    await i18n.changeLanguage('fr');
    const invalid = new GraphQLError('Please correct: email — must be an e-mail address', {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        fields: { email: 'must be an e-mail address' },
      },
    });
    renderPage(<SignInPage />, { mocks: [answer('nope', 'x', invalid)], path: '/sign-in' });
    expect(screen.getByText('Connexion à Orion')).toBeTruthy();
    await submit('nope', 'x');
    await waitFor(() => expect(screen.getByText('must be an e-mail address')).toBeTruthy());
    expect(screen.getByTestId('sign-in-email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('sign-in-error')).toBeNull();
    await i18n.changeLanguage('en');
  });
});
