import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de';
import i18n from '../../i18n';
import { renderPage } from '../../test/render';
import { ConnectionCard } from './LetzshopPage';

const settings = {
  apiKeyLast4: '-key',
  endpointUrl: 'https://letzshop.lu/graphql',
  autoSync: false,
  syncIntervalMinutes: 15,
  defaultCarrier: 'post_lu',
};

describe('Letzshop connection settings', () => {
  it('a changed endpoint makes the key required and says why; saving without the key stops in the form', async () => {
    await i18n.changeLanguage('de');
    renderPage(<ConnectionCard settings={settings} editable onSaved={() => {}} />);
    expect(screen.queryByText(de.letzshopEndpoint.keyRequiredHelp)).toBeNull();
    const endpoint = screen.getByLabelText(de.letzshop.endpoint) as HTMLInputElement;
    fireEvent.change(endpoint, { target: { value: 'https://letzshop.lu/graphql-v2' } });
    expect(await screen.findByText(de.letzshopEndpoint.keyRequiredHelp)).toBeTruthy();
    expect((screen.getByTestId('letzshop-key') as HTMLInputElement).required).toBe(true);
    fireEvent.click(screen.getByTestId('letzshop-save'));
    expect(await screen.findByText(de.letzshopEndpoint.keyRequired)).toBeTruthy();

    // Back to the stored endpoint: the stored key is kept, nothing to enter.
    fireEvent.change(endpoint, { target: { value: settings.endpointUrl } });
    await waitFor(() => expect(screen.queryByText(de.letzshopEndpoint.keyRequiredHelp)).toBeNull());
    expect((screen.getByTestId('letzshop-key') as HTMLInputElement).required).toBe(false);
  });
});
