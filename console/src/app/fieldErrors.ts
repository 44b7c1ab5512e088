import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The errors of a failed mutation, by the form field they belong to: each invalid field the gateway
 * names in `extensions.invalidFields` (by its last path segment) when the form has it; anything else,
 * the fields the form does not show among them, under `form`, said once for the whole form.
 */
export function fieldErrors(error: unknown, fields: readonly string[] = []): Record<string, string> {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const invalid = (e.extensions?.invalidFields ?? []) as Array<{ field?: string; message?: string }>;
      for (const f of invalid) {
        const name = (f.field ?? '').split('.').pop() ?? '';
        if (fields.includes(name)) {
          errors[name] = f.message ?? e.message;
        } else {
          general.push(name ? `${name}: ${f.message ?? e.message}` : f.message ?? e.message);
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
