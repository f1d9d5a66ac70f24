import type { PlaceKind } from "../../shared/types.ts";

/** One place the resolver can choose, whatever file it came from. */
export interface GazetteerEntry {
  id: string;
  name: string;
  nameAr?: string;
  /** Every spelling the entry answers to, including `name`. */
  names: string[];
  /** Normalised matching keys of `names`, when precomputed by the compiled gazetteer. */
  keys?: string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 country code, upper case ("SY"); empty for supranational regions. */
  country: string;
  /** ISO 3166-2 code of the governorate the place lies in, when known ("SY-ID"). */
  admin1?: string;
  /** ISO 3166-2 code of the governorate this entry *is* (governorates only). */
  areaCode?: string;
  population: number;
  /** Where the coordinate comes from (GeoNames id, Wikipedia page, ...). */
  source: string;
  /**
   * Precedence of the file the entry came from: user files given later on the command line
   * outrank earlier ones, and all of them outrank the built-in data.
   */
  rank: number;
  /** Placed from the article's own words ("near Saraqib"), not from a gazetteer row. */
  approximate?: boolean;
  /** Radius in km within which an approximate place is believed to lie. */
  uncertaintyKm?: number;
}

/** A problem with one row of a gazetteer file; the rest of the file still loads. */
export interface GazetteerIssue {
  file: string;
  line: number;
  reason: string;
}

export interface LoadedGazetteer {
  entries: GazetteerEntry[];
  issues: GazetteerIssue[];
  /** Extra spellings by GeoNames id, from an alternateNames file. */
  alternateNames?: Map<string, string[]>;
}
