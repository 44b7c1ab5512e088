import { describe, expect, it } from 'vitest';
import { filtersFromQuery, filtersToQuery, toEventFilter } from './filters';

describe('explore filters in the URL', () => {
  it('survive a round trip through the query string', () => {
    const filters = { from: '2020-07-01', to: '2020-07-31', country: 'AZE', eventType: 'BATTLES' as const, minKilled: 2, q: 'Tovuz' };
    expect(filtersFromQuery(new URLSearchParams(filtersToQuery(filters)))).toEqual(filters);
  });

  it('leave out what is empty, malformed or unknown', () => {
    expect(filtersFromQuery(new URLSearchParams('country=&minKilled=many&colour=red&q=%20'))).toEqual({});
    expect(filtersToQuery({ q: '' })).toBe('');
  });

  it('become the gateway filter with the country in capitals', () => {
    expect(toEventFilter({ country: 'aze', minKilled: 0 })).toMatchObject({ country: 'AZE', minKilled: 0 });
  });
});
