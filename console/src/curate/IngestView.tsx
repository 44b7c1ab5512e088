import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../app/fieldErrors';
import { IngestArticleDocument } from '../generated/graphql';

/** A curator stores an article: once per canonical URL; without a source, the URL's domain finds it. */
export function IngestView() {
  const [form, setForm] = useState({ url: '', title: '', language: 'en', publishedOn: '', body: '' });
  const [ingest, { data, loading }] = useMutation(IngestArticleDocument);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    try {
      await ingest({ variables: { input: {
        url: form.url || null, title: form.title || null, language: form.language,
        publishedOn: form.publishedOn || null, body: form.body || null,
      } } });
    } catch (error) {
      setErrors(fieldErrors(error, Object.keys(form)));
    }
  };
  const field = (key: keyof typeof form, label: string, input: React.ReactNode) => (
    <>
      <label>{label}{input}</label>
      {errors[key] && <p className="error" id={`${key}-error`}>{errors[key]}</p>}
    </>
  );
  return (
    <form className="add-claim" onSubmit={submit} aria-labelledby="ingest">
      <h1 id="ingest">Ingest an article</h1>
      {errors.form && <p role="alert" className="error">{errors.form}</p>}
      {field('url', 'URL', <input type="url" name="url" value={form.url} onChange={set('url')} aria-invalid={!!errors.url} />)}
      {field('title', 'Headline', <input name="title" value={form.title} onChange={set('title')} aria-invalid={!!errors.title} />)}
      {field('language', 'Language (BCP 47)', <input name="language" value={form.language} onChange={set('language')} aria-invalid={!!errors.language} />)}
      {field('publishedOn', 'Published on', <input type="date" name="publishedOn" value={form.publishedOn} onChange={set('publishedOn')} />)}
      {field('body', 'Full text', <textarea name="body" rows={8} value={form.body} onChange={set('body')} />)}
      <button type="submit" disabled={loading}>Ingest</button>
      {data?.ingestArticle && (
        <p role="status">
          {data.ingestArticle.status === 'CREATED' ? 'Stored' : data.ingestArticle.status === 'EXISTING' ? 'Already stored' : 'Stored as a duplicate of another URL'}:
          {' '}“{data.ingestArticle.article.title}” from {data.ingestArticle.article.source?.name ?? 'its source'}.
        </p>
      )}
    </form>
  );
}
