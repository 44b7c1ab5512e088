import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../app/fieldErrors';
import { AddClaimDocument, type EventPageQuery } from '../generated/graphql';

type EventData = NonNullable<EventPageQuery['event']>;

/** A curator's new claim on this event, citing one of the articles its claims cite. */
export function AddClaimForm({ event, onAdded }: { event: EventData; onAdded: () => void }) {
  const articles = [...new Map((event.claims ?? []).flatMap((c) => (c?.article ? [[c.article.id, c.article] as const] : []))).values()];
  const actors = (event.actors ?? []).flatMap((a) => (a?.actor ? [a.actor] : []));
  const [summary, setSummary] = useState('');
  const [articleId, setArticleId] = useState(articles[0]?.id ?? '');
  const [claimantActorId, setClaimant] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [addClaim, { loading }] = useMutation(AddClaimDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    try {
      await addClaim({ variables: { eventId: event.id, input: { summary, articleId, claimantActorId: claimantActorId || null } } });
      setSummary('');
      onAdded();
    } catch (error) {
      setErrors(fieldErrors(error, ['summary', 'articleId', 'claimantActorId']));
    }
  };

  return (
    <form className="add-claim" onSubmit={submit} aria-labelledby="add-claim">
      <h3 id="add-claim">Add a claim</h3>
      {errors.form && <p role="alert" className="error">{errors.form}</p>}
      <label>
        What the claim says
        <textarea name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} aria-invalid={!!errors.summary} aria-describedby="summary-error" />
      </label>
      {errors.summary && <p id="summary-error" className="error">{errors.summary}</p>}
      <label>
        Article it cites
        <select name="articleId" value={articleId} onChange={(e) => setArticleId(e.target.value)} aria-invalid={!!errors.articleId}>
          {articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
        </select>
      </label>
      {errors.articleId && <p className="error">{errors.articleId}</p>}
      <label>
        Who says it
        <select name="claimantActorId" value={claimantActorId} onChange={(e) => setClaimant(e.target.value)}>
          <option value="">not stated</option>
          {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </label>
      <button type="submit" disabled={loading}>Add claim</button>
    </form>
  );
}
