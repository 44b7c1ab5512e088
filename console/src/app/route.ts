import { useEffect, useState } from 'react';

/** Where the console is: a view and its parameters, kept in the URL's fragment. */
export type Route =
  | { view: 'explore'; query: URLSearchParams }
  | { view: 'event'; id: string };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const event = /^\/events\/([^/]+)$/.exec(path);
  if (event) {
    return { view: 'event', id: decodeURIComponent(event[1]) };
  }
  return { view: 'explore', query: new URLSearchParams(query) };
}

export function eventHref(id: string): string {
  return `#/events/${encodeURIComponent(id)}`;
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
