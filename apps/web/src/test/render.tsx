import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import '../i18n';

/** Renders a page as the app does (Mantine, router, i18n) against mocked API answers. */
export function renderPage(
  ui: ReactNode,
  { mocks = [], path = '/' }: { mocks?: MockLink.MockedResponse[]; path?: string } = {},
) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}
