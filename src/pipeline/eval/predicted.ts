/**
 * Parses the pipeline's three output files (contract: src/shared/types.ts) into what the scorer
 * needs. Only the fields the scorer reads are checked, so the contract can grow (fields are only
 * ever added) without breaking the scorer.
 */
import type { Article, Mention } from "../../shared/types.ts";
import type { LatLon } from "./distance.ts";
import { Reader } from "./validate.ts";

export type PredArticle = Pick<Article, "id" | "published" | "published_basis" | "text">;
export type PredMention = Pick<Mention, "article" | "start" | "end" | "text" | "place">;

export interface Predicted {
  articles: ReadonlyMap<string, PredArticle>;
  mentions: readonly PredMention[];
  /** Place id → coordinate, from places.geojson. */
  places: ReadonlyMap<string, LatLon>;
}

/** The contract writes bare arrays; `{ "<key>": [...] }` is accepted too, as a courtesy. */
function listOf(r: Reader, raw: unknown, key: string): unknown[] {
  if (Array.isArray(raw)) return raw;
  return r.array(r.record(raw, "")[key], key);
}

export function parseArticles(raw: unknown, file: string): Map<string, PredArticle> {
  const r: Reader = new Reader(file);
  const out = new Map<string, PredArticle>();
  listOf(r, raw, "articles").forEach((item, i) => {
    const obj = r.record(item, `[${i}]`);
    const id = r.string(obj["id"], `[${i}].id`);
    if (out.has(id)) r.fail(`[${i}].id`, `duplicate article id "${id}"`);
    const published =
      obj["published"] == null ? null : r.isoDay(obj["published"], `[${i}].published`);
    out.set(id, {
      id,
      published,
      published_basis: r.optionalString(obj["published_basis"], `[${i}].published_basis`) ?? "",
      text: r.string(obj["text"], `[${i}].text`),
    });
  });
  return out;
}

export function parseMentions(raw: unknown, file: string): PredMention[] {
  const r: Reader = new Reader(file);
  return listOf(r, raw, "mentions").map((item, i) => {
    const obj = r.record(item, `[${i}]`);
    return {
      article: r.string(obj["article"], `[${i}].article`),
      ...r.span(obj, `[${i}]`),
      text: r.optionalString(obj["text"], `[${i}].text`) ?? "",
      place: r.optionalString(obj["place"], `[${i}].place`),
    };
  });
}

export function parsePlaces(raw: unknown, file: string): Map<string, LatLon> {
  // Explicitly typed: TypeScript only narrows after a `never` method call on an annotated binding.
  const r: Reader = new Reader(file);
  const root = r.record(raw, "");
  if (root["type"] !== "FeatureCollection") r.fail("type", `expected "FeatureCollection"`);
  const out = new Map<string, LatLon>();
  r.array(root["features"], "features").forEach((item, i) => {
    const path = `features[${i}]`;
    const props = r.record(r.record(item, path)["properties"], `${path}.properties`);
    const id = r.string(props["id"], `${path}.properties.id`);
    const geometry = r.record(r.record(item, path)["geometry"], `${path}.geometry`);
    const coords = r.array(geometry["coordinates"], `${path}.geometry.coordinates`);
    // GeoJSON order is [lon, lat].
    const lon = r.optionalNumber(coords[0], `${path}.geometry.coordinates[0]`, -180, 180);
    const lat = r.optionalNumber(coords[1], `${path}.geometry.coordinates[1]`, -90, 90);
    if (geometry["type"] !== "Point" || lon === null || lat === null) {
      r.fail(`${path}.geometry`, "expected a Point with [lon, lat]");
    }
    if (out.has(id)) r.fail(`${path}.properties.id`, `duplicate place id "${id}"`);
    out.set(id, { lat, lon });
  });
  return out;
}
