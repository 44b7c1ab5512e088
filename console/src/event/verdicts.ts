import type { CasualtyGroup, ContestedField, Personnel } from '../generated/graphql';

/** One compared field of an event's claims, as the gateway's `agreement.fields` gives it. */
export interface ComparedField {
  field?: ContestedField | null;
  group?: CasualtyGroup | null;
  personnel?: Personnel | null;
  agree: boolean;
  values?: ReadonlyArray<{ claimIds?: ReadonlyArray<string | null> | null } | null> | null;
}

/**
 * What one claim's value of a field is beside the others': contested, agreeing with another claim,
 * the only claim that states it, or not stated.
 */
export type Verdict = 'contested' | 'agrees' | 'sole' | 'unstated';

/**
 * The verdict on one claim's value of a field (for figures, within one scope: group and personnel).
 * A claim that does not state the field counts for nothing, as the service compares them.
 */
export function verdictOf(
  fields: ReadonlyArray<ComparedField | null> | null | undefined,
  claimId: string,
  field: ContestedField,
  group?: CasualtyGroup | null,
  personnel?: Personnel | null,
): Verdict {
  const compared = (fields ?? []).find(
    (f) => f != null && f.field === field && (f.group ?? null) === (group ?? null) && (f.personnel ?? null) === (personnel ?? null),
  );
  if (!compared) {
    return 'unstated';
  }
  const stating = new Set((compared.values ?? []).flatMap((v) => v?.claimIds ?? []));
  if (!stating.has(claimId)) {
    return 'unstated';
  }
  if (!compared.agree) {
    return 'contested';
  }
  return stating.size > 1 ? 'agrees' : 'sole';
}
