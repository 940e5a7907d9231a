import { gql } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';

const ME = gql`
  query Me {
    me {
      user {
        id
      }
    }
  }
`;
const TEAM = gql`
  query Team {
    teamMembers {
      userId
    }
  }
`;

function fakeServer(body: unknown = { data: { me: { __typename: 'Me', user: { __typename: 'User', id: '1' } } } }) {
  const calls: { headers: Headers; credentials?: RequestCredentials }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ headers: new Headers(init?.headers), credentials: init?.credentials });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('the Apollo client', () => {
  it('sends the active store as x-store-id, with the session cookie, and follows a switch', async () => {
    let store: string | null = 'store-a';
    const server = fakeServer();
    const client = createApolloClient({ getStoreId: () => store, fetch: server.fetch, uri: 'http://test/graphql' });

    await client.query({ query: ME });
    expect(server.calls[0]?.headers.get('x-store-id')).toBe('store-a');
    expect(server.calls[0]?.credentials).toBe('same-origin');

    store = 'store-b';
    await client.resetStore();
    await client.query({ query: ME, fetchPolicy: 'network-only' });
    expect(server.calls.at(-1)?.headers.get('x-store-id')).toBe('store-b');
  });

  it('sends no store header before a store is chosen', async () => {
    const server = fakeServer();
    const client = createApolloClient({ getStoreId: () => null, fetch: server.fetch, uri: 'http://test/graphql' });
    await client.query({ query: ME });
    expect(server.calls[0]?.headers.has('x-store-id')).toBe(false);
  });

  it('reports a lost session on ordinary operations, but leaves Me to the session guard', async () => {
    const unauthenticated = {
      errors: [{ message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' } }],
      data: null,
    };
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({
      getStoreId: () => 's',
      fetch: fakeServer(unauthenticated).fetch,
      uri: 'http://test/graphql',
      onUnauthenticated,
    });
    await expect(client.query({ query: TEAM })).rejects.toThrow('You need to sign in.');
    expect(onUnauthenticated).toHaveBeenCalledWith('Team');
    onUnauthenticated.mockClear();
    await expect(client.query({ query: ME })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
