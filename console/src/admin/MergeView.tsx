import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { actorHref } from '../app/route';
import { fieldErrors } from '../app/fieldErrors';
import { FindActorsDocument, MergeActorsDocument } from '../generated/graphql';

type Found = { id: string; name?: string | null; kind?: string | null; country?: string | null };

function ActorPicker({ label, chosen, onChoose }: { label: string; chosen?: Found; onChoose: (a: Found) => void }) {
  const [q, setQ] = useState('');
  const [find, { data }] = useLazyQuery(FindActorsDocument);
  const search = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) void find({ variables: { q: q.trim() } });
  };
  return (
    <fieldset>
      <legend>{label}{chosen ? `: ${chosen.name}` : ''}</legend>
      <form onSubmit={search} role="search" aria-label={label}>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-label={`${label}: name`} />{' '}
        <button type="submit">Find</button>
      </form>
      <ul>
        {(data?.actors?.nodes ?? []).map((a) => (
          <li key={a.id}>
            <button type="button" onClick={() => onChoose(a)} aria-pressed={chosen?.id === a.id}>{a.name}</button>{' '}
            <span className="muted">{a.kind?.toLowerCase().replaceAll('_', ' ')} {a.country}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Admins merge a duplicate actor into the one that stays: its names become aliases, its id answers with the survivor. */
export function MergeView() {
  const [survivor, setSurvivor] = useState<Found>();
  const [duplicate, setDuplicate] = useState<Found>();
  const [merge, { data, loading }] = useMutation(MergeActorsDocument);
  const [failure, setFailure] = useState<string>();
  const submit = async () => {
    if (!survivor || !duplicate) return;
    setFailure(undefined);
    try {
      await merge({ variables: { survivorId: survivor.id, duplicateId: duplicate.id } });
    } catch (e) {
      setFailure(fieldErrors(e).form ?? String(e));
    }
  };
  return (
    <section aria-labelledby="merge">
      <h1 id="merge">Merge actors</h1>
      <ActorPicker label="The actor that stays" chosen={survivor} onChoose={setSurvivor} />
      <ActorPicker label="The duplicate" chosen={duplicate} onChoose={setDuplicate} />
      <button type="button" disabled={!survivor || !duplicate || survivor.id === duplicate.id || loading} onClick={() => void submit()}>
        Merge {duplicate?.name ?? '…'} into {survivor?.name ?? '…'}
      </button>
      {failure && <p role="alert" className="error">{failure}</p>}
      {data?.mergeActors && <p role="status">Merged: <a href={actorHref(data.mergeActors.id)}>{data.mergeActors.name}</a> now also answers for {data.mergeActors.mergedIds?.length ?? 0} merged id(s).</p>}
    </section>
  );
}
