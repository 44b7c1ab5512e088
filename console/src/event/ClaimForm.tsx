import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrors, isStale } from '../app/fieldErrors';
import { label, SUB_EVENT_TYPES } from '../app/vocabulary';
import { changedFields, claimDraft, claimInput, emptyClaimDraft, shown, type ClaimDraft } from '../curate/drafts';
import { FiguresEditor, figureFields } from '../curate/FiguresEditor';
import { useFieldErrors } from '../curate/formErrors';
import { StaleNotice } from '../curate/StaleNotice';
import { useVersionedDraft } from '../curate/useVersionedDraft';
import { AddClaimDocument, EventPageDocument, UpdateClaimDocument, type EventPageQuery } from '../generated/graphql';

type EventData = NonNullable<EventPageQuery['event']>;
type ClaimData = NonNullable<NonNullable<EventData['claims']>[number]>;

const LABELS: Record<keyof Omit<ClaimDraft, 'version'>, string> = {
  summary: 'What the claim says', quote: 'Word for word', articleId: 'Article it cites', claimantActorId: 'Who says it',
  initiatorActorId: 'Who it blames as initiator', subEventType: 'What kind of act it says', credibility: 'Credibility (1–6)',
  figures: 'Figures it states',
};
const SHOWN = Object.keys(LABELS) as Array<keyof typeof LABELS>;

/**
 * A curator's claim on an event: a new one, or an edit of `claim` as of the version read. The
 * articles and actors offered are the event's own and those its claims cite.
 */
export function ClaimForm({ event, claim, onSaved, onCancel }: { event: EventData; claim?: ClaimData; onSaved: () => void; onCancel?: () => void }) {
  const claims = (event.claims ?? []).flatMap((c) => (c ? [c] : []));
  const articles = [...new Map(claims.flatMap((c) => (c.article ? [[c.article.id, c.article.title ?? c.article.id] as const] : []))).entries()];
  const actors = [...new Map([
    ...(event.actors ?? []).flatMap((a) => (a?.actor ? [[a.actor.id, a.actor.name ?? a.actor.id] as const] : [])),
    ...claims.flatMap((c) => [c.claimant, c.initiator].flatMap((a) => (a ? [[a.id, a.name ?? a.id] as const] : []))),
  ]).entries()];
  const names = new Map([...articles, ...actors]);
  const initial = claim ? claimDraft(claim) : emptyClaimDraft(articles[0]?.[0] ?? '');
  const { draft, setDraft, read, newer, foundNewer, loadNewer, keepMine } = useVersionedDraft(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [add, added] = useMutation(AddClaimDocument);
  const [update, updated] = useMutation(UpdateClaimDocument);
  const client = useApolloClient();
  const prefix = claim ? `claim-${claim.id}` : 'new-claim';
  const f = useFieldErrors(errors, prefix);
  const set = <K extends keyof ClaimDraft>(key: K) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const heading = claim ? `Edit the claim of ${claim.claimant?.name ?? 'an unnamed claimant'}` : 'Add a claim';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    foundNewer(undefined);
    try {
      if (claim) {
        await update({ variables: { eventId: event.id, claimId: claim.id, input: claimInput(draft) } });
      } else {
        await add({ variables: { eventId: event.id, input: claimInput(draft) } });
        setDraft(emptyClaimDraft(draft.articleId));
      }
      onSaved();
    } catch (error) {
      if (claim && isStale(error)) {
        const { data } = await client.query({ query: EventPageDocument, variables: { id: event.id }, fetchPolicy: 'network-only' });
        const stored = data?.event?.claims?.find((c) => c?.id === claim.id);
        foundNewer(stored ? claimDraft(stored) : undefined);
      } else {
        setErrors(fieldErrors(error, [...SHOWN, ...figureFields('figures', draft.figures)]));
      }
    }
  };

  const actorOptions = actors.map(([id, name]) => <option key={id} value={id}>{name}</option>);
  return (
    <form ref={f.formRef} className="claim-form" onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{heading}</h3>
      {newer && (
        <StaleNotice thing="claim" version={newer.version}
          changes={changedFields(read, newer, SHOWN).map((k) => ({ label: LABELS[k], theirs: names.get(String(newer[k])) ?? shown(newer[k]) }))}
          onLoadNewer={loadNewer} onKeepMine={keepMine} />
      )}
      {f.formError}
      <label>{LABELS.summary}<textarea value={draft.summary} onChange={set('summary')} {...f.invalid('summary')} /></label>{f.error('summary')}
      <label>{LABELS.quote}<textarea value={draft.quote} onChange={set('quote')} {...f.invalid('quote')} /></label>{f.error('quote')}
      <label>{LABELS.articleId}
        <select value={draft.articleId} onChange={set('articleId')} {...f.invalid('articleId')}>
          {articles.map(([id, title]) => <option key={id} value={id}>{title}</option>)}
        </select>
      </label>{f.error('articleId')}
      <label>{LABELS.claimantActorId}
        <select value={draft.claimantActorId} onChange={set('claimantActorId')} {...f.invalid('claimantActorId')}>
          <option value="">not stated (the outlet speaks for itself)</option>{actorOptions}
        </select>
      </label>{f.error('claimantActorId')}
      <label>{LABELS.initiatorActorId}
        <select value={draft.initiatorActorId} onChange={set('initiatorActorId')} {...f.invalid('initiatorActorId')}>
          <option value="">not stated</option>{actorOptions}
        </select>
      </label>{f.error('initiatorActorId')}
      <label>{LABELS.subEventType}
        <select value={draft.subEventType} onChange={set('subEventType')} {...f.invalid('subEventType')}>
          <option value="">not stated</option>
          {SUB_EVENT_TYPES.map((t) => <option key={t} value={t}>{label(t)}</option>)}
        </select>
      </label>{f.error('subEventType')}
      <label>{LABELS.credibility}<input type="number" min={1} max={6} value={draft.credibility} onChange={set('credibility')} {...f.invalid('credibility')} /></label>
      {f.error('credibility')}
      <FiguresEditor legend={LABELS.figures} path="figures" figures={draft.figures} onChange={(figures) => setDraft((d) => ({ ...d, figures }))} errors={f} />
      <div className="actions">
        <button type="submit" disabled={added.loading || updated.loading}>{claim ? 'Save claim' : 'Add claim'}</button>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
