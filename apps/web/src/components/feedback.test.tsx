import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorReason } from '../gql/enums';
import i18n from '../i18n';
import { renderPage } from '../test/render';
import { ErrorAlert, QueryError } from './feedback';

const failed = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('errors shown to a person', () => {
  it('tell a validation error in the interface language, naming fields as people do, never by API path', async () => {
    await i18n.changeLanguage('fr');
    const error = failed(
      'Please correct: New customer › E-mail — must be an e-mail address; Discount — cannot be negative',
      {
        code: 'BAD_USER_INPUT',
        reason: ErrorReason.VALIDATION_FAILED,
        fields: { 'newCustomer.email': 'must be an e-mail address', discountCents: 'cannot be negative' },
      },
    );
    renderPage(<ErrorAlert error={error} />);
    const text = screen.getByTestId('error-alert').textContent ?? '';
    expect(text).toBe('Veuillez corriger : Nouveau client › E-mail, Remise.');
    expect(text).not.toMatch(/newCustomer|discountCents/);
    await i18n.changeLanguage('en');
  });

  it('show a role that lacks a permission as no access, whatever the message', async () => {
    await i18n.changeLanguage('de');
    renderPage(
      <QueryError
        error={failed('Your role (staff) does not allow this.', {
          code: 'FORBIDDEN',
          reason: ErrorReason.PERMISSION_DENIED,
          missing: ['TEAM_MANAGE'],
        })}
      />,
    );
    expect(screen.getByTestId('no-access').textContent).toContain('Für Ihre Rolle nicht verfügbar');
    await i18n.changeLanguage('en');
  });

  it('keep the server message for a reason this SPA does not know yet', async () => {
    renderPage(
      <ErrorAlert error={failed('A rule added after this build.', { code: 'CONFLICT', reason: 'NEWER_RULE' })} />,
    );
    expect(screen.getByTestId('error-alert').textContent).toBe('A rule added after this build.');
  });
});
