import { useState } from 'react';
import type { Session } from '../auth/session';

/**
 * The events under the current filters as a file, from the gateway's origin with the user's token
 * (a plain link could not send it): fetched, then saved under the gateway's file name.
 */
export function Downloads({ query, session }: { query: string; session: Session }) {
  const [failure, setFailure] = useState<string>();
  const download = async (format: 'csv' | 'geojson') => {
    setFailure(undefined);
    const answer = await fetch(`/exports/events.${format}${query ? `?${query}` : ''}`, {
      headers: { authorization: `Bearer ${await session.token()}` },
    });
    if (!answer.ok) {
      setFailure(`The ${format.toUpperCase()} download failed (${answer.status}).`);
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await answer.blob());
    link.download = `events.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="downloads">
      Download these events:{' '}
      <button type="button" onClick={() => void download('csv')}>CSV</button>{' '}
      <button type="button" onClick={() => void download('geojson')}>GeoJSON</button>
      {failure && <p role="alert" className="error">{failure}</p>}
    </div>
  );
}
