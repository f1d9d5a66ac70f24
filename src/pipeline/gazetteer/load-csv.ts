import type { PlaceKind } from "../../shared/types.ts";
import type { GazetteerEntry, GazetteerIssue, LoadedGazetteer } from "./entry.ts";
import { parseKind } from "./kinds.ts";
import { parseCsv } from "./parse-csv.ts";
import { slugify } from "./place-id.ts";

/**
 * Loads a gazetteer CSV by its header, so one reader serves the simple user format
 * (`name,alternates,lat,lon,kind,source`) and our richer built-in files (which add id, name_ar,
 * governorate, iso, iso2, population ...).
 */
export interface CsvOptions {
  file: string;
  rank: number;
  /** Kind for rows without a kind column (countries.csv, governorates.csv). */
  defaultKind?: PlaceKind;
  /** Point for a governorate row without coordinates, from its ISO code. */
  fallbackPoint?: (iso: string) => [lon: number, lat: number] | null;
}

export function loadGazetteerCsv(text: string, opts: CsvOptions): LoadedGazetteer {
  const rows = parseCsv(text);
  const header = rows.shift();
  const issues: GazetteerIssue[] = [];
  const entries: GazetteerEntry[] = [];
  if (!header) return { entries, issues: [{ file: opts.file, line: 1, reason: "file is empty" }] };
  const col = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  for (const need of ["name", "lat", "lon"]) {
    if (!col.has(need)) {
      issues.push({ file: opts.file, line: header.line, reason: `header has no "${need}" column` });
      return { entries, issues };
    }
  }
  const seen = new Set<string>();
  for (const row of rows) {
    const get = (name: string) => (col.has(name) ? (row.fields[col.get(name)!] ?? "").trim() : "");
    const result = rowToEntry(get, opts);
    if (typeof result === "string") {
      issues.push({ file: opts.file, line: row.line, reason: result });
      continue;
    }
    if (seen.has(result.id)) {
      issues.push({ file: opts.file, line: row.line, reason: `duplicate id "${result.id}"` });
      continue;
    }
    seen.add(result.id);
    entries.push(result);
  }
  return { entries, issues };
}

function rowToEntry(get: (name: string) => string, opts: CsvOptions): GazetteerEntry | string {
  const name = get("name");
  if (!name) return "empty name";
  const kind = hasValue(get, "kind") ? parseKind(get("kind")) : (opts.defaultKind ?? "village");
  if (!kind) return `unknown kind "${get("kind")}"`;
  const iso = get("iso");
  let lat = Number(get("lat"));
  let lon = Number(get("lon"));
  if (get("lat") === "" && get("lon") === "" && iso && opts.fallbackPoint) {
    const p = opts.fallbackPoint(iso);
    if (!p) return `no coordinates and no outline for "${iso}"`;
    [lon, lat] = p;
  }
  if (get("lat") !== "" && (!Number.isFinite(lat) || Math.abs(lat) > 90))
    return `bad latitude "${get("lat")}"`;
  if (get("lon") !== "" && (!Number.isFinite(lon) || Math.abs(lon) > 180))
    return `bad longitude "${get("lon")}"`;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (get("lat") === "" && !iso))
    return "missing coordinates";
  const governorate = get("governorate") || get("admin1") || (iso.startsWith("SY-") ? iso : "");
  const country = (
    get("iso2") ||
    get("country") ||
    (governorate.startsWith("SY-") ? "SY" : "")
  ).toUpperCase();
  const alternates = get("alternates")
    .split(/[|;]/)
    .map((a) => a.trim())
    .filter(Boolean);
  const nameAr = get("name_ar");
  return {
    id: get("id") || slugify(name),
    name,
    ...(nameAr ? { nameAr } : {}),
    names: [name, ...alternates, ...(nameAr ? [nameAr] : [])],
    lat,
    lon,
    kind,
    country,
    ...(governorate ? { admin1: governorate } : {}),
    ...(kind === "governorate" && iso ? { areaCode: iso } : {}),
    population: Number(get("population")) || 0,
    source: get("source") || `${opts.file} (no source given)`,
    rank: opts.rank,
  };
}

function hasValue(get: (name: string) => string, name: string): boolean {
  return get(name) !== "";
}
