import { area } from "@turf/turf";
import type {
  Feature,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  type BBox,
  clipLines,
  clipPolygonal,
  DETAIL,
  isPolygonal,
  labelPoint,
  ringAround,
  roundLine,
  roundPolygonal,
  unwrapLine,
  unwrapPolygonal,
  WINDOW,
  WORLD_PRECISION,
} from "./geometry.ts";

/** Leaves Akrotiri, Dhekelia and Bahrain unlabelled: their names would bury Cyprus and Qatar. */
const MIN_LABELLED_COUNTRY_M2 = 2_000e6;

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
export type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/**
 * Countries, their label points and their shared borders: `detailed` inside the detail box,
 * `coarse` in the rest of the window. Each country's pieces become one MultiPolygon.
 */
export function buildCountries(
  detailed: CountryTopology,
  coarse: CountryTopology,
  box: BBox = WINDOW,
  detail: BBox = DETAIL,
) {
  const pieces = new Map<string, Position[][][]>();
  const lines: Position[][] = [];
  const plan = [
    { topo: detailed, boxes: [detail] },
    { topo: coarse, boxes: ringAround(box, detail) },
  ];
  for (const { topo, boxes } of plan) {
    const features = feature(topo, topo.objects.countries).features;
    // Only shared edges (a !== b): coastlines come from the land/sea contrast instead, and the
    // cut edges of the boxes must not be drawn as borders.
    const borderMesh = mesh(topo, topo.objects.countries, (a, b) => a !== b);
    for (const b of boxes) {
      for (const f of features) {
        const g = isPolygonal(f.geometry) ? clipPolygonal(f.geometry, b) : null;
        if (!g) continue;
        const list = pieces.get(f.properties.name) ?? [];
        list.push(...(g.type === "Polygon" ? [g.coordinates] : g.coordinates));
        pieces.set(f.properties.name, list);
      }
      lines.push(...(clipLines(borderMesh, b)?.coordinates ?? []));
    }
  }
  const areas = [...pieces].map(
    ([name, polys]): Feature<Polygon | MultiPolygon, { name: string }> => ({
      type: "Feature",
      geometry:
        polys.length === 1
          ? { type: "Polygon", coordinates: polys[0]! }
          : { type: "MultiPolygon", coordinates: polys },
      properties: { name },
    }),
  );
  const labels = areas
    .filter((f) => area(f.geometry) >= MIN_LABELLED_COUNTRY_M2)
    .map((f): Feature<Point, { name: string }> => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: labelPoint(f.geometry) },
      properties: f.properties,
    }));
  const borders: MultiLineString | null =
    lines.length > 0 ? { type: "MultiLineString", coordinates: lines } : null;
  return { areas, labels, borders };
}

export type WorldProps = { kind: "land" | "border" };

/**
 * Coarse (110m) world land and borders for zoomed-out views, where the detailed window would
 * otherwise end in open sea and borders would stop at its edges.
 */
export function buildWorld(topo: WorldTopology): Feature<Geometry, WorldProps>[] {
  const land = feature(topo, topo.objects.land)
    .features.map((f) => (isPolygonal(f.geometry) ? unwrapPolygonal(f.geometry) : null))
    .map((g) => (g ? roundPolygonal(g, WORLD_PRECISION) : null))
    .filter((g): g is Polygon | MultiPolygon => g !== null);
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const lines = borders.coordinates.map((l) => roundLine(unwrapLine(l), WORLD_PRECISION));
  return [
    ...land.map((geometry) => ({
      type: "Feature" as const,
      geometry,
      properties: { kind: "land" as const },
    })),
    {
      type: "Feature",
      geometry: { type: "MultiLineString", coordinates: lines },
      properties: { kind: "border" },
    },
  ];
}
