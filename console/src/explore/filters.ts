import type { EventFilter, EventType } from '../generated/graphql';

/** The explore view's filters as they live in the URL, so that a view can be shared and reloaded. */
export interface ExploreFilters {
  from?: string;
  to?: string;
  country?: string;
  conflictId?: string;
  actorId?: string;
  eventType?: EventType;
  minKilled?: number;
  q?: string;
}

const TEXT_KEYS = ['from', 'to', 'country', 'conflictId', 'actorId', 'eventType', 'q'] as const;

/** The filters a URL's query holds; unknown or empty parameters are left out. */
export function filtersFromQuery(query: URLSearchParams): ExploreFilters {
  const filters: ExploreFilters = {};
  for (const key of TEXT_KEYS) {
    const value = query.get(key)?.trim();
    if (value) {
      (filters as Record<string, string>)[key] = value;
    }
  }
  const minKilled = Number.parseInt(query.get('minKilled') ?? '', 10);
  if (Number.isFinite(minKilled) && minKilled >= 0) {
    filters.minKilled = minKilled;
  }
  return filters;
}

/** The query string of the filters, in a stable order, without empty ones. */
export function filtersToQuery(filters: ExploreFilters): string {
  const query = new URLSearchParams();
  for (const key of [...TEXT_KEYS, 'minKilled'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') {
      query.set(key, String(value));
    }
  }
  return query.toString();
}

/** The gateway's EventFilter for the same filters. */
export function toEventFilter(filters: ExploreFilters): EventFilter {
  const { from, to, country, conflictId, actorId, eventType, minKilled, q } = filters;
  return { from, to, country: country?.toUpperCase(), conflictId, actorId, eventType, minKilled, q };
}
