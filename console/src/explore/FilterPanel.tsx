import { useState, type FormEvent } from 'react';
import { EVENT_TYPES, label } from '../app/vocabulary';
import type { ExploreFilters } from './filters';

/** The filters of the explore view; applying them puts them in the URL. */
export function FilterPanel({ filters, onApply }: { filters: ExploreFilters; onApply: (filters: ExploreFilters) => void }) {
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof ExploreFilters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value === '' ? undefined : key === 'minKilled' ? Number(e.target.value) : e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      <label>From <input type="date" name="from" value={draft.from ?? ''} onChange={set('from')} /></label>
      <label>To <input type="date" name="to" value={draft.to ?? ''} onChange={set('to')} /></label>
      <label>Country (ISO3) <input name="country" value={draft.country ?? ''} onChange={set('country')} maxLength={3} size={4} /></label>
      <label>Conflict id <input name="conflictId" value={draft.conflictId ?? ''} onChange={set('conflictId')} /></label>
      <label>Actor id <input name="actorId" value={draft.actorId ?? ''} onChange={set('actorId')} /></label>
      <label>
        Event type
        <select name="eventType" value={draft.eventType ?? ''} onChange={set('eventType')}>
          <option value="">any</option>
          {EVENT_TYPES.map((t) => <option key={t} value={t}>{label(t)}</option>)}
        </select>
      </label>
      <label>Killed at least <input type="number" min={0} name="minKilled" value={draft.minKilled ?? ''} onChange={set('minKilled')} /></label>
      <label>Text <input type="search" name="q" value={draft.q ?? ''} onChange={set('q')} /></label>
      <div className="actions">
        <button type="submit">Apply</button>
        <button type="button" onClick={() => { setDraft({}); onApply({}); }}>Clear</button>
      </div>
    </form>
  );
}
