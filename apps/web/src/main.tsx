import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './i18n';
import { ApolloProvider } from '@apollo/client/react';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { StoreSelectionProvider } from './app/store-context';

const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
});
// A session that ends mid-use (expired, signed out elsewhere): back to sign-in, then here again.
const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = window.location;
    if (pathname.startsWith('/sign-in') || pathname.startsWith('/accept-invitation')) return;
    window.location.assign(`/sign-in?next=${encodeURIComponent(pathname + search)}`);
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <ApolloProvider client={client}>
        <StoreSelectionProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </StoreSelectionProvider>
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
