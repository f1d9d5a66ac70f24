import { area, bboxClip, booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type { Geometry, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The Middle East window the detailed layers are clipped to (Syria is at ~35–42°E, 32–37°N). */
export const WINDOW: BBox = [20, 20, 60, 50];

/** Fifth decimal would be ~1 m; 4 decimals (~10 m) is far below 1:10m source accuracy. */
export const PRECISION = 4;

/** ~1 km: the 1:110m world is only drawn below zoom 6, where a pixel is 2 km or more. */
export const WORLD_PRECISION = 2;

/**
 * Countries are 1:10m in this box around Syria and 1:50m in the rest of WINDOW. The governorates
 * are NE 1:10m admin-1: at the app's working zooms (7–10) a 1:50m coast and Turkish border miss
 * their edges by several pixels. 1:10m over the whole window would cost 0.75 MB instead of 0.3 MB.
 */
export const DETAIL: BBox = [30, 28, 46, 40];

export const SYRIA_MIN_POPULATION = 20_000;
export const NEIGHBOUR_MIN_POPULATION = 300_000;
export const NEIGHBOURS = new Set(["TR", "LB", "IQ", "JO", "IL", "CY"]);
/**
 * GeoNames codes of whole towns. Neighbours are limited to capitals because Istanbul, Ankara and
 * Izmir districts (PPL, PPLA2) pass 300,000 people and would crowd out real cities.
 */
export const SYRIA_CODES = new Set(["PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL"]);
export const NEIGHBOUR_CODES = new Set(["PPLC", "PPLA"]);

export const isPolygonal = (g: Geometry | null): g is Polygon | MultiPolygon =>
  g?.type === "Polygon" || g?.type === "MultiPolygon";

export const roundCoord = (value: number, digits = PRECISION): number => {
  const factor = 10 ** digits;
  // `+ 0` turns -0 into 0 so the output does not contain "-0".
  return Math.round(value * factor) / factor + 0;
};

/** Rounds a ring or line and drops the consecutive duplicates that rounding creates. */
export function roundLine(line: Position[], digits = PRECISION): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of line) {
    const p = [roundCoord(x, digits), roundCoord(y, digits)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** A closed ring needs 4 positions; clipping and rounding can leave slivers with fewer. */
const roundRings = (rings: Position[][], digits: number): Position[][] =>
  rings.map((ring) => roundLine(ring, digits)).filter((ring) => ring.length >= 4);

/** Rounds a (multi)polygon, dropping empty parts; null if nothing is left. */
export function roundPolygonal(
  geom: Polygon | MultiPolygon,
  digits = PRECISION,
): Polygon | MultiPolygon | null {
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  const kept = polys
    .map((p) => roundRings(p, digits))
    .filter((rings) => rings.length > 0 && rings[0]!.length >= 4);
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: "Polygon", coordinates: kept[0]! }
    : { type: "MultiPolygon", coordinates: kept };
}

/** Clips a (multi)polygon to the window and rounds it; null when it lies outside. */
export function clipPolygonal(
  geom: Polygon | MultiPolygon,
  box: BBox,
): Polygon | MultiPolygon | null {
  const clipped = bboxClip(geom, box).geometry;
  return isPolygonal(clipped) ? roundPolygonal(clipped) : null;
}

export function clipLines(geom: MultiLineString, box: BBox): MultiLineString | null {
  const clipped = bboxClip(geom, box).geometry;
  const parts =
    clipped.type === "LineString"
      ? [clipped.coordinates]
      : clipped.type === "MultiLineString"
        ? clipped.coordinates
        : [];
  const lines = parts.map((line) => roundLine(line)).filter((line) => line.length >= 2);
  return lines.length > 0 ? { type: "MultiLineString", coordinates: lines } : null;
}

/** Label anchor inside the largest part, so e.g. a clipped Russia is labelled on its mainland. */
export function labelPoint(geom: Polygon | MultiPolygon): Position {
  const parts = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  const size = (rings: Position[][]) => area({ type: "Polygon", coordinates: rings });
  const largest = parts.reduce((a, b) => (size(b) > size(a) ? b : a));
  const poly: Polygon = { type: "Polygon", coordinates: largest };
  const com = centerOfMass(poly).geometry.coordinates;
  // A concave shape can have its centre of mass outside itself; fall back to a point on it.
  const pos = booleanPointInPolygon(com, poly) ? com : pointOnFeature(poly).geometry.coordinates;
  return [roundCoord(pos[0]!, 2), roundCoord(pos[1]!, 2)];
}

/** The window minus the detail box, as four rectangles that tile the window with the box. */
export function ringAround([w, s, e, n]: BBox, [dw, ds, de, dn]: BBox): BBox[] {
  return [
    [w, s, e, ds],
    [w, dn, e, n],
    [w, ds, dw, dn],
    [de, ds, e, dn],
  ];
}

/**
 * Makes longitudes continuous (170, -170 becomes 170, 190). world-atlas keeps spherical
 * coordinates, so Chukotka or Fiji jump from 180 to -180; drawn flat, that jump is a band across
 * the whole map. MapLibre wraps continuous coordinates past 180 correctly.
 */
export function unwrapLine(line: Position[]): Position[] {
  let shift = 0;
  let prev: number | undefined;
  return line.map(([x = 0, y = 0]) => {
    const d = prev === undefined ? 0 : x + shift - prev;
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    prev = x + shift;
    return [x + shift, y];
  });
}

/** Unwraps every ring; drops rings around a pole (Antarctica), which cannot be drawn flat. */
export function unwrapPolygonal(geom: Polygon | MultiPolygon): MultiPolygon | null {
  const polys = (geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates)
    .map((rings) => rings.map(unwrapLine))
    .filter((rings) => rings.every((r) => r[0]?.[0] === r[r.length - 1]?.[0]));
  return polys.length > 0 ? { type: "MultiPolygon", coordinates: polys } : null;
}
