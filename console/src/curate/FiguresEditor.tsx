import { CASUALTY_GROUPS, INJURY_SEVERITIES, label, PERSONNEL } from '../app/vocabulary';
import { emptyFigure, type FigureDraft } from './drafts';
import { ESTIMATE_PARTS, EstimateFields } from './EstimateFields';
import type { useFieldErrors } from './formErrors';

type Errors = ReturnType<typeof useFieldErrors>;

const FIGURE_PARTS = ['group', 'personnel', 'injurySeverity'];
const ESTIMATES = ['killed', 'injured'].flatMap((which) => ESTIMATE_PARTS.map((part) => `${which}${part}`));

/**
 * Killed and injured per scope (whose losses, which kind of people), a row each: an event's figures
 * per side, or the figures a claim states. `path` is the input field's name in the API's errors.
 */
export function FiguresEditor({ legend, path, figures, onChange, errors }: {
  legend: string; path: string; figures: FigureDraft[]; onChange: (f: FigureDraft[]) => void; errors: Errors;
}) {
  const change = (i: number, patch: Partial<FigureDraft>) => onChange(figures.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="figures">
      <legend>{legend}</legend>
      {figures.length === 0 && <p className="muted">None stated.</p>}
      {figures.map((f, i) => {
        const at = `${path}[${i}]`;
        const row = `${legend}, row ${i + 1}`;
        return (
          <div className="figure-row" key={i} role="group" aria-label={row}>
            <label>Whose losses
              <select value={f.group} onChange={(e) => change(i, { group: e.target.value as FigureDraft['group'] })} {...errors.invalid(`${at}.group`)}>
                {CASUALTY_GROUPS.map((g) => <option key={g} value={g}>{label(g)}</option>)}
              </select>
            </label>
            <label>Who
              <select value={f.personnel} onChange={(e) => change(i, { personnel: e.target.value as FigureDraft['personnel'] })} {...errors.invalid(`${at}.personnel`)}>
                <option value="">all</option>
                {PERSONNEL.map((p) => <option key={p} value={p}>{label(p)}</option>)}
              </select>
            </label>
            <EstimateFields label="Killed" path={`${at}.killed`} value={f.killed} onChange={(killed) => change(i, { killed })} errors={errors} />
            <EstimateFields label="Injured" path={`${at}.injured`} value={f.injured} onChange={(injured) => change(i, { injured })} errors={errors} />
            <label>Injuries
              <select value={f.injurySeverity} onChange={(e) => change(i, { injurySeverity: e.target.value as FigureDraft['injurySeverity'] })} {...errors.invalid(`${at}.injurySeverity`)}>
                <option value="">not stated</option>
                {INJURY_SEVERITIES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
              </select>
            </label>
            <button type="button" onClick={() => onChange(figures.filter((_, j) => j !== i))} aria-label={`Remove ${row}`}>Remove</button>
            {FIGURE_PARTS.map((part) => errors.error(`${at}.${part}`))}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...figures, emptyFigure()])}>Add a figure</button>
    </fieldset>
  );
}

/** The API's field paths a figures editor shows errors at, for `fieldErrors`. */
export function figureFields(path: string, figures: readonly FigureDraft[]): string[] {
  return figures.flatMap((_, i) => [...FIGURE_PARTS, ...ESTIMATES].map((part) => `${path}[${i}].${part}`));
}
