import type { CodegenConfig } from '@graphql-codegen/cli';

/** The SPA's typed documents, generated from schema.graphql (`pnpm codegen`; CI checks for drift). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*', '!apps/web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
