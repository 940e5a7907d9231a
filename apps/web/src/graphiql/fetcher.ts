import type { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/**
 * Sends the explorer's operations to /graphql on this origin: the session cookie when signed in
 * (with `x-store-id`), or whatever the headers tab holds, such as `Authorization: Bearer orion_sk_…`.
 * The headers tab wins over the defaults.
 */
export const explorerFetcher: Fetcher = async (params, opts) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
};

/** The headers tab's first content: the SPA's active store, and where an API key goes. */
export function defaultHeaders(storage: Pick<Storage, 'getItem'>): string {
  const storeId = storage.getItem('orion.storeId');
  return JSON.stringify(storeId ? { 'x-store-id': storeId } : { Authorization: 'Bearer orion_sk_…' }, null, 2);
}

export const DEFAULT_QUERY = `# Orion API explorer.
# Signed in to the app: your session, and the store
# named by x-store-id in the Headers tab.
# With an API key: { "Authorization": "Bearer orion_sk_…" }
# in the Headers tab instead. Reference: docs/api/.
query RecentOrders {
  orders(first: 5) {
    totalCount
    nodes { orderNumber status totalCents orderedAt updatedAt }
  }
}
`;
