import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ME } from '../../app/session-documents';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { ACCEPT, PREVIEW } from './accept-invitation-documents';

const TOKEN = 'tok-123';
const preview = {
  request: { query: PREVIEW, variables: { token: TOKEN } },
  result: {
    data: {
      invitation: {
        __typename: 'InvitationPreview',
        storeName: 'Demo Shop',
        email: 'lea@example.lu',
        role: 'MANAGER',
        expiresAt: '2030-01-01T00:00:00.000Z',
      },
    },
  },
};
const anonymous = {
  request: { query: ME },
  result: { errors: [new GraphQLError('You need to sign in.', { extensions: { code: 'UNAUTHENTICATED' } })] },
};
const signedInAs = (email: string) => ({
  request: { query: ME },
  result: {
    data: {
      me: {
        __typename: 'Me',
        user: { __typename: 'User', id: 'u1', name: 'Léa', email, locale: 'en' },
        stores: [],
        activeStore: null,
      },
    },
  },
});
const path = `/accept-invitation?token=${TOKEN}`;

describe('the invitation page', () => {
  it('asks someone not signed in to sign in, or to create an account; never for an existing password', async () => {
    await i18n.changeLanguage('en');
    renderPage(<AcceptInvitationPage />, { mocks: [preview, anonymous], path });
    const signIn = await screen.findByTestId('accept-sign-in');
    expect(signIn.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    expect(screen.getByText(/Already have an Orion account with lea@example\.lu/)).toBeTruthy();
    expect(screen.getByTestId('accept-name')).toBeTruthy();
    expect(screen.getByText('Choose a password')).toBeTruthy();
    expect(screen.queryByText('Your current password')).toBeNull();
  });

  it('lets the invited account, signed in, accept with one click and no password', async () => {
    await i18n.changeLanguage('fr');
    // Answered only for exactly these variables: the token, no password.
    const accept = {
      request: { query: ACCEPT, variables: { input: { token: TOKEN } } },
      result: {
        errors: [
          new GraphQLError('x', { extensions: { code: 'FORBIDDEN', reason: 'INVITATION_FOR_ANOTHER_ACCOUNT' } }),
        ],
      },
    };
    renderPage(<AcceptInvitationPage />, { mocks: [preview, signedInAs('Lea@Example.lu'), accept], path });
    expect(await screen.findByText('Vous êtes connecté(e) en tant que Lea@Example.lu.')).toBeTruthy();
    expect(screen.queryByTestId('accept-password')).toBeNull();
    fireEvent.click(screen.getByTestId('accept-submit'));
    const alert = await screen.findByTestId('accept-error');
    expect(alert.textContent).toContain('Cette invitation est destinée à une autre adresse e-mail');
    await i18n.changeLanguage('en');
  });

  it('tells someone signed in as another account to switch', async () => {
    await i18n.changeLanguage('de');
    renderPage(<AcceptInvitationPage />, { mocks: [preview, signedInAs('owner@orion.demo')], path });
    const warning = await screen.findByTestId('accept-other-account');
    expect(warning.textContent).toBe(
      'Sie sind als owner@orion.demo angemeldet, aber diese Einladung gilt für lea@example.lu.',
    );
    await waitFor(() =>
      expect(screen.getByTestId('accept-switch').textContent).toContain('als lea@example.lu anmelden'),
    );
    expect(screen.queryByTestId('accept-submit')).toBeNull();
    await i18n.changeLanguage('en');
  });
});
