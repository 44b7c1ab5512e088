/**
 * A save refused because someone saved a newer version since the form was opened: which fields they
 * changed, their values, and the two ways on — take their version, or keep one's own edits and save
 * them over theirs knowingly.
 */
export function StaleNotice({ thing, version, changes, onLoadNewer, onKeepMine }: {
  thing: string;
  version: number | null;
  changes: Array<{ label: string; theirs: string }>;
  onLoadNewer: () => void;
  onKeepMine: () => void;
}) {
  return (
    <div role="alert" className="stale">
      <p>Someone saved this {thing} after you opened it; it is now version {version}. Nothing of yours was saved.</p>
      {changes.length > 0 ? (
        <table>
          <caption>What they changed</caption>
          <thead><tr><th scope="col">Field</th><th scope="col">Now stored</th></tr></thead>
          <tbody>{changes.map((c) => <tr key={c.label}><td>{c.label}</td><td>{c.theirs}</td></tr>)}</tbody>
        </table>
      ) : <p>None of the fields this form shows changed.</p>}
      <button type="button" onClick={onLoadNewer}>Load the newer version (discard my edits)</button>{' '}
      <button type="button" onClick={onKeepMine}>Keep my edits, to save over theirs</button>
    </div>
  );
}
