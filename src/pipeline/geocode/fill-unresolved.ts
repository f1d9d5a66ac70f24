import type { Mention } from "../../shared/types.ts";
import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { slugify } from "../gazetteer/place-id.ts";
import type { GeocodeHit, Geocoder } from "./nominatim.ts";

function entryFromHit(name: string, hit: GeocodeHit): GazetteerEntry {
  return {
    id: `geocoded-${slugify(name)}`,
    name: hit.name,
    names: [name, hit.name],
    lat: hit.lat,
    lon: hit.lon,
    kind: hit.kind,
    country: "",
    population: 0,
    source: hit.source,
    rank: -1,
  };
}

/**
 * Ask the online geocoder about names the gazetteers could not place, one request per distinct
 * name, and place the mentions it answers. Returns the entries it created.
 */
export async function fillUnresolved(
  mentions: Mention[],
  geocoder: Geocoder,
): Promise<GazetteerEntry[]> {
  const names = [...new Set(mentions.filter((m) => m.place === null).map((m) => m.text))];
  const found = new Map<string, GazetteerEntry>();
  await Promise.all(
    names.map(async (name) => {
      const hit = await geocoder.geocode(name);
      if (hit) found.set(name, entryFromHit(name, hit));
    }),
  );
  for (const m of mentions) {
    const entry = m.place === null ? found.get(m.text) : undefined;
    if (entry) {
      m.place = entry.id;
      m.confidence = 0.5;
    }
  }
  await geocoder.flush();
  return [...found.values()];
}
