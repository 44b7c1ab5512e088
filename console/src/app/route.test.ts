import { describe, expect, it } from 'vitest';
import { actorHref, conflictHref, eventEditHref, eventHref, NEW_EVENT_HREF, parseRoute, searchHref } from './route';

describe('routes', () => {
  it('read an event page and its id back from its link', () => {
    expect(parseRoute(eventHref('0e000000-0000-7000-8000-000000000001'))).toEqual({ view: 'event', id: '0e000000-0000-7000-8000-000000000001' });
  });

  it("read a curator's form for a new event and for an event's edit", () => {
    expect(parseRoute(NEW_EVENT_HREF)).toEqual({ view: 'event-new' });
    expect(parseRoute(eventEditHref('e/1'))).toEqual({ view: 'event-edit', id: 'e/1' });
  });

  it('read actor and conflict pages and the search with its words', () => {
    expect(parseRoute(actorHref('a1'))).toEqual({ view: 'actor', id: 'a1' });
    expect(parseRoute(conflictHref('c1'))).toEqual({ view: 'conflict', id: 'c1' });
    expect(parseRoute(searchHref('"Tovuz direction" -ceasefire'))).toEqual({ view: 'search', q: '"Tovuz direction" -ceasefire' });
  });

  it('read the explore view with its query, the default for anything else', () => {
    const route = parseRoute('#/?country=AZE&minKilled=2');
    expect(route.view).toBe('explore');
    expect(route.view === 'explore' && route.query.get('country')).toBe('AZE');
    expect(parseRoute('').view).toBe('explore');
    expect(parseRoute('#/nowhere').view).toBe('explore');
  });
});
