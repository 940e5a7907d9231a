import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getActiveStoreId } from './store-context';

/** The HTTP header naming the active store on every request. */
export const STORE_HEADER = 'x-store-id';

/**
 * Operations for which UNAUTHENTICATED is an expected answer, handled by their page: signing in,
 * the invitation pages, and `Me`, whose failure `RequireSession` turns into the sign-in page.
 */
const SIGNED_OUT_OPERATIONS = new Set(['Me', 'Login', 'Logout', 'InvitationPreview', 'AcceptInvitation']);

/** Adds `x-store-id: <active store>` to every request (none before a store is known). */
export function storeHeaderLink(getStoreId: () => string | null) {
  return new SetContextLink((prev) => {
    const storeId = getStoreId();
    return storeId ? { headers: { ...prev.headers, [STORE_HEADER]: storeId } } : {};
  });
}

/** Calls `onUnauthenticated` when the session is gone (expired, signed out elsewhere) mid-use. */
export function authErrorLink(onUnauthenticated: (operationName: string) => void) {
  return new ErrorLink(({ error, operation }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') &&
      !SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')
    ) {
      onUnauthenticated(operation.operationName ?? '');
    }
  });
}

export interface ApolloOptions {
  getStoreId?: () => string | null;
  onUnauthenticated?: (operationName: string) => void;
  uri?: string;
  fetch?: typeof fetch;
}

/**
 * One client for the SPA: same-origin cookie session, and the active store on every request.
 * Switching stores resets the store (`client.resetStore()`), so nothing of the old store stays.
 */
export function createApolloClient(options: ApolloOptions = {}) {
  const links = [
    authErrorLink(options.onUnauthenticated ?? (() => {})),
    storeHeaderLink(options.getStoreId ?? getActiveStoreId),
    new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin', fetch: options.fetch }),
  ];
  return new ApolloClient({
    link: ApolloLink.from(links),
    // `Me` has no id: without a merge policy each query selecting other fields of `me` (the
    // store switcher's merchants, the session's user) replaced the others' and refetched them,
    // and a refetch in flight could bring back a name the profile had just changed.
    cache: new InMemoryCache({ typePolicies: { Me: { merge: true } } }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
