import type { EstimateDraft } from './drafts';
import type { useFieldErrors } from './formErrors';

/** The parts of an estimate the API may name in an error, after the estimate's own path. */
export const ESTIMATE_PARTS = ['', '.best', '.low', '.high', '.ordered'];

/**
 * An estimate as the API stores it: best, and the lowest and highest credible counts. All three are
 * shown, since a save sends all three back and the API refuses them out of order (low ≤ best ≤ high).
 */
export function EstimateFields({ label, path, value, onChange, errors }: {
  label: string; path: string; value: EstimateDraft; onChange: (e: EstimateDraft) => void; errors: ReturnType<typeof useFieldErrors>;
}) {
  const input = (part: keyof EstimateDraft, text: string) => (
    <label key={part}>{text}
      <input type="number" min={0} inputMode="numeric" value={value[part]} onChange={(e) => onChange({ ...value, [part]: e.target.value })}
        {...errors.invalid(`${path}.${part}`)} />
    </label>
  );
  return (
    <>
      {input('best', label)}{input('low', `${label}, low`)}{input('high', `${label}, high`)}
      {ESTIMATE_PARTS.map((part) => errors.error(`${path}${part}`))}
    </>
  );
}
