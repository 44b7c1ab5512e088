import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The form field an invalid field the gateway names belongs to: the longest of the form's field
 * paths that ends the gateway's path at a segment boundary (`input.location.latitude` belongs to
 * `location.latitude`, or to `latitude` when that is how the form names it).
 */
function formFieldOf(path: string, fields: readonly string[]): string | undefined {
  return fields
    .filter((f) => path === f || path.endsWith(`.${f}`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * The errors of a failed mutation, by the form field they belong to: each invalid field the gateway
 * names in `extensions.invalidFields` at the form's field of that path; anything else, the fields
 * the form does not show among them, under `form`, said once for the whole form.
 */
export function fieldErrors(error: unknown, fields: readonly string[] = []): Record<string, string> {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const invalid = (e.extensions?.invalidFields ?? []) as Array<{ field?: string; message?: string }>;
      for (const f of invalid) {
        const path = f.field ?? '';
        const field = formFieldOf(path, fields);
        if (field) {
          errors[field] = f.message ?? e.message;
        } else {
          general.push(path ? `${path}: ${f.message ?? e.message}` : f.message ?? e.message);
        }
      }
      if (invalid.length === 0) {
        general.push(e.message);
      }
    }
  } else if (error instanceof Error) {
    general.push(error.message);
  }
  if (general.length > 0) {
    errors.form = general.join('; ');
  }
  return errors;
}

/** Whether the gateway refused a change because what it changes was changed since it was read. */
export function isStale(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT');
}
