import { useQuery } from '@apollo/client/react';
import { EventRows } from '../app/EventRows';
import { actorHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import { ActorPageDocument } from '../generated/graphql';
import { label } from '../app/vocabulary';

/** One actor: who it is, the names it goes by, its dated relations, and the events it took part in. */
export function ActorView({ id }: { id: string }) {
  const { data, loading, error } = useQuery(ActorPageDocument, { errorPolicy: 'all', variables: { id } });
  const actor = data?.actor;
  if (loading && !actor) return <p className="muted">Loading…</p>;
  if (!actor) return <><ServiceErrors errors={[error]} /><p>No actor has this id.</p></>;
  return (
    <article>
      <ServiceErrors errors={[error]} />
      <h1>{actor.name}</h1>
      <p className="muted">{label(actor.kind)}{actor.country ? ` · ${actor.country}` : ''}</p>
      {actor.description && <p>{actor.description}</p>}
      {(actor.aliases ?? []).length > 0 && (
        <section aria-labelledby="aliases">
          <h2 id="aliases">Also known as</h2>
          <ul className="inline">{(actor.aliases ?? []).map((a, i) => a && <li key={i}>{a.name}{a.lang ? <span className="muted"> ({a.lang})</span> : null}</li>)}</ul>
        </section>
      )}
      <section aria-labelledby="relations">
        <h2 id="relations">Relations</h2>
        {(actor.relations ?? []).length === 0 ? <p className="muted">None recorded.</p> : (
          <ul>
            {(actor.relations ?? []).map((r) => r && (
              <li key={r.id}>
                <a href={actorHref(r.subject?.id ?? '')}>{r.subject?.name}</a> {label(r.type)}{' '}
                <a href={actorHref(r.object?.id ?? '')}>{r.object?.name}</a>
                {r.title ? ` as ${r.title}` : ''}
                {(r.validFrom || r.validTo) && <span className="muted"> ({r.validFrom ?? '…'} – {r.validTo ?? 'now'})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="actor-events">
        <h2 id="actor-events">Events</h2>
        <EventRows events={actor.events} caption={`The newest events ${actor.name} took part in, on either side`} />
      </section>
    </article>
  );
}
