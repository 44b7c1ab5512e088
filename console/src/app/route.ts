import { useEffect, useState } from 'react';

/** Where the console is: a view and its parameters, kept in the URL's fragment. */
export type Route =
  | { view: 'explore'; query: URLSearchParams }
  | { view: 'event'; id: string }
  | { view: 'event-edit'; id: string }
  | { view: 'event-new' }
  | { view: 'actor'; id: string }
  | { view: 'conflict'; id: string }
  | { view: 'search'; q: string }
  | { view: 'ingest' }
  | { view: 'users' }
  | { view: 'merge' }
  | { view: 'review' };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  if (path === '/events/new') {
    return { view: 'event-new' };
  }
  const edit = /^\/events\/([^/]+)\/edit$/.exec(path);
  if (edit) {
    return { view: 'event-edit', id: decodeURIComponent(edit[1]) };
  }
  const page = /^\/(events|actors|conflicts)\/([^/]+)$/.exec(path);
  if (page) {
    const view = ({ events: 'event', actors: 'actor', conflicts: 'conflict' } as const)[page[1] as 'events' | 'actors' | 'conflicts'];
    return { view, id: decodeURIComponent(page[2]) };
  }
  if (path === '/ingest' || path === '/users' || path === '/merge' || path === '/review') {
    return { view: path.slice(1) as 'ingest' | 'users' | 'merge' | 'review' };
  }
  if (path === '/search') {
    return { view: 'search', q: new URLSearchParams(query).get('q') ?? '' };
  }
  return { view: 'explore', query: new URLSearchParams(query) };
}

export function eventHref(id: string): string {
  return `#/events/${encodeURIComponent(id)}`;
}

export function eventEditHref(id: string): string {
  return `#/events/${encodeURIComponent(id)}/edit`;
}

export const NEW_EVENT_HREF = '#/events/new';

export function actorHref(id: string): string {
  return `#/actors/${encodeURIComponent(id)}`;
}

export function conflictHref(id: string): string {
  return `#/conflicts/${encodeURIComponent(id)}`;
}

export function searchHref(q: string): string {
  return q ? `#/search?${new URLSearchParams({ q }).toString()}` : '#/search';
}

export function exploreHref(query: string): string {
  return query ? `#/?${query}` : '#/';
}

/** The current route, following the URL. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
