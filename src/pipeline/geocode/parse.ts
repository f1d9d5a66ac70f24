import { PLACE_KINDS, type PlaceKind } from "../../shared/types.ts";

/** One geocoded place, as handed to the pipeline and as stored in the cache file. */
export interface GeocodeHit {
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** Provenance for places.geojson; carries the OSM attribution that the ODbL requires. */
  source: string;
  /** Nominatim's 0..1 importance, when given: lets the resolver weigh a hit against context. */
  importance?: number;
}

export type ParseResult = { ok: true; hit: GeocodeHit | null } | { ok: false; reason: string };

const NUMERIC = /^-?\d+(?:\.\d+)?$/;
const KINDS: ReadonlySet<string> = new Set<string>(PLACE_KINDS);
// A Map, not an object literal: addresstype is server input and must not reach "toString".
const SETTLEMENT: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>([
  ["city", "city"],
  ["town", "town"],
  ["village", "village"],
  ["hamlet", "village"],
  // A quarter of a city is a settlement-sized point: closer to a village than to a landmark.
  ["suburb", "village"],
]);

type Row = Record<string, unknown>;

function isRow(v: unknown): v is Row {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(row: Row, key: string): string {
  const v = row[key];
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

/** Nominatim sends coordinates as strings; a number is tolerated, anything else is not a place. */
function coord(v: unknown, limit: number): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && NUMERIC.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

/**
 * Kind from Nominatim's class (`category` in jsonv2), type and addresstype. Administrative
 * boundaries are graded by place_rank, which Nominatim derives from admin_level (4 -> 8).
 */
export function kindFromNominatim(row: Row): PlaceKind {
  const category = str(row, "category") || str(row, "class");
  const type = str(row, "type");
  const addresstype = str(row, "addresstype");
  const settlement =
    SETTLEMENT.get(addresstype) ?? (category === "place" ? SETTLEMENT.get(type) : undefined);
  if (settlement) return settlement;
  if (category === "boundary" && type === "administrative") {
    const rank = Number(str(row, "place_rank"));
    if (addresstype === "country" || rank === 4) return "country";
    if (addresstype === "state" || rank === 8) return "governorate";
    if (addresstype === "state_district" || addresstype === "county" || rank === 10 || rank === 12)
      return "district";
  }
  return "landmark";
}

/**
 * Read a `/search?format=jsonv2` body. An empty array is a real "not found" (cacheable); any
 * other shape means the server is not answering as Nominatim does, which must not be cached.
 */
export function parseSearchResponse(body: unknown, baseUrl: string, query: string): ParseResult {
  if (!Array.isArray(body)) return { ok: false, reason: "response is not a JSON array" };
  const rows: Row[] = [];
  for (const [i, row] of body.entries()) {
    if (!isRow(row) || coord(row.lat, 90) === null || coord(row.lon, 180) === null)
      return { ok: false, reason: `result ${i} has no numeric lat/lon` };
    rows.push(row);
  }
  const first = rows[0];
  if (!first) return { ok: true, hit: null };
  const displayFirst = str(first, "display_name").split(",")[0]?.trim() ?? "";
  const osmType = str(first, "osm_type");
  const osmId = str(first, "osm_id");
  const ref = osmType && osmId ? `${osmType}/${osmId}` : `place_id ${str(first, "place_id")}`;
  const hit: GeocodeHit = {
    name: str(first, "name").trim() || displayFirst || query.trim(),
    lat: coord(first.lat, 90) ?? 0,
    lon: coord(first.lon, 180) ?? 0,
    kind: kindFromNominatim(first),
    source: `Nominatim ${baseUrl} ${ref}, © OpenStreetMap contributors ODbL`,
  };
  const importance = first.importance;
  if (typeof importance === "number" && Number.isFinite(importance)) hit.importance = importance;
  return { ok: true, hit };
}

/** Shape check for entries read back from the cache file. */
export function isGeocodeHit(v: unknown): v is GeocodeHit {
  if (!isRow(v)) return false;
  const { name, lat, lon, kind, source, importance } = v;
  return (
    typeof name === "string" &&
    coord(lat, 90) !== null &&
    coord(lon, 180) !== null &&
    typeof lat === "number" &&
    typeof lon === "number" &&
    typeof kind === "string" &&
    KINDS.has(kind) &&
    typeof source === "string" &&
    (importance === undefined || typeof importance === "number")
  );
}
