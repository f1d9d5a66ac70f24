import { normalizeName } from "../../shared/normalize-name.ts";
import type { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import type { NamedPlaces } from "./event-patterns.ts";

const byIndex = new WeakMap<GazetteerIndex, NamedPlaces>();

/**
 * Pattern parts that are names in the gazetteer ("kafr zita", "latamneh"), as the ids of the
 * places they name: an event pattern then matches whatever spelling of the place the article
 * used, as long as the geoparser resolved it. One answer per index, shared by all articles.
 */
export function namedPlacesOf(index: GazetteerIndex): NamedPlaces {
  let named = byIndex.get(index);
  if (!named) {
    const cache = new Map<string, ReadonlySet<string> | null>();
    named = {
      idsOf(part) {
        let ids = cache.get(part);
        if (ids === undefined) {
          const entries = index.lookup(normalizeName(part));
          ids = entries.length > 0 ? new Set(entries.map((e) => e.id)) : null;
          cache.set(part, ids);
        }
        return ids;
      },
    };
    byIndex.set(index, named);
  }
  return named;
}
