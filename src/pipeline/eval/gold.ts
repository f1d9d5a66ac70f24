/**
 * Parses and validates a gold file (format: /work/shared/eval/README.md). Validation is strict
 * because a silently wrong gold file would produce plausible-looking but meaningless scores.
 */
import { Reader } from "./validate.ts";

export type DatePrecision = "day" | "month";

export interface GoldToponym {
  text: string;
  start: number;
  end: number;
  /** Key into `Gold.places`. */
  place: string;
  required: boolean;
}

export interface GoldArticle {
  id: string;
  published: string;
  precision: DatePrecision;
  basis: string;
  toponyms: GoldToponym[];
}

export interface GoldPlace {
  name: string;
  /** Kept as a plain string: gold uses kinds outside PlaceKind ("border", "feature"). */
  kind: string;
  /** Null when the annotator found no coordinate; such toponyms are not scored for resolution. */
  coord: { lat: number; lon: number } | null;
}

export interface Gold {
  articles: GoldArticle[];
  places: ReadonlyMap<string, GoldPlace>;
}

function parsePlace(r: Reader, raw: unknown, path: string): GoldPlace {
  const obj = r.record(raw, path);
  const lat = r.optionalNumber(obj["lat"], `${path}.lat`, -90, 90);
  const lon = r.optionalNumber(obj["lon"], `${path}.lon`, -180, 180);
  if ((lat === null) !== (lon === null)) r.fail(path, "lat and lon must both be set or both null");
  return {
    name: r.string(obj["name"], `${path}.name`),
    kind: r.string(obj["kind"], `${path}.kind`),
    coord: lat !== null && lon !== null ? { lat, lon } : null,
  };
}

function parseToponym(
  r: Reader,
  raw: unknown,
  path: string,
  places: ReadonlyMap<string, GoldPlace>,
) {
  const obj = r.record(raw, path);
  const { start, end } = r.span(obj, path);
  const text = r.string(obj["text"], `${path}.text`);
  // Catches offsets that drifted from the text (e.g. counted in bytes instead of UTF-16 units).
  if (text.length !== end - start)
    r.fail(path, `text "${text}" does not fit span ${start}..${end}`);
  const place = r.string(obj["place"], `${path}.place`);
  if (!places.has(place)) r.fail(`${path}.place`, `"${place}" is not a key of "places"`);
  return { text, start, end, place, required: r.boolean(obj["required"], `${path}.required`) };
}

function parseArticle(
  r: Reader,
  raw: unknown,
  path: string,
  places: ReadonlyMap<string, GoldPlace>,
) {
  const obj = r.record(raw, path);
  const precision = obj["published_precision"] ?? "day";
  if (precision !== "day" && precision !== "month") {
    r.fail(`${path}.published_precision`, `expected "day" or "month"`);
  }
  const toponyms = r
    .array(obj["toponyms"], `${path}.toponyms`)
    .map((t, i) => parseToponym(r, t, `${path}.toponyms[${i}]`, places));
  return {
    id: r.string(obj["id"], `${path}.id`),
    published: r.isoDay(obj["published"], `${path}.published`),
    precision,
    basis: r.optionalString(obj["published_basis"], `${path}.published_basis`) ?? "",
    toponyms,
  } satisfies GoldArticle;
}

/** Validates parsed JSON from `file` as a gold file; throws EvalInputError naming the problem. */
export function parseGold(raw: unknown, file: string): Gold {
  // Explicitly typed: TypeScript only narrows after a `never` method call on an annotated binding.
  const r: Reader = new Reader(file);
  const root = r.record(raw, "");
  if (root["version"] !== 1) r.fail("version", "expected version 1");
  const placesObj = r.record(root["places"], "places");
  const places = new Map<string, GoldPlace>();
  for (const [key, value] of Object.entries(placesObj)) {
    places.set(key, parsePlace(r, value, `places.${key}`));
  }
  const articles = r
    .array(root["articles"], "articles")
    .map((a, i) => parseArticle(r, a, `articles[${i}]`, places));
  const seen = new Set<string>();
  for (const [i, a] of articles.entries()) {
    if (seen.has(a.id)) r.fail(`articles[${i}].id`, `duplicate article id "${a.id}"`);
    seen.add(a.id);
  }
  return { articles, places };
}
