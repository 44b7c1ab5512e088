import { useLazyQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { FindActorsDocument } from '../generated/graphql';
import { label as readable } from './vocabulary';

export type FoundActor = { id: string; name?: string | null; kind?: string | null; country?: string | null };

/**
 * Finds actors by name and offers each found one as a button. No form of its own, so it also works
 * inside a form: Enter in the name field finds rather than submitting the form around it.
 */
export function ActorPicker({ label, chosen, onChoose }: { label: string; chosen?: FoundActor; onChoose: (a: FoundActor) => void }) {
  const [q, setQ] = useState('');
  const [find, { data }] = useLazyQuery(FindActorsDocument);
  const id = useId();
  const search = () => {
    if (q.trim()) void find({ variables: { q: q.trim() } });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search();
    }
  };
  return (
    <fieldset className="actor-picker">
      <legend>{label}{chosen ? `: ${chosen.name}` : ''}</legend>
      <div role="search" aria-label={label}>
        <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} aria-label={`${label}: name`} />{' '}
        <button type="button" onClick={search}>Find</button>
      </div>
      <ul>
        {(data?.actors?.nodes ?? []).map((a) => (
          <li key={a.id}>
            <button type="button" onClick={() => onChoose(a)} aria-pressed={chosen?.id === a.id}>{a.name}</button>{' '}
            <span className="muted">{readable(a.kind)} {a.country}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
