import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { getActiveStoreId } from './store-context';

/**
 * One client for the SPA: same-origin cookie session, and the active store on every request.
 * Switching stores resets the cache, so nothing of the other store stays on screen.
 */
export function createApolloClient() {
  const storeHeader = new SetContextLink((prev) => {
    const storeId = getActiveStoreId();
    return { headers: { ...prev.headers, ...(storeId ? { 'x-store-id': storeId } : {}) } };
  });
  return new ApolloClient({
    link: ApolloLink.from([storeHeader, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
