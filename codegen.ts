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
    // The error codes as values too: the SPA compares `extensions.reason` with them and its tests
    // check every code has a message in each language.
    'apps/web/src/gql/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
  },
};

export default config;
