/** One month of the timeline: how many events, and how many killed. */
export interface Bucket {
  key: string;
  events: number;
  killed: number;
}

/** Counts per month as bars, fatalities as a line over them; each bar names its month and figures. */
export function Timeline({ buckets }: { buckets: Bucket[] }) {
  if (buckets.length === 0) {
    return <p className="muted">No events under these filters.</p>;
  }
  const sorted = [...buckets].sort((a, b) => a.key.localeCompare(b.key));
  const width = 800;
  const height = 120;
  const step = width / sorted.length;
  const maxEvents = Math.max(...sorted.map((b) => b.events), 1);
  const maxKilled = Math.max(...sorted.map((b) => b.killed), 1);
  const line = sorted.map((b, i) => `${i === 0 ? 'M' : 'L'}${(i + 0.5) * step},${height - (b.killed / maxKilled) * (height - 10)}`).join(' ');
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={`Events and fatalities per month, ${sorted[0].key.slice(0, 7)} to ${sorted[sorted.length - 1].key.slice(0, 7)}`}>
        {sorted.map((b, i) => (
          <rect key={b.key} x={i * step + 1} width={Math.max(1, step - 2)} y={height - (b.events / maxEvents) * (height - 10)}
            height={(b.events / maxEvents) * (height - 10)} fill="#7a8ca3">
            <title>{`${b.key.slice(0, 7)}: ${b.events} events, ${b.killed} killed`}</title>
          </rect>
        ))}
        <path d={line} fill="none" stroke="#b22222" strokeWidth={1.5} />
      </svg>
      <figcaption>Events per month (bars) and killed (line), best estimates.</figcaption>
    </figure>
  );
}
