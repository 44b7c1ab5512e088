import { describe, expect, it } from 'vitest';
import type { EventForEditQuery } from '../generated/graphql';
import { changedFields, claimDraft, claimInput, eventDraft, eventInput, rebase } from './drafts';

const stored: NonNullable<EventForEditQuery['event']> = {
  __typename: 'Event', id: 'e1', version: 3, title: 'Clash', dateFrom: '2020-07-12', dateTo: '2020-07-13', datePrecision: 'DAY',
  status: 'PUBLISHED', eventType: 'BATTLES', subEventType: 'ARMED_CLASH', disorderType: 'POLITICAL_VIOLENCE', civilianTargeting: true,
  notes: 'Shelling', tags: ['border'], conflictId: 'c1', conflict: { __typename: 'Conflict', id: 'c1', name: 'Nagorno-Karabakh' },
  location: { __typename: 'Location', country: 'AZE', admin1: 'Tovuz', admin2: null, place: null, latitude: 40.99, longitude: 45.62, precision: 'ADMIN1' },
  killed: { __typename: 'Estimate', low: 4, best: 4, high: 6 },
  injured: null,
  actors: [{ __typename: 'EventActor', side: 'A', role: 'PRIMARY', actorId: 'a1', actor: null }],
  casualties: [{ __typename: 'Casualties', group: 'SIDE_B', personnel: 'MILITARY', injurySeverity: 'LIGHT', killed: { __typename: 'Estimate', low: null, best: 4, high: null }, injured: null }],
  links: [{ __typename: 'EventLink', type: 'REACTION_TO', eventId: 'e0', event: null }],
};

describe('event drafts', () => {
  it('send back everything read, what the form does not show included (updateEvent replaces the event)', () => {
    const input = eventInput(eventDraft(stored));
    expect(input).toMatchObject({
      version: 3, title: 'Clash', dateFrom: '2020-07-12', dateTo: '2020-07-13', status: 'PUBLISHED', civilianTargeting: true,
      notes: 'Shelling', tags: ['border'], conflictId: 'c1',
      location: { country: 'AZE', admin1: 'Tovuz', admin2: null, latitude: 40.99, longitude: 45.62, precision: 'ADMIN1' },
      killed: { low: 4, best: 4, high: 6 }, injured: null,
      actors: [{ actorId: 'a1', side: 'A', role: 'PRIMARY' }],
      casualties: [{ group: 'SIDE_B', personnel: 'MILITARY', killed: { low: null, best: 4, high: null }, injured: null, injurySeverity: 'LIGHT' }],
      links: [{ eventId: 'e0', type: 'REACTION_TO' }],
    });
  });

  it('leave the event and disorder types to the sub-event type that decides them', () => {
    const draft = { ...eventDraft(stored), subEventType: 'PEACEFUL_PROTEST' as const };
    expect(eventInput(draft)).toMatchObject({ subEventType: 'PEACEFUL_PROTEST', eventType: null, disorderType: null });
    expect(eventInput({ ...draft, subEventType: '' })).toMatchObject({ subEventType: null, eventType: 'BATTLES', disorderType: 'POLITICAL_VIOLENCE' });
  });

  it('name the fields changed since a draft was read', () => {
    const read = eventDraft(stored);
    const now = { ...read, version: 4, title: 'Clash (revised)', killed: { ...read.killed, best: '5' } };
    expect(changedFields(read, now, ['title', 'killed', 'notes'])).toEqual(['title', 'killed']);
  });
});

describe('saving over a newer version', () => {
  it("keeps only the curator's own edits, everything else as the newer version has it", () => {
    const read = eventDraft(stored);
    const mine = { ...read, title: 'Clash (mine)' };
    const theirs = { ...read, version: 4, tags: ['border', 'drone'], notes: 'Shelling at dawn' };
    expect(rebase(read, mine, theirs)).toEqual({ ...theirs, title: 'Clash (mine)' });
  });
});

describe('claim drafts', () => {
  it('send back a claim as read, empty fields as not stated', () => {
    const claim = { version: 2, summary: 'Azerbaijan attacked', quote: null, articleId: 'r1', claimantActorId: 'a2', initiatorActorId: null,
      subEventType: null, credibility: 2, figures: [{ group: 'SIDE_A' as const, killed: { best: 3 } }] };
    expect(claimInput(claimDraft(claim))).toEqual({
      version: 2, summary: 'Azerbaijan attacked', quote: null, articleId: 'r1', claimantActorId: 'a2', initiatorActorId: null,
      subEventType: null, credibility: 2,
      figures: [{ group: 'SIDE_A', personnel: null, killed: { low: null, best: 3, high: null }, injured: null, injurySeverity: null }],
    });
  });
});
