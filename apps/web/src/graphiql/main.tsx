// The API explorer served at /graphiql: GraphiQL bundled at build time, no CDN (works offline).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { DEFAULT_QUERY, defaultHeaders, explorerFetcher } from './fetcher';

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={explorerFetcher}
    defaultHeaders={defaultHeaders(localStorage)}
    defaultQuery={DEFAULT_QUERY}
    shouldPersistHeaders
  />,
);
