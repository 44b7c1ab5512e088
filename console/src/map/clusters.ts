/** A point on the screen, with what it stands for. */
export interface ScreenPoint {
  x: number;
  y: number;
  id: string;
  killed: number;
}

/** Points that fall in one cell of the grid, drawn as one mark at their centre. */
export interface Cluster {
  x: number;
  y: number;
  count: number;
  killed: number;
  /** The one event's id when the cluster holds a single event. */
  id?: string;
}

/**
 * Groups points into cells of {@code cellSize} pixels, so that tens of thousands of events draw
 * as a few hundred marks and a dense area reads as one; linear in the number of points.
 */
export function cluster(points: ScreenPoint[], cellSize: number): Cluster[] {
  const cells = new Map<string, { sx: number; sy: number; count: number; killed: number; id: string }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.sx += p.x;
      cell.sy += p.y;
      cell.count += 1;
      cell.killed += p.killed;
    } else {
      cells.set(key, { sx: p.x, sy: p.y, count: 1, killed: p.killed, id: p.id });
    }
  }
  return [...cells.values()].map((c) => ({
    x: c.sx / c.count,
    y: c.sy / c.count,
    count: c.count,
    killed: c.killed,
    id: c.count === 1 ? c.id : undefined,
  }));
}

/** The radius of a mark: grows with the square root of the fatalities, so areas compare. */
export function radius(killed: number, count: number): number {
  return Math.min(28, 3 + Math.sqrt(killed) * 1.6 + (count > 1 ? Math.log2(count) * 2 : 0));
}
