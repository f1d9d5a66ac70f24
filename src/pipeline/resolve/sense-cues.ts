import type { GazetteerEntry } from "../gazetteer/entry.ts";
import type { RecognizedName } from "../recognize/recognize.ts";
import { shoutedDatelineMark } from "../recognize/dateline-shape.ts";
import type { Token } from "../recognize/tokenize.ts";

/** What the words around a name say about which reading is meant. */
/**
 * "countryside" is a compass word that points out of a city ("northern Aleppo", "south Homs"):
 * the area for this mention, but too local a cue to carry to the article's other mentions.
 * "part-of-area" is the weaker cue of a compass word alone ("northern Hama", "eastern Aleppo"):
 * it means a part of the governorate for names that usually mean the governorate, but a part of
 * the city for names that usually mean the city (eastern Aleppo, 2016).
 * "settlement-here" is the city for this mention only, since the same article may speak of the
 * province elsewhere: a bearing taken from the name ("Ariha, south of Idlib"), or the name
 * listed among towns ("Jisr al-Shughur, Ariha, Harem, Idlib and Dana").
 */
export type Sense =
  "area" | "countryside" | "part-of-area" | "settlement" | "settlement-here" | null;

const AREA_AFTER =
  /^(?:provinces?|governorates?|countryside|region|rural|outskirts|suburbs|area)$/i;
const SETTLEMENT_AFTER = /^(?:city|town|village|camp|municipality)$/i;
const AREA_BEFORE = /(?:province|provinces|governorate|countryside)\s+of\s+(?:the\s+)?$/i;
/** "the city of Hama"; "the western suburbs of Aleppo" are a city's, not a province's. */
const SETTLEMENT_BEFORE = /(?:city|town|village|capital|suburbs|neighbou?rhoods)\s+of\s+$/i;
/** Armies enter, storm and besiege towns, not provinces: "rebels entered Hama". */
const SETTLEMENT_VERB_BEFORE =
  /\b(?:enter(?:s|ed|ing)?|storm(?:s|ed|ing)?|besieg(?:e|es|ed|ing)|encircl(?:e|es|ed|ing)|overr[au]n|(?:re)?captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|retak(?:e|es|en|ing)|retook|(?:siege|streets|heart|cent(?:re|er)|fall|gates|conquest) of)\s+(?:the\s+)?$/i;
/** The rest of a list of names that ends in "provinces": ", Hama and Latakia provinces". */
const LISTED_PROVINCES =
  /^(?:,\s*(?:and\s+)?\p{Lu}[\p{L}'’-]+|\s+and\s+\p{Lu}[\p{L}'’-]+)+\s+(?:provinces|governorates)\b/u;
/** "south of", "to the north-west of", "27 kilometers north of". */
const BEARING_OF =
  /(?:^|[^\p{L}-])(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$/iu;
const DIRECTION =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?western|north-?eastern|south-?western|south-?eastern)$/i;

/**
 * Read the cues that tell a governorate from its capital: "Idlib province", "Idlib's
 * countryside", "southern Idlib", "the province of Idlib" point to the area; "Idlib city",
 * "the city of Hama" to the settlement.
 */
export function senseOf(text: string, tokens: readonly Token[], name: RecognizedName): Sense {
  const last = tokens[name.toToken - 1];
  const next = tokens[name.toToken];
  const afterNext = tokens[name.toToken + 1];
  const prev = tokens[name.fromToken - 1];
  const gapAfter = next && last ? text.slice(last.end, next.start) : "";
  const adjacent = gapAfter === " " || (last?.possessive ?? false);
  if (next && adjacent) {
    // "the Aleppo town of Jarablus", "the Idlib village of Kafr Nabl": the province's town.
    if (
      SETTLEMENT_AFTER.test(next.text) &&
      afterNext?.text.toLowerCase() === "of" &&
      text.slice(next.end, afterNext.start) === " "
    )
      return "countryside";
    if (SETTLEMENT_AFTER.test(next.text)) return "settlement";
    if (AREA_AFTER.test(next.text)) return "area";
    // "Idlib's southwestern villages", "Hama's rural outskirts".
    if (last?.possessive && (DIRECTION.test(next.text) || next.text.toLowerCase() === "rural"))
      return "area";
    if (DIRECTION.test(next.text) && afterNext && AREA_AFTER.test(afterNext.text)) return "area";
  }
  // "parts of Aleppo, Hama and Latakia provinces": every name of the list is a province.
  if (LISTED_PROVINCES.test(text.slice(name.end, name.end + 80))) return "countryside";
  // "IDLIB, Syria (AP) —": a report is filed from a city, not from a province.
  if (shoutedDatelineMark(text, name.start, name.end) !== null) return "settlement";
  const before = text.slice(Math.max(0, name.start - 40), name.start);
  if (SETTLEMENT_BEFORE.test(before) || SETTLEMENT_VERB_BEFORE.test(before)) return "settlement";
  if (AREA_BEFORE.test(before)) return "area";
  // "Ariha, south of Idlib", "villages southwest of Aleppo": a bearing is taken from a point,
  // the city. "In the north of Idlib" is a part of the province instead.
  if (BEARING_OF.test(before) && !/\bin\s+the\s+\S+\s+of\s+$/i.test(before))
    return "settlement-here";
  // "rural Aleppo", "rural Damascus": the countryside, not the city.
  if (prev && prev.text.toLowerCase() === "rural" && text.slice(prev.end, name.start) === " ")
    return "area";
  // "northern Hama", "south and southeast Idlib": a compass word before a name means a part of an area.
  if (
    prev &&
    !prev.capitalized &&
    DIRECTION.test(prev.text) &&
    text.slice(prev.end, name.start) === " "
  )
    return cityHalf(text, prev) ? "part-of-area" : "countryside";
  if (
    /\b(?:south|north|east|west)(?:east|west)?\s+and\s+(?:south|north|east|west)(?:east|west)?\s+$/i.test(
      before,
    )
  )
    return "part-of-area";
  return null;
}

/**
 * "Rebel-held eastern Aleppo", "government-held western Aleppo", "central Aleppo": parts of a
 * city.
 * North and south of a city are its countryside ("northern Aleppo", "north Homs"), and so is
 * "western Aleppo" unless it is said to be held.
 */
function cityHalf(text: string, direction: Token): boolean {
  const word = direction.text.toLowerCase();
  if (/^(?:east(?:ern)?|central)$/.test(word)) return true;
  if (!/^west(?:ern)?$/.test(word)) return false;
  return /-held\s+$/i.test(text.slice(Math.max(0, direction.start - 20), direction.start));
}

/** Between two names of one enumeration: ", ", " and ", ", and ". */
const LIST_JOINT = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** Towns named beside a name that may be a province or its capital, for it to mean the city. */
const TOWNS_IN_LIST = 2;
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(["city", "town", "village"]);

/**
 * "Jisr a-Shughour, Ariha, Harem, Maarat Misreen, Idlib, and Dana": a name that may be a
 * province or its capital, listed among towns that can only be towns, is the town. Gives
 * "settlement-here" for such names and null for every other.
 */
export function townListSenses(
  text: string,
  names: ReadonlyArray<{ start: number; end: number; candidates: readonly GazetteerEntry[] }>,
): Sense[] {
  const out: Sense[] = names.map(() => null);
  const canBeArea = (n: (typeof names)[number]) =>
    n.candidates.some((e) => e.kind === "governorate" || e.kind === "region");
  const isTown = (n: (typeof names)[number]) =>
    !canBeArea(n) && n.candidates.some((e) => e.country === "SY" && SETTLEMENT_KINDS.has(e.kind));
  let from = 0;
  for (let i = 1; i <= names.length; i++) {
    const joined =
      i < names.length && LIST_JOINT.test(text.slice(names[i - 1]!.end, names[i]!.start));
    if (joined) continue;
    const run = names.slice(from, i);
    if (run.filter(isTown).length >= TOWNS_IN_LIST)
      for (let k = from; k < i; k++) if (canBeArea(names[k]!)) out[k] = "settlement-here";
    from = i;
  }
  return out;
}
