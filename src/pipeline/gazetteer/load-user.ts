import { readFileSync } from "node:fs";
import path from "node:path";
import type { LoadedGazetteer } from "./entry.ts";
import { loadGazetteerCsv } from "./load-csv.ts";
import { isAlternateNamesFile, loadAlternateNames } from "./load-alternate-names.ts";
import { loadGeoNames } from "./load-geonames.ts";

/**
 * A gazetteer file given with --gazetteer: a GeoNames dump (.txt, tab-separated) or a CSV with a
 * header (`name,alternates,lat,lon,kind,source` at least name, lat, lon).
 */
export function loadUserGazetteer(file: string, rank: number): LoadedGazetteer {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return {
      entries: [],
      issues: [{ file, line: 0, reason: `cannot read gazetteer: ${(e as Error).message}` }],
    };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return loadGazetteerCsv(text, { file, rank });
  if (ext === ".txt" || ext === ".tsv") {
    if (isAlternateNamesFile(file, text.slice(0, text.indexOf("\n")))) {
      const { names, issues } = loadAlternateNames(text, file);
      return { entries: [], issues, alternateNames: names };
    }
    return loadGeoNames(text, file, rank);
  }
  return {
    entries: [],
    issues: [
      {
        file,
        line: 0,
        reason: `unknown gazetteer format "${ext}" (use a GeoNames .txt dump or a .csv)`,
      },
    ],
  };
}
