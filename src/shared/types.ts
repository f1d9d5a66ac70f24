/**
 * The public data contract between the pipeline and the app.
 *
 * The pipeline writes exactly these shapes to `public/data/` (articles.json, mentions.json,
 * places.geojson); the app reads them back. Outside tools (QGIS, the scorer) read the same
 * files, so fields are only ever added, never renamed.
 */
import type { Feature, FeatureCollection, Point } from "geojson";

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

export interface Article {
  id: string;
  title: string;
  /** Publication day, or null when it could not be inferred (see `published_basis`). */
  published: IsoDay | null;
  /** Human-readable reason for `published`, e.g. `explicit line "Published 05.02.2019"`. */
  published_basis: string;
  /** The file content exactly as read; every mention offset indexes into this string. */
  text: string;
  source?: string | null;
  url?: string | null;
}

/** Every kind of place, broadest first. */
export const PLACE_KINDS = [
  "country",
  "governorate",
  "district",
  "region",
  "city",
  "town",
  "village",
  "camp",
  "crossing",
  "landmark",
] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kinds drawn as areas (outline + shaded fill) rather than as a pin. */
export const AREA_KINDS: readonly PlaceKind[] = ["country", "governorate", "district", "region"];

/** Kinds that are settlements: scored at town level (25 km). */
export const SETTLEMENT_KINDS: readonly PlaceKind[] = ["city", "town", "village", "camp"];

/** A runner-up reading of a mention, shown so a user can judge or correct the placement. */
export interface Candidate {
  place: string;
  name: string;
  /** Optional so older files still read; the pipeline always writes it. */
  kind?: PlaceKind;
  score: number;
}

export type DateBasis = "event" | "published";

export interface Mention {
  article: string;
  /** UTF-16 offsets into `Article.text`, end exclusive: `text === article.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Place id in places.geojson, or null: recognised as a place name but not placed. */
  place: string | null;
  /** Day the reported event happened when the sentence dates it, else the publication day. */
  date: IsoDay | null;
  date_basis?: DateBasis;
  /** 0..1, how sure the resolver is of `place`. */
  confidence?: number;
  /** Other places the name could refer to, best first. */
  candidates?: Candidate[];
}

export interface PlaceProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  name_ar?: string;
  /** Where the coordinate comes from (GeoNames id, a Wikipedia page, ...). */
  source: string;
  /** Number of mentions of this place across the corpus. */
  mentions: number;
  /** ISO 3166-2 code of the governorate this feature *is* (for area kinds), e.g. `SY-ID`. */
  area_code?: string;
  /** True when placed from context ("a village near Saraqib") rather than from a gazetteer row. */
  approximate?: boolean;
  /** Uncertainty radius in km for approximate placements. */
  uncertainty_km?: number;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type PlacesCollection = FeatureCollection<Point, PlaceProperties>;

/** File names of the data contract inside the output folder. */
export const DATA_FILES = {
  articles: "articles.json",
  mentions: "mentions.json",
  places: "places.geojson",
} as const;
