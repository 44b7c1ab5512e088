/**
 * The API's validation errors at the fields of a form: a control gets `invalid(name)` spread on it,
 * and the message shows under it, read out with the control by screen readers.
 */
export function useFieldErrors(errors: Record<string, string>, prefix: string) {
  const idOf = (name: string) => `${prefix}-${name.replace(/[^\w-]/g, '-')}-error`;
  return {
    invalid: (name: string) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? idOf(name) : undefined }),
    error: (name: string) => errors[name] && <p key={name} className="error" id={idOf(name)}>{errors[name]}</p>,
    formError: errors.form && <p role="alert" className="error">{errors.form}</p>,
  };
}
