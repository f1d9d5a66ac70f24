/** The itemised errors the scorer lists after the figures, so each can be looked at by hand. */

interface At {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** A required gold toponym that no prediction overlapped. */
export interface MissedName extends At {
  gold_place: string;
}

/** A matched required toponym whose prediction has no usable place (null or unknown id). */
export interface UnresolvedName extends At {
  gold_place: string;
  /** The id the mention carried: null, or an id absent from places.geojson. */
  predicted_place: string | null;
}

/** A matched, resolved required toponym placed more than 25 km from the gold coordinate. */
export interface FarPlacement extends At {
  predicted_place: string;
  gold_place: string;
  gold_kind: string;
  distance_km: number;
}

/** A predicted span overlapping no gold toponym (required or not). */
export interface FalsePositive extends At {
  predicted_place: string | null;
}

export interface WrongDate {
  article: string;
  predicted: string | null;
  predicted_basis: string;
  gold: string;
  gold_precision: string;
  gold_basis: string;
  diff_days: number | null;
  within7: boolean;
}

export interface Misses {
  /** Gold articles absent from articles.json: all their names count as missed. */
  missing_articles: string[];
  missed: MissedName[];
  unresolved: UnresolvedName[];
  far: FarPlacement[];
  false_positives: FalsePositive[];
  wrong_dates: WrongDate[];
}

export function emptyMisses(): Misses {
  return {
    missing_articles: [],
    missed: [],
    unresolved: [],
    far: [],
    false_positives: [],
    wrong_dates: [],
  };
}

export function mergeMisses(a: Misses, b: Misses): Misses {
  return {
    missing_articles: [...a.missing_articles, ...b.missing_articles],
    missed: [...a.missed, ...b.missed],
    unresolved: [...a.unresolved, ...b.unresolved],
    far: [...a.far, ...b.far],
    false_positives: [...a.false_positives, ...b.false_positives],
    wrong_dates: [...a.wrong_dates, ...b.wrong_dates],
  };
}
