import { describe, expect, it } from 'vitest';
import { eventHref, parseRoute } from './route';

describe('routes', () => {
  it('read an event page and its id back from its link', () => {
    expect(parseRoute(eventHref('0e000000-0000-7000-8000-000000000001'))).toEqual({ view: 'event', id: '0e000000-0000-7000-8000-000000000001' });
  });

  it('read the explore view with its query, the default for anything else', () => {
    const route = parseRoute('#/?country=AZE&minKilled=2');
    expect(route.view).toBe('explore');
    expect(route.view === 'explore' && route.query.get('country')).toBe('AZE');
    expect(parseRoute('').view).toBe('explore');
    expect(parseRoute('#/nowhere').view).toBe('explore');
  });
});
