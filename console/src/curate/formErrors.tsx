import { useEffect, useRef } from 'react';

/**
 * The API's validation errors at the fields of a form: a control gets `invalid(name)` spread on it,
 * and the message shows under it, read out with the control by screen readers. The form gets
 * `formRef`: after a refused save, focus moves to the first field in error (or the form's message),
 * so a keyboard or screen-reader user lands where the fix is rather than on the save button.
 */
export function useFieldErrors(errors: Record<string, string>, prefix: string) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid=true], .form-error')?.focus();
    }
  }, [errors]);
  const idOf = (name: string) => `${prefix}-${name.replace(/[^\w-]/g, '-')}-error`;
  return {
    formRef,
    invalid: (name: string) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? idOf(name) : undefined }),
    error: (name: string) => errors[name] && <p key={name} className="error" id={idOf(name)}>{errors[name]}</p>,
    formError: errors.form && <p role="alert" className="error form-error" tabIndex={-1}>{errors.form}</p>,
  };
}
