import { createSimulator, DEFAULT_API_KEY, type Simulator, type SimulatorOptions } from '../src/index.js';

export const SHIPMENTS_QUERY = /* GraphQL */ `
  query Shipments($state: ShipmentStateEnum, $first: Int, $after: String, $completedSince: String, $updatedSince: String) {
    shipments(state: $state, first: $first, after: $after, completedSince: $completedSince, updatedSince: $updatedSince) {
      nodes {
        id
        number
        state
        updatedAt
        order {
          id
          number
          email
          total
          completedAt
          locale
          shipAddress { firstName lastName company streetName streetNumber city zipCode phone country { name iso } }
          billAddress { firstName lastName company streetName streetNumber city zipCode phone country { name iso } }
        }
        inventoryUnits {
          id
          state
          variant {
            id
            sku
            mpn
            price
            tradeId { number parser }
            product {
              name { en fr de }
              _brand { __typename ... on Brand { name } ... on BrandUnknown { name } }
            }
          }
        }
        tracking { code provider }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const CONFIRM_MUTATION = /* GraphQL */ `
  mutation Confirm($input: ConfirmInventoryUnitsInput!) {
    confirmInventoryUnits(input: $input) {
      inventoryUnits { id state }
      errors { id code message }
    }
  }
`;

export const TRACK_MUTATION = /* GraphQL */ `
  mutation Track($input: SetShipmentTrackingInput!) {
    setShipmentTracking(input: $input) {
      shipment { id state tracking { code provider } }
      errors { code message }
    }
  }
`;

export const RETURN_MUTATION = /* GraphQL */ `
  mutation Return($input: ReturnInventoryUnitsInput!) {
    returnInventoryUnits(input: $input) {
      inventoryUnits { id state }
      errors { id code message }
    }
  }
`;

export interface GqlResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface TestSim {
  sim: Simulator;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { key?: string | null; signal?: AbortSignal },
  ): Promise<GqlResponse>;
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
}

export async function startSim(options: SimulatorOptions = {}): Promise<TestSim> {
  const sim = createSimulator(options);
  await sim.listen(0);
  return {
    sim,
    async gql(query, variables = {}, opts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const key = opts.key === undefined ? DEFAULT_API_KEY : opts.key;
      if (key !== null) headers.authorization = `Bearer ${key}`;
      const res = await fetch(sim.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: opts.signal,
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, text, json };
    },
    async admin(method, path, body) {
      const res = await fetch(sim.baseUrl + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
  };
}

/** Pages through all shipments over HTTP; returns every node in order. */
export async function fetchAll(
  t: TestSim,
  variables: Record<string, unknown> = {},
  first = 50,
): Promise<{ nodes: any[]; pages: number }> {
  const nodes: any[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res = await t.gql(SHIPMENTS_QUERY, { ...variables, first, after });
    if (res.status !== 200 || res.json.errors) throw new Error(`page failed: ${res.status} ${res.text.slice(0, 300)}`);
    const conn = res.json.data.shipments;
    nodes.push(...conn.nodes);
    pages++;
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { nodes, pages };
}
