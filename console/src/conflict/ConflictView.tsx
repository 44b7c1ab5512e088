import { useQuery } from '@apollo/client/react';
import { EventRows } from '../app/EventRows';
import { actorHref, exploreHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import { ConflictPageDocument } from '../generated/graphql';
import { label } from '../app/vocabulary';

/** One conflict: its parties by side, its background timeline, and its events. */
export function ConflictView({ id }: { id: string }) {
  const { data, loading, error } = useQuery(ConflictPageDocument, { errorPolicy: 'all', variables: { id } });
  const conflict = data?.conflict;
  if (loading && !conflict) return <p className="muted">Loading…</p>;
  if (!conflict) return <><ServiceErrors errors={[error]} /><p>No conflict has this id.</p></>;
  return (
    <article>
      <ServiceErrors errors={[error]} />
      <h1>{conflict.name}</h1>
      <p className="muted">
        {label(conflict.type)}
        {conflict.startDate ? ` · since ${conflict.startDate}` : ''}{conflict.endDate ? ` until ${conflict.endDate}` : ''}
        {conflict.territoryName ? ` · over ${conflict.territoryName}` : ''}
        {' · '}<a href={exploreHref(`conflictId=${encodeURIComponent(conflict.id)}`)}>its events on the map</a>
      </p>
      {conflict.description && <p>{conflict.description}</p>}
      <section aria-labelledby="parties">
        <h2 id="parties">Parties</h2>
        <ul className="sides">
          {(['A', 'B'] as const).map((side) => (
            <li key={side}>Side {side}: {(conflict.parties ?? []).filter((p) => p?.side === side).map((p, i) => p?.actor &&
              <span key={i}>{i > 0 ? ', ' : ''}<a href={actorHref(p.actor.id)}>{p.actor.name}</a></span>)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="timeline">
        <h2 id="timeline">Background</h2>
        <ol className="conflict-timeline">
          {(conflict.timeline ?? []).map((t, i) => t && <li key={i}><strong>{t.dateFrom}{t.dateTo ? ` – ${t.dateTo}` : ''}</strong> {t.title}{t.description ? <p className="muted">{t.description}</p> : null}</li>)}
        </ol>
      </section>
      <section aria-labelledby="conflict-events">
        <h2 id="conflict-events">Events</h2>
        <EventRows events={conflict.events} caption={`The newest events of the ${conflict.name}`} />
      </section>
    </article>
  );
}
