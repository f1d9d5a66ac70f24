import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { bearingOf, offsetPoint } from "../geo/offset.ts";
import type { Resolution } from "./resolve.ts";

export interface Locator {
  lat: number;
  lon: number;
  /** Uncertainty radius, km. */
  km: number;
  basis: string;
  /** The place the locator points from and the compass bearing it gives, if any. */
  reference: { lat: number; lon: number; bearing: number | null };
}

const DIRECTION =
  "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?";
/** "Halab Labih refugee camp located near ...": the name's own kind noun, and how it lies. */
const KIND_NOUN =
  "(?:\\s+(?:(?:refugee|idp|displacement|tent|informal)\\s+)?(?:camps?|village|town|settlement|hill|farms?))?";
const LIES = "(?:,?\\s+(?:located|situated|lying|set up|built))?";
/** "near the Syrian town of Sarmada", "near the village of Atma". */
const KIND_OF = "(?:(?:syrian|turkish)\\s+)?(?:town|village|city)\\s+of\\s+";

/**
 * Between a name (or list) and the place that locates it: ", near", "in the southern
 * countryside of", "west of", or after an apposition: ", the last regime stronghold in the
 * province of". The name's kind may come first ("al-Laban camp on the outskirts of").
 */
const AFTER = new RegExp(
  `^${KIND_NOUN}${LIES},?\\s+(?:(?:which|that)\\s+(?:is|are|lies|lie)\\s+)?(?:(?:the|a|an)\\s+[^,.;:]{0,60}?\\s+)?(?:(in|near|outside|around|close to|on the outskirts of|(${DIRECTION})\\s+of)\\s+)(?:the\\s+)?(?:(${DIRECTION})\\s+)?(?:(?:countryside|outskirts|suburbs|parts?|areas?|province|governorate|region)\\s+of\\s+)?(?:${KIND_OF})?$`,
  "i",
);
/** Before a list: "Idlib's southwestern villages of", "in southern Idlib, the villages of". */
const BEFORE = new RegExp(
  `^['’]s\\s+(${DIRECTION})?\\s*(?:rural\\s+)?(?:villages|towns|areas|countryside)[^.;]{0,20}$`,
  "i",
);

/** Distance of a shifted point and the uncertainty we claim, by what kind of place locates it. */
function reach(e: GazetteerEntry): { shiftKm: number; km: number } {
  if (e.kind === "governorate" || e.kind === "region" || e.kind === "district")
    return { shiftKm: 30, km: 35 };
  return { shiftKm: 15, km: 12 };
}

function locate(e: GazetteerEntry, direction: string | undefined, phrase: string): Locator {
  const bearing = direction ? bearingOf(direction) : null;
  const { shiftKm, km } = reach(e);
  const [lat, lon] =
    bearing === null ? [e.lat, e.lon] : offsetPoint(e.lat, e.lon, bearing, shiftKm);
  return {
    lat,
    lon,
    km: bearing === null && km < 35 ? 10 : km,
    basis: `"${phrase.trim()}"`,
    reference: { lat: e.lat, lon: e.lon, bearing },
  };
}

/**
 * A place the text uses to locate a name or list it could not place: the first placed name
 * right after it joined by a locator phrase, or a possessive area right before the list.
 */
export function findLocator(
  text: string,
  start: number,
  end: number,
  resolved: readonly Resolution[],
): Locator | null {
  // Resolutions are in text order: look only at the few just after and just before the list.
  const first = firstStartingAtOrAfter(resolved, end);
  for (let i = first; i < resolved.length && resolved[i]!.start - end <= 80; i++) {
    const r = resolved[i]!;
    const m = r.entry ? AFTER.exec(text.slice(end, r.start)) : null;
    if (m && r.entry) return locate(r.entry, m[2] ?? m[3], text.slice(end, r.end));
  }
  for (
    let i = firstStartingAtOrAfter(resolved, start) - 1;
    i >= 0 && start - resolved[i]!.end <= 40;
    i--
  ) {
    const r = resolved[i]!;
    const m = r.entry && r.end <= start ? BEFORE.exec(text.slice(r.end, start)) : null;
    if (m && r.entry) return locate(r.entry, m[1], text.slice(r.start, start));
  }
  return null;
}

/** Index of the first resolution starting at or after `offset` (binary search; input sorted). */
function firstStartingAtOrAfter(resolved: readonly Resolution[], offset: number): number {
  let lo = 0;
  let hi = resolved.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (resolved[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
