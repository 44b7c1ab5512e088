import { useState } from 'react';
import { rebase } from './drafts';

/**
 * A form's draft of something stored with a version: the draft being edited, the version it was
 * read as, and, when a save found a newer one stored, that newer version, until the curator takes
 * it (`loadNewer`, their edits discarded) or keeps their edits to save over it (`keepMine`: only the
 * fields they changed; the rest takes the newer values).
 */
export function useVersionedDraft<T extends { version: number | null }>(initial: T) {
  const [draft, setDraft] = useState(initial);
  const [read, setRead] = useState(initial);
  const [newer, setNewer] = useState<T>();
  return {
    draft, setDraft, read, newer,
    /** A save was refused as stale: this is what is stored now. */
    foundNewer: (stored: T | undefined) => setNewer(stored),
    loadNewer: () => {
      if (!newer) return;
      setDraft(newer);
      setRead(newer);
      setNewer(undefined);
    },
    keepMine: () => {
      if (!newer) return;
      setDraft(rebase(read, draft, newer));
      setRead(newer);
      setNewer(undefined);
    },
  };
}
