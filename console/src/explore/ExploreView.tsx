import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { eventHref, exploreHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import { ExploreEventsDocument, ExploreTimelineDocument, MapPointsDocument } from '../generated/graphql';
import { WorldMap, type MapPoint } from '../map/WorldMap';
import type { Session } from '../auth/session';
import { Downloads } from './Downloads';
import { FilterPanel } from './FilterPanel';
import { filtersFromQuery, filtersToQuery, toEventFilter, type ExploreFilters } from './filters';
import { Timeline } from './Timeline';

const PAGE = 20;

/** Where the fighting is and how it moves: map, timeline and list under one set of filters. */
export function ExploreView({ query, session }: { query: URLSearchParams; session: Session }) {
  const filters = useMemo(() => filtersFromQuery(query), [query]);
  const filter = useMemo(() => toEventFilter(filters), [filters]);
  const [page, setPage] = useState<{ after?: string; before?: string }>({});
  const key = filtersToQuery(filters);
  const [pagedFor, setPagedFor] = useState(key);
  if (pagedFor !== key) {
    setPagedFor(key);
    setPage({});
  }

  const list = useQuery(ExploreEventsDocument, { errorPolicy: 'all',
    variables: page.before ? { filter, last: PAGE, before: page.before } : { filter, first: PAGE, after: page.after },
  });
  const timeline = useQuery(ExploreTimelineDocument, { errorPolicy: 'all', variables: { filter } });
  // Tens of thousands of points are drawn, not edited: kept out of the normalising cache, which would
  // make an entry of each (seconds for 50,000).
  const points = useQuery(MapPointsDocument, { errorPolicy: 'all', fetchPolicy: 'no-cache', variables: { filter } });

  const mapPoints: MapPoint[] = useMemo(
    () => (points.data?.eventPoints?.points ?? []).map((p) => ({ id: p.id, longitude: p.longitude, latitude: p.latitude, killed: p.killed ?? 0 })),
    [points.data],
  );
  const events = list.data?.events;
  const total = events?.totalCount;
  const apply = (next: ExploreFilters) => {
    window.location.hash = exploreHref(filtersToQuery(next));
  };

  return (
    <div className="explore">
      <aside>
        <FilterPanel key={key} filters={filters} onApply={apply} />
        <Downloads query={key} session={session} />
      </aside>
      <section className="main" aria-label="Events">
        <ServiceErrors errors={[points.error, timeline.error, list.error]} />
        <WorldMap points={mapPoints} onSelect={(id) => { window.location.hash = eventHref(id); }} />
        <Timeline buckets={(timeline.data?.eventStats ?? []).flatMap((b) => (b?.key ? [{ key: b.key, events: Number(b.events), killed: Number(b.killed) }] : []))} />
        <h2>
          Events{' '}
          {total && <span className="muted" data-testid="total">({total.exact ? '' : 'about '}{total.value.toLocaleString('en')})</span>}
        </h2>
        <table className="events">
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Where</th><th scope="col">Killed</th></tr>
          </thead>
          <tbody>
            {(events?.nodes ?? []).map((e) => (
              <tr key={e.id}>
                <td>{e.dateFrom}{e.dateTo && e.dateTo !== e.dateFrom ? ` – ${e.dateTo}` : ''}</td>
                <td><a href={eventHref(e.id)}>{e.title ?? e.code}</a></td>
                <td>{[e.location?.place, e.location?.admin1, e.location?.country].filter(Boolean).join(', ')}</td>
                <td className="number">{e.killed?.best ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && <p className="muted">Loading…</p>}
        <nav className="pager" aria-label="Pages of events">
          <button type="button" disabled={!events?.pageInfo.hasPreviousPage || !events.pageInfo.startCursor}
            onClick={() => setPage({ before: events?.pageInfo.startCursor ?? undefined })}>← Newer</button>
          <button type="button" disabled={!events?.pageInfo.hasNextPage}
            onClick={() => setPage({ after: events?.pageInfo.endCursor ?? undefined })}>Older →</button>
        </nav>
      </section>
    </div>
  );
}
