import { describe, expect, it } from 'vitest';
import { cluster, radius } from './clusters';

describe('clusters', () => {
  it('merge the points of one cell and keep a lone point as itself', () => {
    const marks = cluster(
      [
        { x: 1, y: 1, id: 'a', killed: 2 },
        { x: 5, y: 9, id: 'b', killed: 3 },
        { x: 55, y: 5, id: 'c', killed: 0 },
      ],
      20,
    );
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatchObject({ x: 3, y: 5, count: 2, killed: 5, id: undefined });
    expect(marks[1]).toMatchObject({ count: 1, id: 'c' });
  });

  it('draw fifty thousand points as few marks', () => {
    const points = Array.from({ length: 50_000 }, (_, i) => ({ x: (i * 7) % 800, y: (i * 13) % 400, id: String(i), killed: 1 }));
    const marks = cluster(points, 40);
    expect(marks.length).toBeLessThanOrEqual(20 * 10);
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(50_000);
  });

  it('size marks by fatalities within bounds', () => {
    expect(radius(0, 1)).toBe(3);
    expect(radius(100, 1)).toBeGreaterThan(radius(4, 1));
    expect(radius(1e9, 1e6)).toBe(28);
  });
});
