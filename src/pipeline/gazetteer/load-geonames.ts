import type { GazetteerEntry, GazetteerIssue, LoadedGazetteer } from "./entry.ts";
import { kindFromGeoNames } from "./kinds.ts";

/** A GeoNames "geoname" table row (cities500.txt, SY.txt, allCountries.txt share the format). */
export interface GeoNamesRow {
  id: string;
  name: string;
  asciiName: string;
  /** The raw comma-separated alternates column; split only for rows that are kept. */
  alternatesRaw: string;
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

export function parseGeoNamesLine(line: string): GeoNamesRow | string {
  const f = line.split("\t");
  if (f.length < 15) return `expected 19 tab-separated GeoNames columns, found ${f.length}`;
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || Math.abs(lat) > 90)
    return `latitude "${f[4]}" is not a number in -90..90`;
  if (!Number.isFinite(lon) || Math.abs(lon) > 180)
    return `longitude "${f[5]}" is not a number in -180..180`;
  return {
    id: f[0] ?? "",
    name: f[1] ?? "",
    asciiName: f[2] ?? "",
    alternatesRaw: f[3] ?? "",
    lat,
    lon,
    featureClass: f[6] ?? "",
    featureCode: f[7] ?? "",
    country: f[8] ?? "",
    admin1: f[10] ?? "",
    population: Number(f[14]) || 0,
  };
}

/**
 * GeoNames alternates mix airport codes, postcodes, links and scripts we never match against.
 * Keep Latin and Arabic spellings of reasonable length.
 */
function usefulAlternate(a: string): boolean {
  if (a.length < 3 || a.length > 60) return false;
  if (/^[A-Z0-9]{2,5}$/.test(a) || /\d|https?:/.test(a)) return false;
  return /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\s'’‘`ʿʾ.-]+$/u.test(a);
}

export function geoNamesRowToEntry(row: GeoNamesRow, rank: number): GazetteerEntry | null {
  const kind = kindFromGeoNames(row.featureClass, row.featureCode, row.population);
  if (!kind) return null;
  const alternates = row.alternatesRaw.split(",").filter(usefulAlternate);
  const nameAr = alternates.find((a) => /\p{Script=Arabic}/u.test(a));
  return {
    id: `geonames-${row.id}`,
    name: row.asciiName || row.name,
    ...(nameAr ? { nameAr } : {}),
    names: [row.name, row.asciiName, ...alternates],
    lat: row.lat,
    lon: row.lon,
    kind,
    country: row.country,
    population: row.population,
    source: `GeoNames ${row.id}`,
    rank,
  };
}

/** Load a GeoNames dump; `keep` lets the built-in base drop rows too obscure to match safely. */
export function loadGeoNames(
  text: string,
  file: string,
  rank: number,
  keep: (row: GeoNamesRow) => boolean = () => true,
): LoadedGazetteer {
  const entries: GazetteerEntry[] = [];
  const issues: GazetteerIssue[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.startsWith("#")) continue;
    const row = parseGeoNamesLine(line.replace(/\r$/, ""));
    if (typeof row === "string") {
      issues.push({ file, line: i + 1, reason: row });
      continue;
    }
    if (!keep(row)) continue;
    const entry = geoNamesRowToEntry(row, rank);
    if (entry) entries.push(entry);
  }
  return { entries, issues };
}
