import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { eventHref, searchHref } from '../app/route';
import { ServiceErrors } from '../app/ServiceErrors';
import { SearchArticlesDocument } from '../generated/graphql';
import { snippetParts } from './snippet';

/** Full-text search of the articles (web-search syntax), best match first, matches highlighted. */
export function SearchView({ q }: { q: string }) {
  const [draft, setDraft] = useState(q);
  const { data, loading, error, fetchMore } = useQuery(SearchArticlesDocument, { errorPolicy: 'all', variables: { q: q || null, first: 20 } });
  const hits = data?.searchArticles;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    window.location.hash = searchHref(draft.trim());
  };
  return (
    <section aria-labelledby="search">
      <h1 id="search">Search articles</h1>
      <form role="search" onSubmit={submit}>
        <label>Words, "a phrase", OR, -excluded <input type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} /></label>{' '}
        <button type="submit">Search</button>
      </form>
      <ServiceErrors errors={[error]} />
      {loading && !hits && <p className="muted">Searching…</p>}
      {hits?.totalCount && <p role="status">{hits.totalCount.exact ? '' : 'About '}{hits.totalCount.value.toLocaleString('en')} article{hits.totalCount.value === 1 ? '' : 's'}</p>}
      <ol className="hits">
        {(hits?.nodes ?? []).map((hit) => hit?.article && (
          <li key={hit.article.id} data-testid="hit">
            <h2>{hit.article.url ? <a href={hit.article.url} target="_blank" rel="noreferrer">{hit.article.title}</a> : hit.article.title}</h2>
            <p className="muted">{hit.article.source?.name}{hit.article.source?.reliability?.grade ? ` (${hit.article.source.reliability.grade})` : ''} · {hit.article.publishedOn}</p>
            <p className="snippet">{snippetParts(hit.snippet ?? '').map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
            {(hit.article.events ?? []).length > 0 && (
              <p>Cited by: {(hit.article.events ?? []).map((e, i) => e && <span key={e.id}>{i > 0 ? ' · ' : ''}<a href={eventHref(e.id)}>{e.title}</a></span>)}</p>
            )}
          </li>
        ))}
      </ol>
      {hits?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({
          variables: { after: hits.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => fetchMoreResult && previous.searchArticles && fetchMoreResult.searchArticles
            ? { ...fetchMoreResult, searchArticles: { ...fetchMoreResult.searchArticles, nodes: [...previous.searchArticles.nodes, ...fetchMoreResult.searchArticles.nodes] } }
            : previous,
        })}>More results</button>
      )}
    </section>
  );
}
