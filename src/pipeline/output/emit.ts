import type { Article, Mention, PlaceFeature, PlacesCollection } from "../../shared/types.ts";
import type { GazetteerEntry } from "../gazetteer/entry.ts";

/** Round to ~1 m: more digits only bloat the files and suggest false precision. */
const round = (x: number) => Math.round(x * 1e5) / 1e5;

function toFeature(entry: GazetteerEntry, mentions: number): PlaceFeature {
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [round(entry.lon), round(entry.lat)] },
    properties: {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      ...(entry.nameAr ? { name_ar: entry.nameAr } : {}),
      source: entry.source,
      mentions,
      ...(entry.areaCode ? { area_code: entry.areaCode } : {}),
      ...(entry.approximate
        ? { approximate: true, uncertainty_km: entry.uncertaintyKm ?? 25 }
        : {}),
    },
  };
}

/** The places file: one feature per place mentioned at least once, ordered by id. */
export function placesCollection(
  mentions: readonly Mention[],
  entries: ReadonlyMap<string, GazetteerEntry>,
): PlacesCollection {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.place) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  const features = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([id, n]) => {
      const entry = entries.get(id);
      return entry ? [toFeature(entry, n)] : [];
    });
  return { type: "FeatureCollection", features };
}

export interface OutputFiles {
  articles: Article[];
  mentions: Mention[];
  places: PlacesCollection;
}

/** Serialise deterministically: same input, byte-identical output. */
export function serialise(files: OutputFiles): Record<"articles" | "mentions" | "places", string> {
  return {
    articles: JSON.stringify(files.articles, null, 1) + "\n",
    mentions: JSON.stringify(files.mentions, null, 1) + "\n",
    places: JSON.stringify(files.places, null, 1) + "\n",
  };
}
