import { NO_ID, type MatrixRow } from './types.js';

// Unknown ids and an empty scope list fail after the permission check, so nothing changes.
export const apiKeyRows: MatrixRow[] = [
  { op: 'apiKeys', query: '{ apiKeys(first: 1) { totalCount } }', allowed: ['owner'] },
  {
    op: 'apiKeyRequests',
    query: 'query($k: ID!) { apiKeyRequests(keyId: $k, first: 1) { totalCount } }',
    vars: { k: NO_ID },
    allowed: ['owner'],
  },
  {
    op: 'createApiKey',
    query: 'mutation { createApiKey(input: { name: "matrix", scopes: [] }) { secret } }',
    allowed: ['owner'],
  },
  { op: 'rotateApiKey', query: `mutation { rotateApiKey(id: "${NO_ID}") { secret } }`, allowed: ['owner'] },
  { op: 'revokeApiKey', query: `mutation { revokeApiKey(id: "${NO_ID}") { id } }`, allowed: ['owner'] },
];
