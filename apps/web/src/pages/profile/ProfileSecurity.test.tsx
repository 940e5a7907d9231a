import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { CHANGE_PASSWORD, MY_SESSIONS, REVOKE_SESSION } from './profile-documents';
import { ChangePasswordCard, SessionsCard } from './ProfileSecurity';

const session = (id: string, userAgent: string, current: boolean) => ({
  __typename: 'SessionInfo',
  id,
  createdAt: '2026-11-30T08:00:00.000Z',
  lastSeenAt: '2026-12-01T09:30:00.000Z',
  expiresAt: '2026-12-31T09:30:00.000Z',
  userAgent,
  ipAddress: '192.0.2.10',
  current,
});
const list = (sessions: unknown[]) => ({ request: { query: MY_SESSIONS }, result: { data: { mySessions: sessions } } });

describe('the profile’s security cards', () => {
  it('lists the sessions, marks this device, and signs out another after confirming', async () => {
    await i18n.changeLanguage('en');
    renderPage(<SessionsCard />, {
      mocks: [
        list([session('s1', 'Firefox on Linux', true), session('s2', 'Safari on iPhone', false)]),
        {
          request: { query: REVOKE_SESSION, variables: { input: { id: 's2' } } },
          result: { data: { revokeSession: true } },
        },
        list([session('s1', 'Firefox on Linux', true)]),
      ],
    });
    const rows = await screen.findAllByTestId('session-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('session-current').textContent).toBe('This device');
    expect(within(rows[1]!).queryByTestId('session-current')).toBeNull();
    expect(rows[1]!.textContent).toContain('192.0.2.10');
    fireEvent.click(within(rows[1]!).getByTestId('session-revoke'));
    expect(await screen.findByText('That browser or device will have to sign in again.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('session-revoke-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(1));
  });

  it('puts a wrong current password next to its field', async () => {
    await i18n.changeLanguage('de');
    const wrong = new GraphQLError('The current password is not correct.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_CURRENT_PASSWORD',
        fields: { currentPassword: 'is not your current password' },
      },
    });
    renderPage(<ChangePasswordCard />, {
      mocks: [
        {
          request: {
            query: CHANGE_PASSWORD,
            variables: { input: { currentPassword: 'guess', newPassword: 'a-brand-new-password' } },
          },
          result: { errors: [wrong] },
        },
      ],
    });
    fireEvent.change(screen.getByTestId('password-current'), { target: { value: 'guess' } });
    fireEvent.change(screen.getByTestId('password-new'), { target: { value: 'a-brand-new-password' } });
    fireEvent.change(screen.getByTestId('password-repeat'), { target: { value: 'a-brand-new-passwort' } });
    fireEvent.click(screen.getByTestId('password-submit'));
    expect(await screen.findByText('Die beiden neuen Passwörter stimmen nicht überein')).toBeTruthy();
    fireEvent.change(screen.getByTestId('password-repeat'), { target: { value: 'a-brand-new-password' } });
    fireEvent.click(screen.getByTestId('password-submit'));
    expect(await screen.findByText('is not your current password')).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
