// Composes Hive Gateway's supergraph from the running actors-service and events-service OpenAPI
// documents, so the peer gateway answers the benchmark's query with the same two batched REST calls
// as ours: GET /events, then one POST /actors/lookup for every actor of the page.
import { createPrefixTransform, defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const actors = process.env.ACTORS_URL ?? 'http://127.0.0.1:8081';
const events = process.env.EVENTS_URL ?? 'http://127.0.0.1:8083';

// The documents declare their error answers (problem+json): left out, or every field would be a
// union with Problem; and Quarkus answers 406 to the problem+json Accept that omnigraph would send.
const options = { ignoreErrorResponses: true, operationHeaders: { accept: 'application/json' } };

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('actors', {
        ...options,
        source: `${actors}/q/openapi?format=json`,
        endpoint: actors,
        // The batch lookup is a POST but a read.
        selectQueryOrMutationField: [{ type: 'Query', fieldName: 'post_actors_lookup' }],
      }),
    },
    {
      sourceHandler: loadOpenAPISubgraph('events', { ...options, source: `${events}/q/openapi?format=json`, endpoint: events }),
      // Both documents name their shared records alike (Problem, IdsRequest…): the events' get a prefix.
      transforms: [createPrefixTransform({ value: 'Ev_', ignore: ['Event', 'EventActor'] })],
    },
  ],
  // An event's actor, fetched for the whole answer at once and matched by id (a lookup leaves
  // unknown ids out, so matching by position could shift).
  additionalTypeDefs: /* GraphQL */ `
    extend type EventActor {
      actor: Actor
        @resolveTo(sourceName: "actors", sourceTypeName: "Query", sourceFieldName: "post_actors_lookup",
          keyField: "actorId", keysArg: "input.ids", result: "items", valueKeyField: "id", requiredSelectionSet: "{ actorId }")
    }
  `,
});
