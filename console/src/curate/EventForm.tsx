import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ActorPicker } from '../app/ActorPicker';
import { fieldErrors, isStale } from '../app/fieldErrors';
import { eventHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import {
  ACTOR_ROLES, DATE_PRECISIONS, DISORDER_TYPES, EVENT_STATUSES, EVENT_TYPES, label, LOCATION_PRECISIONS, SUB_EVENT_TYPES,
} from '../app/vocabulary';
import { CreateEventDocument, EventForEditDocument, UpdateEventDocument, type Side } from '../generated/graphql';
import { changedFields, emptyEventDraft, eventDraft, eventInput, shown, type EventDraft } from './drafts';
import { ESTIMATE_PARTS, EstimateFields } from './EstimateFields';
import { FiguresEditor, figureFields } from './FiguresEditor';
import { useFieldErrors } from './formErrors';
import { StaleNotice } from './StaleNotice';
import { useVersionedDraft } from './useVersionedDraft';

/** The form's fields by their labels; the API's error paths end with these names. */
const LABELS: Partial<Record<keyof EventDraft, string>> = {
  title: 'Title', status: 'Status', subEventType: 'Sub-event type', eventType: 'Event type', disorderType: 'Disorder type',
  civilianTargeting: 'Civilians targeted', notes: 'What happened', dateFrom: 'First day', dateTo: 'Last day',
  datePrecision: 'Date precision', country: 'Country', admin1: 'Region', admin2: 'District', place: 'Place', latitude: 'Latitude',
  longitude: 'Longitude', precision: 'Location precision', killed: 'Killed', injured: 'Injured', actors: 'Actors',
  casualties: 'Figures per side', tags: 'Tags', conflictId: 'Conflict', links: 'Links to other events',
};
const SHOWN = Object.keys(LABELS) as Array<keyof EventDraft>;
/** The fields that hold an API constant, shown as words. */
const CONSTANTS = new Set<keyof EventDraft>(['status', 'subEventType', 'eventType', 'disorderType', 'datePrecision', 'precision']);
// Each has its error shown under its control; errors of other fields (tags, links…) are said for the form.
const FIELDS = ['title', 'subEventType', 'eventType', 'disorderType', 'notes', 'status', 'dateFrom', 'dateTo', 'datePrecision', 'country',
  'admin1', 'admin2', 'place', 'latitude', 'longitude', 'precision', 'actors', 'casualties',
  ...['killed', 'injured'].flatMap((which) => ESTIMATE_PARTS.map((part) => `${which}${part}`))];

/** A curator's form for a new event, or for one that exists (`id`), loaded fresh from the API. */
export function EventFormView({ id }: { id?: string }) {
  const { data, loading, error } = useQuery(EventForEditDocument, { skip: !id, variables: { id: id ?? '' }, fetchPolicy: 'network-only', errorPolicy: 'all' });
  if (!id) return <EventForm initial={emptyEventDraft()} />;
  if (loading) return <p className="muted">Loading…</p>;
  if (!data?.event) {
    return <><ServiceErrors errors={[error]} /><p>No event has this id.</p></>;
  }
  return <EventForm id={id} initial={eventDraft(data.event)} />;
}

function EventForm({ id, initial }: { id?: string; initial: EventDraft }) {
  const { draft, setDraft, read, newer, foundNewer, loadNewer, keepMine } = useVersionedDraft(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [create, created] = useMutation(CreateEventDocument);
  const [update, updated] = useMutation(UpdateEventDocument);
  const client = useApolloClient();
  const f = useFieldErrors(errors, 'event');
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof EventDraft) => ({
    name: key, value: draft[key] as string, onChange: (e: { target: { value: string } }) => set(key, e.target.value as never), ...f.invalid(key),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    foundNewer(undefined);
    let saved;
    try {
      saved = id
        ? (await update({ variables: { id, input: eventInput(draft) } })).data?.updateEvent
        : (await create({ variables: { input: eventInput(draft) } })).data?.createEvent;
    } catch (error) {
      if (id && isStale(error)) {
        const { data } = await client.query({ query: EventForEditDocument, variables: { id }, fetchPolicy: 'network-only' });
        foundNewer(data?.event ? eventDraft(data.event) : undefined);
      } else {
        setErrors(fieldErrors(error, [...FIELDS, ...figureFields('casualties', draft.casualties)]));
      }
      return;
    }
    // Saved: the views that show this event read it again (a failure there is theirs to show, not the form's).
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    if (saved) window.location.hash = eventHref(saved.id);
  };

  const side = (s: Side) => (
    <div className="side">
      <h4>Side {s}</h4>
      <ul>
        {draft.actors.map((a, i) => a.side === s && (
          <li key={`${a.actorId}-${i}`}>
            {a.name}{' '}
            <select aria-label={`Role of ${a.name}`} value={a.role}
              onChange={(e) => set('actors', draft.actors.map((x, j) => (j === i ? { ...x, role: e.target.value as typeof a.role } : x)))}>
              {ACTOR_ROLES.map((r) => <option key={r} value={r}>{label(r)}</option>)}
            </select>{' '}
            <button type="button" aria-label={`Remove ${a.name}`} onClick={() => set('actors', draft.actors.filter((_, j) => j !== i))}>Remove</button>
          </li>
        ))}
      </ul>
      <ActorPicker label={`Add to side ${s}`}
        onChoose={(a) => set('actors', [...draft.actors, { actorId: a.id, name: a.name ?? a.id, side: s, role: 'PRIMARY' }])} />
    </div>
  );

  return (
    <form ref={f.formRef} className="edit-form" onSubmit={submit} aria-labelledby="event-form">
      <h1 id="event-form">{id ? `Edit: ${read.title}` : 'New event'}</h1>
      {newer && (
        <StaleNotice thing="event" version={newer.version}
          changes={changedFields(read, newer, SHOWN).map((k) => ({ label: LABELS[k]!, theirs: CONSTANTS.has(k) ? label(newer[k] as string) : shown(k === 'conflictId' ? newer.conflictName : newer[k]) }))}
          onLoadNewer={loadNewer} onKeepMine={keepMine} />
      )}
      {f.formError}
      <fieldset>
        <legend>What</legend>
        <label>Title <input {...text('title')} required /></label>{f.error('title')}
        <label>Sub-event type
          <select {...text('subEventType')}>
            <option value="">not stated</option>
            {SUB_EVENT_TYPES.map((t) => <option key={t} value={t}>{label(t)}</option>)}
          </select>
        </label>{f.error('subEventType')}
        <label>Event type {draft.subEventType && <span className="muted">(follows from the sub-event type)</span>}
          <select {...text('eventType')} disabled={!!draft.subEventType}>
            <option value="">not stated</option>
            {EVENT_TYPES.map((t) => <option key={t} value={t}>{label(t)}</option>)}
          </select>
        </label>{f.error('eventType')}
        <label>Disorder type {draft.subEventType && <span className="muted">(follows from the sub-event type)</span>}
          <select {...text('disorderType')} disabled={!!draft.subEventType}>
            <option value="">not stated</option>
            {DISORDER_TYPES.map((t) => <option key={t} value={t}>{label(t)}</option>)}
          </select>
        </label>{f.error('disorderType')}
        <label className="check"><input type="checkbox" checked={draft.civilianTargeting} onChange={(e) => set('civilianTargeting', e.target.checked)} /> Civilians targeted</label>
        <label>What happened <textarea {...text('notes')} rows={4} /></label>{f.error('notes')}
        <label>Status
          <select {...text('status')}>{EVENT_STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}</select>
        </label>{f.error('status')}
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <label>First day <input type="date" {...text('dateFrom')} required /></label>{f.error('dateFrom')}
        <label>Last day <input type="date" {...text('dateTo')} /></label>{f.error('dateTo')}
        <label>Date precision
          <select {...text('datePrecision')}>{DATE_PRECISIONS.map((p) => <option key={p} value={p}>{label(p)}</option>)}</select>
        </label>{f.error('datePrecision')}
      </fieldset>
      <fieldset>
        <legend>Where</legend>
        <label>Country (ISO 3166 alpha-3) <input {...text('country')} maxLength={3} size={4} required /></label>{f.error('country')}
        <label>Region <input {...text('admin1')} /></label>{f.error('admin1')}
        <label>District <input {...text('admin2')} /></label>{f.error('admin2')}
        <label>Place <input {...text('place')} /></label>{f.error('place')}
        <label>Latitude <input type="number" step="any" {...text('latitude')} /></label>{f.error('latitude')}
        <label>Longitude <input type="number" step="any" {...text('longitude')} /></label>{f.error('longitude')}
        <label>Location precision
          <select {...text('precision')}>{LOCATION_PRECISIONS.map((p) => <option key={p} value={p}>{label(p)}</option>)}</select>
        </label>{f.error('precision')}
      </fieldset>
      <fieldset>
        <legend>Who</legend>
        <div className="sides-editor">{side('A')}{side('B')}</div>
        {f.error('actors')}
      </fieldset>
      <fieldset>
        <legend>Figures</legend>
        <EstimateFields label="Killed, all sides" path="killed" value={draft.killed} onChange={(killed) => set('killed', killed)} errors={f} />
        <EstimateFields label="Injured, all sides" path="injured" value={draft.injured} onChange={(injured) => set('injured', injured)} errors={f} />
        <FiguresEditor legend="Figures per side" path="casualties" figures={draft.casualties} onChange={(c) => set('casualties', c)} errors={f} />
        {f.error('casualties')}
      </fieldset>
      {(draft.conflictId || draft.tags.length > 0 || draft.links.length > 0) && (
        <p className="muted">Kept as they are: {[
          draft.conflictId && `conflict ${draft.conflictName || draft.conflictId}`,
          draft.tags.length > 0 && `tags ${draft.tags.join(', ')}`,
          draft.links.length > 0 && `links to ${draft.links.map((l) => l.title).join(', ')}`,
        ].filter(Boolean).join('; ')}.</p>
      )}
      <div className="actions">
        <button type="submit" disabled={created.loading || updated.loading}>{id ? 'Save changes' : 'Create event'}</button>{' '}
        <a href={id ? eventHref(id) : '#/'}>Cancel</a>
      </div>
    </form>
  );
}
