import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// The console's queries are typed from the committed gateway/schema.graphql: a schema change that
// breaks one of them fails the build, as for the published TypeScript client.
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // persisted-documents.json: the gateway's registry of the console's trusted documents. Apollo
        // Client adds __typename to every selection before it hashes a document; so does this.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', BigInteger: 'string' },
      },
    },
  },
};

export default config;
