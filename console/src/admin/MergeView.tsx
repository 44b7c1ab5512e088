import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ActorPicker, type FoundActor } from '../app/ActorPicker';
import { actorHref } from '../app/route';
import { fieldErrors } from '../app/fieldErrors';
import { MergeActorsDocument } from '../generated/graphql';

/** Admins merge a duplicate actor into the one that stays: its names become aliases, its id answers with the survivor. */
export function MergeView() {
  const [survivor, setSurvivor] = useState<FoundActor>();
  const [duplicate, setDuplicate] = useState<FoundActor>();
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
