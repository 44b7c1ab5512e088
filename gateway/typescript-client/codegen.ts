import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is the committed gateway/schema.graphql (SchemaTest keeps it equal to what the gateway
// serves); the documents are the queries front ends run. Each document is validated against the
// schema, so a breaking schema change fails generation, and so the build.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['documents/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // persisted-documents.json: sha256 of each document → its text, the registry of trusted documents.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          BigInteger: 'string',
        },
      },
    },
  },
};

export default config;
