import { eventHref } from './route';

/** An event in a short list: its day, its title linking to its page, and its dead. */
export interface EventRow {
  id: string;
  title?: string | null;
  dateFrom?: string | null;
  killed?: { best?: number | null } | null;
  location?: { country?: string | null } | null;
}

/** A table of events, newest first as the gateway gives them. */
export function EventRows({ events, caption }: { events: ReadonlyArray<EventRow | null> | null | undefined; caption: string }) {
  const rows = (events ?? []).filter((e): e is EventRow => e != null);
  if (rows.length === 0) {
    return <p className="muted">No events.</p>;
  }
  return (
    <table className="events">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Country</th><th scope="col">Killed</th></tr></thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id}>
            <td>{e.dateFrom}</td>
            <td><a href={eventHref(e.id)}>{e.title ?? e.id}</a></td>
            <td>{e.location?.country}</td>
            <td className="number">{e.killed?.best ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
