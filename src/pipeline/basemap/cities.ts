import type { Feature, Point } from "geojson";
import {
  type BBox,
  NEIGHBOUR_CODES,
  NEIGHBOUR_MIN_POPULATION,
  NEIGHBOURS,
  roundCoord,
  SYRIA_CODES,
  SYRIA_MIN_POPULATION,
  WINDOW,
} from "./geometry.ts";

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
