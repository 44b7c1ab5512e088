import { addTypenameToDocument } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../generated/graphql';
import registry from '../generated/persisted-documents.json';
import { printRegistered, sha256 } from './apollo';

describe('the registry of trusted documents', () => {
  const sent = Object.entries(documents).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;

  it('holds every document exactly as Apollo Client sends it', async () => {
    expect(sent.length).toBeGreaterThan(3);
    for (const [name, document] of sent) {
      const text = printRegistered(addTypenameToDocument(document));
      expect(Object.keys(registry), name).toContain(`sha256:${await sha256(text)}`);
    }
  });
});
