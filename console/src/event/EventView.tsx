import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { actorHref, conflictHref, eventEditHref, eventHref, exploreHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import type { Session } from '../auth/session';
import { EventPageDocument, type EventPageQuery } from '../generated/graphql';
import { WorldMap } from '../map/WorldMap';
import { ClaimForm } from './ClaimForm';
import { verdictOf, type Verdict } from './verdicts';
import { label } from '../app/vocabulary';

type EventData = NonNullable<EventPageQuery['event']>;
type ClaimData = NonNullable<NonNullable<EventData['claims']>[number]>;

const VERDICT_LABEL: Record<Verdict, string> = { contested: 'contested', agrees: 'agrees', sole: 'only this claim', unstated: '' };

function Marked({ verdict, children }: { verdict: Verdict; children: React.ReactNode }) {
  return (
    <span className={`verdict ${verdict}`} data-verdict={verdict}>
      {children}
      {verdict !== 'unstated' && <span className="badge">{VERDICT_LABEL[verdict]}</span>}
    </span>
  );
}

/** One event: what happened, where, when, who on which side, the figures, and each side's claims. */
export function EventView({ id, session }: { id: string; session: Session }) {
  const { data, loading, error, refetch } = useQuery(EventPageDocument, { errorPolicy: 'all', variables: { id } });
  const [editing, setEditing] = useState<string>();
  const event = data?.event;
  if (loading && !event) return <p className="muted">Loading…</p>;
  if (!event) {
    return (
      <>
        <ServiceErrors errors={[error]} />
        <p>No event has this id, or it is a draft you may not see. <a href={exploreHref('')}>Back to the map</a></p>
      </>
    );
  }
  const where = [event.location?.place, event.location?.admin2, event.location?.admin1, event.location?.country].filter(Boolean).join(', ');
  const hasPoint = event.location?.latitude != null && event.location?.longitude != null;
  return (
    <article className="event">
      <ServiceErrors errors={[error]} />
      <p><a href={exploreHref('')}>← Explore</a></p>
      <h1>{event.title}</h1>
      {session.has('curator') && <p><a href={eventEditHref(event.id)}>Edit event</a></p>}
      <p className="muted">{event.code} · {label(event.status)} · {label(event.eventType)}{event.subEventType ? ` / ${label(event.subEventType)}` : ''}</p>
      <div className="event-facts">
        <dl>
          <dt>When</dt>
          <dd>{event.dateFrom}{event.dateTo && event.dateTo !== event.dateFrom ? ` – ${event.dateTo}` : ''} ({event.datePrecision?.toLowerCase()})</dd>
          <dt>Where</dt>
          <dd>{where} {event.location?.precision && <span className="muted">({event.location.precision.toLowerCase()})</span>}</dd>
          <dt>Killed</dt>
          <dd>{estimate(event.killed)}</dd>
          <dt>Injured</dt>
          <dd>{estimate(event.injured)}</dd>
          <dt>Who</dt>
          <dd>
            <ul className="sides">
              {(['A', 'B'] as const).map((side) => (
                <li key={side}>
                  Side {side}:{' '}
                  {(event.actors ?? []).filter((a) => a?.side === side && a.actor).map((a, i) => (
                    <span key={a!.actor!.id}>{i > 0 ? ', ' : ''}<a href={actorHref(a!.actor!.id)}>{a!.actor!.name}</a>{a!.role === 'ASSOCIATED' ? ' (associated)' : ''}</span>
                  ))}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        {hasPoint && (
          <div className="small-map">
            <WorldMap height={220} focus={[event.location!.longitude!, event.location!.latitude!]}
              points={[{ id: event.id, longitude: event.location!.longitude!, latitude: event.location!.latitude!, killed: event.killed?.best ?? 0 }]}
              onSelect={() => undefined} />
          </div>
        )}
      </div>

      {(event.casualties ?? []).length > 0 && (
        <section aria-labelledby="figures">
          <h2 id="figures">Figures per side</h2>
          <table>
            <thead><tr><th scope="col">Whose losses</th><th scope="col">Who</th><th scope="col">Killed</th><th scope="col">Injured</th></tr></thead>
            <tbody>
              {(event.casualties ?? []).map((c, i) => c && (
                <tr key={i}><td>{c.group}</td><td>{c.personnel ?? 'all'}</td><td className="number">{c.killed?.best ?? '–'}</td>
                  <td className="number">{c.injured?.best ?? '–'}{c.injurySeverity ? ` (${c.injurySeverity.toLowerCase()})` : ''}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="claims">
        <h2 id="claims">Claims {event.agreement && (event.agreement.agree
          ? <span className="badge agrees">the claims agree</span>
          : <span className="badge contested">contested: {(event.agreement.contested ?? []).map((f) => label(f)).join(', ')}</span>)}</h2>
        <div className="claims">
          {(event.claims ?? []).map((claim) => claim && (editing === claim.id
            ? <ClaimForm key={claim.id} event={event} claim={claim} onSaved={() => { setEditing(undefined); void refetch(); }} onCancel={() => setEditing(undefined)} />
            : <ClaimCard key={claim.id} claim={claim} event={event} onEdit={session.has('curator') ? () => setEditing(claim.id) : undefined} />))}
        </div>
        {session.has('curator') && <ClaimForm event={event} onSaved={() => void refetch()} />}
      </section>

      {((event.links ?? []).length > 0 || (event.linkedFrom ?? []).length > 0) && (
        <section aria-labelledby="linked">
          <h2 id="linked">Linked events</h2>
          <ul>
            {(event.links ?? []).map((l, i) => l?.event && <li key={`l${i}`}>{label(l.type)}: <a href={eventHref(l.event.id)}>{l.event.title}</a> ({l.event.dateFrom})</li>)}
            {(event.linkedFrom ?? []).map((l, i) => l?.event && <li key={`f${i}`}><a href={eventHref(l.event.id)}>{l.event.title}</a> ({l.event.dateFrom}) is a {label(l.type)} this event</li>)}
          </ul>
        </section>
      )}

      {event.conflict && (
        <section aria-labelledby="background">
          <h2 id="background">Background: <a href={conflictHref(event.conflict.id)}>{event.conflict.name}</a></h2>
          <ol className="conflict-timeline">
            {(event.conflict.timeline ?? []).map((t, i) => t && <li key={i}><strong>{t.dateFrom}{t.dateTo ? ` – ${t.dateTo}` : ''}</strong> {t.title}</li>)}
          </ol>
        </section>
      )}
    </article>
  );
}

function ClaimCard({ claim, event, onEdit }: { claim: ClaimData; event: EventData; onEdit?: () => void }) {
  const fields = event.agreement?.fields;
  const source = claim.article?.source;
  return (
    <div className="claim" data-testid="claim">
      <h3>{claim.claimant ? <a href={actorHref(claim.claimant.id)}>{claim.claimant.name}</a> : 'Unattributed'}</h3>
      <p className="muted">
        relayed by {source?.name ?? 'an unknown source'}
        {source?.reliability?.grade && <> (reliability <abbr title={source.reliability.label ?? ''}>{source.reliability.grade}</abbr>)</>}
        {claim.article && <>, in “{claim.article.url ? <a href={claim.article.url} rel="noreferrer" target="_blank">{claim.article.title}</a> : claim.article.title}” {claim.article.publishedOn}</>}
      </p>
      <p>{claim.summary}</p>
      {claim.quote && <blockquote>{claim.quote}</blockquote>}
      <dl>
        <dt>Initiator</dt>
        <dd><Marked verdict={verdictOf(fields, claim.id, 'INITIATOR')}>{claim.initiator?.name ?? 'not stated'}</Marked></dd>
        {claim.subEventType && (<><dt>What</dt><dd><Marked verdict={verdictOf(fields, claim.id, 'SUB_EVENT_TYPE')}>{label(claim.subEventType)}</Marked></dd></>)}
        {(claim.figures ?? []).map((f, i) => f && (
          <div key={i} className="figure">
            <dt>{f.group}{f.personnel ? ` ${f.personnel.toLowerCase()}` : ''}</dt>
            <dd>
              {f.killed?.best != null && <Marked verdict={verdictOf(fields, claim.id, 'KILLED', f.group, f.personnel)}>{f.killed.best} killed</Marked>}{' '}
              {f.injured?.best != null && <Marked verdict={verdictOf(fields, claim.id, 'INJURED', f.group, f.personnel)}>{f.injured.best} injured{f.injurySeverity ? ` (${f.injurySeverity.toLowerCase()})` : ''}</Marked>}
            </dd>
          </div>
        ))}
      </dl>
      {onEdit && <button type="button" onClick={onEdit} aria-label={`Edit the claim of ${claim.claimant?.name ?? 'an unnamed claimant'}`}>Edit claim</button>}
    </div>
  );
}

function estimate(e: { low?: number | null; best?: number | null; high?: number | null } | null | undefined): string {
  if (e?.best == null) return 'not known';
  return e.low != null && e.high != null && (e.low !== e.best || e.high !== e.best) ? `${e.best} (${e.low}–${e.high})` : String(e.best);
}

