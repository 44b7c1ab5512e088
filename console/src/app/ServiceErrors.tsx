import type { ErrorLike } from '@apollo/client';

/**
 * What could not be loaded, said where it would have been: the gateway answers what the services
 * that are up give and names the one that is down, so the rest of the page still works.
 */
export function ServiceErrors({ errors }: { errors: ReadonlyArray<ErrorLike | undefined> }) {
  const messages = [...new Set(errors.filter((e): e is ErrorLike => e != null).map((e) => e.message))];
  if (messages.length === 0) {
    return null;
  }
  return (
    <div role="alert" className="service-errors">
      {messages.map((m) => <p key={m}>Part of this page is unavailable: {m}</p>)}
    </div>
  );
}
