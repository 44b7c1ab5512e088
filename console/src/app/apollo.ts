import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import type { DocumentNode } from 'graphql';
import type { Session } from '../auth/session';

/**
 * The gateway's GraphQL endpoint on this origin, each request with a fresh token. Views ask with
 * `errorPolicy: 'all'`, so that answers keep their partial data beside errors: a service that is
 * down shows as such where its data would be, and the rest of the page works.
 *
 * Documents go by their SHA-256 first (automatic persisted queries): a production gateway runs only
 * registered documents, and the console's are registered with it, built from the same documents.
 */
export function apolloClient(session: Session): ApolloClient {
  const auth = new SetContextLink(async (context) => ({
    headers: { ...context.headers, authorization: `Bearer ${await session.token()}` },
  }));
  return new ApolloClient({
    link: ApolloLink.from([auth, new PersistedQueryLink({ generateHash: (document) => sha256(printRegistered(document)) }),
      new HttpLink({ uri: '/graphql', print: (document) => printRegistered(document as DocumentNode) })]),
    cache: new InMemoryCache(),
  });
}

/**
 * A document as the registry holds it: GraphQL Code Generator prints the console's documents
 * normalised (fields sorted, on one line) before it hashes them, so the console sends them so too.
 */
export function printRegistered(document: DocumentNode): string {
  return printExecutableGraphQLDocument(document);
}

/** The SHA-256 of a document as hex, as the gateway computes it. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
