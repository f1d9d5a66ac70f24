import { PLACE_KINDS, type PlaceKind } from "../../shared/types.ts";

const KINDS: ReadonlySet<string> = new Set<string>(PLACE_KINDS);

/** Read a kind written by a person; common synonyms are accepted. */
export function parseKind(raw: string): PlaceKind | null {
  const k = raw.trim().toLowerCase();
  if (k === "") return "village";
  if (KINDS.has(k)) return k as PlaceKind;
  if (k === "province" || k === "admin1") return "governorate";
  if (k === "hamlet" || k === "locality") return "village";
  if (k === "border crossing") return "crossing";
  return null;
}

/**
 * Kind of a GeoNames row from its feature class and code (https://www.geonames.org/export/codes.html).
 * Populated places are graded by role and population so that "city" means what a reader expects.
 */
export function kindFromGeoNames(
  featureClass: string,
  code: string,
  population: number,
): PlaceKind | null {
  if (featureClass === "P") {
    if (code === "PPLC" || code === "PPLA" || population >= 50_000) return "city";
    if (code === "PPLA2" || code === "PPLA3" || population >= 5_000) return "town";
    return "village";
  }
  if (featureClass === "A") {
    if (code.startsWith("PCL")) return "country";
    if (code === "ADM1") return "governorate";
    if (code === "ADM2" || code === "ADM3") return "district";
    return null;
  }
  if (featureClass === "T" || featureClass === "L")
    return code === "CMP" || code === "CMPRF" ? "camp" : "region";
  if (featureClass === "S" && (code === "CMPRF" || code === "CMP")) return "camp";
  return null;
}
