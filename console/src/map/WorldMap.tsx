import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { cluster, radius, type Cluster } from './clusters';

/** An event where the map draws it. */
export interface MapPoint {
  id: string;
  longitude: number;
  latitude: number;
  killed: number;
}

interface View {
  zoom: number;
  dx: number;
  dy: number;
}

const CELL = 28;
const HOME: View = { zoom: 1, dx: 0, dy: 0 };

// Natural Earth's countries ship with the app (world-atlas, public domain): no tile server needed.
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries) as GeoPermissibleObjects;

/**
 * Events on a world map drawn on a canvas: points sized by fatalities and merged into clusters where
 * they are dense, so tens of thousands draw at once. Drag to pan, wheel or the buttons to zoom; a
 * single event opens its page, a cluster zooms in on itself.
 */
export function WorldMap({ points, onSelect, height = 420, focus }: {
  points: MapPoint[];
  onSelect: (id: string) => void;
  height?: number;
  focus?: [number, number];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(800);
  const [view, setView] = useState<View>(focus ? { zoom: 6, dx: 0, dy: 0 } : HOME);
  const marks = useRef<Cluster[]>([]);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);

  const projection = useMemo(() => {
    // Zoom about the centre, then pan by the view's offset (on a small map, first centre the focus).
    const p = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
    const [tx, ty] = p.translate();
    p.scale(p.scale() * view.zoom).translate([width / 2 + (tx - width / 2) * view.zoom, height / 2 + (ty - height / 2) * view.zoom]);
    if (focus) {
      const [fx, fy] = p(focus) ?? [width / 2, height / 2];
      const [px, py] = p.translate();
      p.translate([px + width / 2 - fx, py + height / 2 - fy]);
    }
    const [px, py] = p.translate();
    return p.translate([px + view.dx, py + view.dy]);
  }, [width, height, view, focus]);

  useEffect(() => {
    const element = canvas.current?.parentElement;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = width * ratio;
    element.height = height * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#dfe9f2';
    context.fillRect(0, 0, width, height);
    const path = geoPath(projection, context);
    context.beginPath();
    path(land);
    context.fillStyle = '#f7f5ef';
    context.fill();
    context.strokeStyle = '#b9b4a6';
    context.lineWidth = 0.5;
    context.stroke();

    const onScreen = [];
    for (const p of points) {
      const xy = projection([p.longitude, p.latitude]);
      if (xy && xy[0] >= -CELL && xy[0] <= width + CELL && xy[1] >= -CELL && xy[1] <= height + CELL) {
        onScreen.push({ x: xy[0], y: xy[1], id: p.id, killed: p.killed });
      }
    }
    marks.current = cluster(onScreen, CELL);
    for (const m of marks.current) {
      context.beginPath();
      context.arc(m.x, m.y, radius(m.killed, m.count), 0, Math.PI * 2);
      context.fillStyle = m.count > 1 ? 'rgba(178, 34, 34, 0.55)' : 'rgba(178, 34, 34, 0.8)';
      context.fill();
      context.strokeStyle = '#fff';
      context.lineWidth = 1;
      context.stroke();
      if (m.count > 1) {
        context.fillStyle = '#fff';
        context.font = '11px system-ui, sans-serif';
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillText(String(m.count), m.x, m.y);
      }
    }
  }, [points, projection, width, height]);

  const zoomBy = (factor: number) => setView((v) => ({ zoom: Math.min(64, Math.max(1, v.zoom * factor)), dx: v.dx * factor, dy: v.dy * factor }));

  const markAt = (x: number, y: number) =>
    marks.current.find((m) => (m.x - x) ** 2 + (m.y - y) ** 2 <= radius(m.killed, m.count) ** 2 + 16);

  return (
    <div className="map" style={{ position: 'relative' }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Map of ${points.length} events with coordinates; arrows pan, + and − zoom`}
        data-testid="event-map"
        data-marks={points.length}
        style={{ width: '100%', height, display: 'block', cursor: 'grab', touchAction: 'none' }}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, y: e.clientY, moved: false };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          const mx = e.clientX - d.x;
          const my = e.clientY - d.y;
          if (Math.abs(mx) + Math.abs(my) > 2) {
            d.moved = true;
            d.x = e.clientX;
            d.y = e.clientY;
            setView((v) => ({ ...v, dx: v.dx + mx, dy: v.dy + my }));
          }
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          drag.current = null;
          if (d?.moved) return;
          const box = e.currentTarget.getBoundingClientRect();
          const mark = markAt(e.clientX - box.left, e.clientY - box.top);
          if (mark?.id) {
            onSelect(mark.id);
          } else if (mark) {
            setView((v) => ({ zoom: Math.min(64, v.zoom * 2), dx: (v.dx + width / 2 - mark.x) * 2, dy: (v.dy + height / 2 - mark.y) * 2 }));
          }
        }}
        onWheel={(e) => zoomBy(e.deltaY < 0 ? 1.25 : 0.8)}
        tabIndex={0}
        onKeyDown={(e) => {
          // The keyboard pans with the arrows and zooms with + and −, as the mouse does.
          const step = 60;
          const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
          if (pan[e.key]) {
            e.preventDefault();
            setView((v) => ({ ...v, dx: v.dx + pan[e.key][0], dy: v.dy + pan[e.key][1] }));
          } else if (e.key === '+' || e.key === '=') {
            zoomBy(1.5);
          } else if (e.key === '-') {
            zoomBy(1 / 1.5);
          }
        }}
      />
      <div className="map-controls">
        <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => setView(focus ? { zoom: 6, dx: 0, dy: 0 } : HOME)} aria-label="Reset the map">⟲</button>
      </div>
    </div>
  );
}
