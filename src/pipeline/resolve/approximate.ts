import { AREA_KINDS } from "../../shared/types.ts";
import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { slugify } from "../gazetteer/place-id.ts";
import { distanceKm } from "../geo/distance.ts";
import { angleBetween, bearingBetween } from "../geo/offset.ts";
import type { RecognizedName } from "../recognize/recognize.ts";
import type { Resolution } from "./resolve.ts";
import { findLocator, type Locator } from "./locators.ts";

/** Places listed together lie within this distance of the rest of their list. */
const LIST_COHESION_KM = 40;
/** Smallest uncertainty we claim for a place inferred from its list neighbours. */
const MIN_LIST_UNCERTAINTY_KM = 8;

const isSettlement = (e: GazetteerEntry) => !AREA_KINDS.includes(e.kind);
/** Only small places have namesakes worth doubting; a list of cities may span the country. */
const mayBeNamesake = (e: GazetteerEntry) =>
  e.population < 50_000 && (e.kind === "village" || e.kind === "town");

/** Beyond this from the article's places, a list's only placed item does not place the others. */
const LONE_ITEM_KM = 150;

function centroid(entries: readonly GazetteerEntry[]): [number, number] {
  const lat = entries.reduce((s, e) => s + e.lat, 0) / entries.length;
  const lon = entries.reduce((s, e) => s + e.lon, 0) / entries.length;
  return [lat, lon];
}

/**
 * The settlements of a list that agree with each other: the one farthest from the others'
 * centroid is dropped while it lies beyond LIST_COHESION_KM (a namesake elsewhere).
 */
export function cohesiveCore(
  entries: readonly GazetteerEntry[],
  anchor: [number, number] | null,
): GazetteerEntry[] {
  let core = [...entries];
  // Two that disagree: keep the one nearer the rest of the article.
  const [a, b] = core;
  if (
    core.length === 2 &&
    a &&
    b &&
    anchor &&
    distanceKm(a.lat, a.lon, b.lat, b.lon) > LIST_COHESION_KM
  ) {
    const da = distanceKm(anchor[0], anchor[1], a.lat, a.lon);
    return [da <= distanceKm(anchor[0], anchor[1], b.lat, b.lon) ? a : b];
  }
  while (core.length >= 3) {
    const far = core
      .map((e) => {
        const [lat, lon] = centroid(core.filter((o) => o !== e));
        return { e, km: distanceKm(lat, lon, e.lat, e.lon) };
      })
      .sort((a, b) => b.km - a.km)[0]!;
    if (far.km <= LIST_COHESION_KM) break;
    core = core.filter((e) => e !== far.e);
  }
  return core;
}

function approximateEntry(
  name: string,
  lat: number,
  lon: number,
  uncertaintyKm: number,
  basis: string,
  country: string,
): GazetteerEntry {
  return {
    // The position is part of the id: the same name placed from two articles' different
    // contexts must stay two places, while the same inference in two articles stays one.
    id: `approx-${slugify(name.replace(/^(?:al|el)[- ]/i, ""))}-${Math.round(lat * 100)}-${Math.round(lon * 100)}`,
    name,
    names: [name],
    lat: Math.round(lat * 1e4) / 1e4,
    lon: Math.round(lon * 1e4) / 1e4,
    kind: "village",
    country,
    population: 0,
    source: `approximate, from the article: ${basis}`,
    rank: -1,
    approximate: true,
    uncertaintyKm: Math.round(uncertaintyKm),
  };
}

function placeAt(r: Resolution, entry: GazetteerEntry): Resolution {
  return {
    ...r,
    entry,
    confidence: 0.3,
    runnersUp: r.entry
      ? [{ place: r.entry.id, name: r.entry.name, kind: r.entry.kind, score: 0 }]
      : [],
  };
}

/** A list member on the wrong side of its locator ("west of Hama" but east of it) is a namesake. */
function agreesWith(locator: Locator | null, e: GazetteerEntry): boolean {
  const ref = locator?.reference;
  if (!ref || ref.bearing === null) return true;
  const km = distanceKm(ref.lat, ref.lon, e.lat, e.lon);
  if (km < 3) return true;
  // "Southern Idlib province" is a part of an area, not a side of its representative point:
  // a village there may lie west of that point. Anything within the area's reach agrees.
  if (locator.km >= AREA_LOCATOR_KM) return km <= AREA_REACH_KM;
  return angleBetween(bearingBetween(ref.lat, ref.lon, e.lat, e.lon), ref.bearing) <= 90;
}

/** Locators this uncertain point from a governorate or region (see locators.ts). */
const AREA_LOCATOR_KM = 35;
const AREA_REACH_KM = 80;

function isLoneAndFar(
  item: GazetteerEntry,
  resolved: readonly Resolution[],
  members: readonly number[],
): boolean {
  const others = resolved.flatMap((r, i) =>
    r.entry && !members.includes(i) && r.entry.country === "SY" ? [r.entry] : [],
  );
  return (
    others.length > 0 &&
    others.every((o) => distanceKm(o.lat, o.lon, item.lat, item.lon) > LONE_ITEM_KM)
  );
}

/**
 * Give names no gazetteer could place a position from the article's own words, marked
 * approximate with an uncertainty radius (as ACLED's geo-precision codes do):
 * - items of a list ("the villages of A, B and C") sit at the centroid of the list's placed
 *   settlements, and an item placed far from the rest is treated as a namesake and moved there;
 * - otherwise a locator in the text ("X, near Saraqib", "west of Hama city", "Idlib's
 *   southwestern villages of ...") places them relative to a place the article names.
 * Names with neither stay unresolved.
 */
export function placeFromContext(
  text: string,
  names: readonly RecognizedName[],
  resolved: readonly Resolution[],
  anchor: [number, number] | null,
): Resolution[] {
  const out = [...resolved];
  const byList = new Map<number, number[]>();
  names.forEach((n, i) => {
    if (n.list) byList.set(n.list.id, [...(byList.get(n.list.id) ?? []), i]);
  });
  for (const members of byList.values()) {
    const listStart = names[members[0]!]!.start;
    const listEnd = Math.max(...members.map((i) => names[i]!.end));
    const locator = findLocator(text, listStart, listEnd, out);
    const placed = members.flatMap((i) =>
      out[i]!.entry && isSettlement(out[i]!.entry!) ? [out[i]!.entry!] : [],
    );
    const core = cohesiveCore(
      placed.filter((e) => agreesWith(locator, e)),
      anchor,
    );
    // One settlement far from everything else the article names says little about where the
    // rest of its list lies ("the villages of Tal Najd and Nahliya", Tal Najd read as a
    // namesake near Damascus in an article about Ariha).
    if (core.length === 1 && isLoneAndFar(core[0]!, out, members)) core.length = 0;
    const outsiders = members.filter((i) => {
      const e = out[i]!.entry;
      return !e || (isSettlement(e) && mayBeNamesake(e) && !core.includes(e));
    });
    if (outsiders.length === 0) continue;
    let where: { lat: number; lon: number; km: number; basis: string; country: string } | null =
      null;
    if (core.length > 0) {
      const [lat, lon] = centroid(core);
      const spread = Math.max(
        MIN_LIST_UNCERTAINTY_KM,
        ...core.map((e) => distanceKm(lat, lon, e.lat, e.lon)),
      );
      where = {
        lat,
        lon,
        km: spread,
        basis: `listed with ${core.map((e) => e.name).join(", ")}`,
        country: core[0]!.country,
      };
    } else if (locator) where = { ...locator, country: "SY" };
    if (!where) continue;
    for (const i of outsiders) {
      const r = out[i]!;
      out[i] = placeAt(
        r,
        approximateEntry(r.text, where.lat, where.lon, where.km, where.basis, where.country),
      );
    }
  }
  return out;
}

/** A weak reading this far from where the text says the place lies is a different place. */
const WEAK_READING_SLACK_KM = 25;

/**
 * A name matched only by its consonants yields to what the text says of where it lies:
 * - a reading far from the locator is another place ("the Ihsan camp near the village of Atma"
 *   is not Hosniyeh, 60 km off): the name is placed at the locator, marked approximate, with the
 *   weak reading kept as the runner-up;
 * - a reading the article's distance filter left out is taken back when it lies where the locator
 *   says ("Sarameen in the northern Idlib province", in a report filed from Beirut, is Sarmin).
 */
export function relocateWeakReadings(
  text: string,
  names: readonly RecognizedName[],
  resolved: readonly Resolution[],
): Resolution[] {
  const out = [...resolved];
  names.forEach((name, i) => {
    const r = out[i]!;
    if (name.fuzzy !== true || r.entry?.approximate) return;
    const locator = findLocator(text, name.start, name.end, out);
    if (!locator) return;
    const reach = Math.max(WEAK_READING_SLACK_KM, 2 * locator.km);
    const from = (e: GazetteerEntry) => distanceKm(locator.lat, locator.lon, e.lat, e.lon);
    if (!r.entry) {
      const near = [...name.candidates].sort((a, b) => from(a) - from(b))[0];
      if (near && from(near) <= reach) out[i] = { ...r, entry: near, confidence: 0.3 };
      return;
    }
    if (from(r.entry) <= reach) return;
    out[i] = placeAt(
      r,
      approximateEntry(r.text, locator.lat, locator.lon, locator.km, locator.basis, "SY"),
    );
  });
  return out;
}
