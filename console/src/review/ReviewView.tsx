import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { fieldErrors, isStale } from '../app/fieldErrors';
import { eventHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import { ChangeEventStatusDocument, DraftsDocument } from '../generated/graphql';

/**
 * Curators' review queue: the drafts, each published as of the version reviewed. When someone
 * changed a draft meanwhile, the queue says so and shows the newer data to review before publishing.
 */
export function ReviewView() {
  const { data, error, refetch } = useQuery(DraftsDocument, { errorPolicy: 'all', fetchPolicy: 'network-only', variables: { first: 50 } });
  const [change] = useMutation(ChangeEventStatusDocument);
  const [notice, setNotice] = useState<{ id: string; text: string; stale: boolean }>();
  const drafts = data?.events;

  const publish = async (id: string, title: string, version: number) => {
    setNotice(undefined);
    try {
      await change({ variables: { id, input: { status: 'PUBLISHED', version } } });
      await refetch();
      setNotice({ id, text: `Published: ${title}`, stale: false });
    } catch (e) {
      if (isStale(e)) {
        await refetch();
        setNotice({ id, text: `“${title}” changed since you read it. Its newer data is shown below: review it, then publish again.`, stale: true });
      } else {
        setNotice({ id, text: fieldErrors(e).form ?? String(e), stale: false });
      }
    }
  };

  return (
    <section aria-labelledby="review">
      <h1 id="review">Drafts to review {drafts?.totalCount && <span className="muted">({drafts.totalCount.value})</span>}</h1>
      <ServiceErrors errors={[error]} />
      {notice && <p role={notice.stale ? 'alert' : 'status'} className={notice.stale ? 'error' : ''}>{notice.text}</p>}
      {drafts && drafts.nodes.length === 0 && <p className="muted">No drafts.</p>}
      <table>
        <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Country</th><th scope="col">Claims</th><th scope="col">Version</th><th scope="col"><span className="sr-only">Action</span></th></tr></thead>
        <tbody>
          {(drafts?.nodes ?? []).map((e) => (
            <tr key={e.id} className={notice?.stale && notice.id === e.id ? 'changed' : undefined}>
              <td>{e.dateFrom}</td>
              <td><a href={eventHref(e.id)}>{e.title}</a> <span className="muted">{e.code}</span></td>
              <td>{e.location?.country}</td>
              <td className="number">{e.claimCount}</td>
              <td className="number">{e.version}</td>
              <td><button type="button" aria-label={`Publish ${e.title}`} onClick={() => void publish(e.id, e.title ?? e.id, e.version)}>Publish</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
