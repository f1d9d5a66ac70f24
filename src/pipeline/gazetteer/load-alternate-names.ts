import type { GazetteerIssue } from "./entry.ts";

/**
 * GeoNames alternateNames (alternateNames.txt / alternateNamesV2.txt): one spelling per line,
 * keyed by geonameid. Returned as a map so the names can join entries from any GeoNames dump.
 */
export function loadAlternateNames(
  text: string,
  file: string,
): { names: Map<string, string[]>; issues: GazetteerIssue[] } {
  const names = new Map<string, string[]>();
  const issues: GazetteerIssue[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line === "" || line.startsWith("#")) continue;
    const f = line.split("\t");
    const id = f[1] ?? "";
    const lang = f[2] ?? "";
    const name = (f[3] ?? "").trim();
    if (f.length < 4 || !/^\d+$/.test(id)) {
      issues.push({
        file,
        line: i + 1,
        reason: "expected alternateNames columns: id, geonameid, language, name",
      });
      continue;
    }
    // Codes, links and postcodes are not spellings anyone writes in a sentence.
    if (!name || ["link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc"].includes(lang))
      continue;
    names.set(id, [...(names.get(id) ?? []), name]);
  }
  return { names, issues };
}

/** True for a file that looks like an alternateNames dump rather than a geoname table. */
export function isAlternateNamesFile(file: string, firstLine: string): boolean {
  if (/alternatenames/i.test(file)) return true;
  const f = firstLine.split("\t");
  return f.length >= 4 && f.length <= 10 && /^\d+$/.test(f[0] ?? "") && /^\d+$/.test(f[1] ?? "");
}
