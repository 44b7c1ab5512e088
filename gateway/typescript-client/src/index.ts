// What a front end writes with the generated client: documents typed end to end, so a field the
// schema drops or retypes is a compile error here, not a runtime surprise.
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { EventsPageDocument, SeedClashDocument } from './generated/graphql';

export type SeedClash = ResultOf<typeof SeedClashDocument>;

/** The claimants of the seed clash with what each says about who started it. */
export function claimantsAndInitiators(result: SeedClash): Array<{ claimant: string; initiator: string }> {
  return (result.event?.claims ?? []).map((claim) => ({
    claimant: claim?.claimant?.name ?? 'unknown',
    initiator: claim?.initiator?.name ?? 'not stated',
  }));
}

/** The variables of the next page of a list, from the page just shown. */
export function nextPage(
  variables: VariablesOf<typeof EventsPageDocument>,
  page: ResultOf<typeof EventsPageDocument>,
): VariablesOf<typeof EventsPageDocument> | null {
  const info = page.events?.pageInfo;
  return info?.hasNextPage ? { ...variables, after: info.endCursor } : null;
}
