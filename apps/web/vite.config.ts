import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = process.env.ORION_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': api, '/api': api, '/healthz': api },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // GraphiQL's editor (Monaco) is large; it is only loaded by /graphiql.
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: { main: 'index.html', graphiql: 'graphiql.html' } },
  },
  test: { environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/test/setup.ts'] },
});
