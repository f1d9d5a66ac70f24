import type { Candidate } from "../../shared/types.ts";
import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { isSalient, type Recognition } from "../recognize/recognize.ts";
import { distanceKm } from "../geo/distance.ts";
import { SYRIA_NEIGHBOURS } from "../geo/region.ts";
import { placeFromContext, relocateWeakReadings } from "./approximate.ts";
import { type Sense, senseOf, townListSenses } from "./sense-cues.ts";

export interface Resolution {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry | null;
  confidence: number;
  runnersUp: Candidate[];
}

/**
 * Governorates whose capital is what reporters usually mean by the bare name. Elsewhere in the
 * northwest ("shelling in Idlib", "in Hama and Latakia") the bare name means the province.
 */
const CAPITAL_BY_DEFAULT = new Set(["SY-DI", "SY-HL", "SY-HI", "SY-TA"]);
/** Areas within a country: the readings a province-or-city cue chooses between. */
const SUBNATIONAL_AREAS = new Set(["governorate", "district", "region"]);

/** A point summarising the article's confidently Syrian places, for spatial coherence. */
function anchorOf(
  candidateLists: ReadonlyArray<readonly GazetteerEntry[]>,
): [number, number] | null {
  const pts = candidateLists
    .filter((c) => c.length > 0 && c.every((e) => e.country === "SY"))
    .map((c) => c[0]!);
  if (pts.length === 0) return null;
  return [
    pts.reduce((s, e) => s + e.lat, 0) / pts.length,
    pts.reduce((s, e) => s + e.lon, 0) / pts.length,
  ];
}

/** Score a reading of a name; higher is more plausible. Weights are hand-set and documented. */
export function scoreCandidate(
  e: GazetteerEntry,
  sense: Sense,
  anchor: [number, number] | null,
): number {
  let score = e.rank * 0.5 + Math.log10(e.population + 1) * 0.3;
  if (e.kind === "country") score += 4; // a name shared by a country is nearly always the country
  if (e.country === "SY") score += 2;
  else if (SYRIA_NEIGHBOURS.has(e.country)) score += 1;
  const isArea = SUBNATIONAL_AREAS.has(e.kind);
  if (sense === "area" || sense === "countryside") score += isArea ? 5 : -2;
  // A settlement cue rules out countries as well as provinces ("the towns of al-Ruwaiha and
  // Benin": a village of Jabal al-Zawiya, not the West African state).
  if (sense === "settlement" || sense === "settlement-here")
    score += isArea || e.kind === "country" ? -5 : 3;
  if (sense === "part-of-area" && isArea) score += 2;
  if ((sense === null || sense === "part-of-area") && e.kind === "governorate")
    score += CAPITAL_BY_DEFAULT.has(e.areaCode ?? "") ? -3 : 3;
  // Distance from the article's Syrian places counts against any settlement, at home or abroad:
  // "Ariha, south of Idlib" is not Jericho, "Kasab" near Latakia not a town in Anatolia.
  if (anchor && !isArea && e.kind !== "country")
    score -= Math.min(3, distanceKm(anchor[0], anchor[1], e.lat, e.lon) / 100);
  return score;
}

/**
 * Villages listed together lie together, and a small place continents away from everything else
 * the article names is a namesake, not a reading: such candidates are dropped, which may leave
 * the name unresolved (and reported) rather than wrongly placed.
 */
const LIST_RADIUS_KM = 300;
/** A Syrian city this big is what its name means wherever in Syria a list or a cue names it. */
const LISTED_CITY_POPULATION = 50_000;
const OBSCURE_RADIUS_KM = 1500;
/**
 * A spelling matched only by its consonants ("Nesriyya" ~ al-Nasirah) is a weak reading: far
 * from where the article is, it is more likely an unknown village than that town.
 */
const FUZZY_RADIUS_KM = 100;

/** What about a mention narrows the readings that distance allows. */
interface Reading {
  /** An item of a list of local places ("the villages of A, B and C"). */
  listed: boolean;
  /** Matched by its consonants only. */
  fuzzy: boolean;
  /** Followed by "camp(s)": a camp takes the name of the village it stands by. */
  camp: boolean;
}

function plausibleCandidates(
  candidates: readonly GazetteerEntry[],
  reading: Reading,
  anchor: [number, number] | null,
): readonly GazetteerEntry[] {
  if (!anchor) return candidates;
  return candidates.filter((e) => {
    const km = distanceKm(anchor[0], anchor[1], e.lat, e.lon);
    // "the Karama Camps" in Idlib are not Karama in Raqqa; curated rows and areas ("a Syria
    // camp") stay, only global namesakes go.
    if (reading.camp && km > CAMP_RADIUS_KM && e.rank < 1 && !isAreaOrCountry(e)) return false;
    if (reading.fuzzy && km > FUZZY_RADIUS_KM && e.kind !== "country" && e.kind !== "governorate")
      return false;
    // "The southern town of Deraa", in a report from Aleppo: a city is known across the country.
    if (reading.listed)
      return (
        km <= LIST_RADIUS_KM ||
        e.kind === "country" ||
        e.kind === "governorate" ||
        (e.country === "SY" && e.population >= LISTED_CITY_POPULATION)
      );
    // Rows of curated files (rank >= 1) were put there on purpose, wherever they lie.
    return isSalient(e) || e.rank >= 1 || e.population >= 100_000 || km <= OBSCURE_RADIUS_KM;
  });
}

/**
 * "the Karama Camps", "Atmeh camp": a camp is named after the village it stands by, so a town
 * of that name far from the article is not it (Karama in Raqqa is 240 km from Idlib's camps).
 */
const CAMP_RADIUS_KM = 100;

function namesACamp(
  text: string,
  tokens: Recognition["tokens"],
  name: { end: number; toToken: number },
): boolean {
  const next = tokens[name.toToken];
  return (
    next !== undefined &&
    /^camps?$/i.test(next.text) &&
    /^\s+$/.test(text.slice(name.end, next.start))
  );
}

function isAreaOrCountry(e: GazetteerEntry): boolean {
  return SUBNATIONAL_AREAS.has(e.kind) || e.kind === "country";
}

/** Items of "the villages of A, B and C" or "the towns of ..." are settlements. */
function listedSettlement(name: { list?: { cue: string } }): Sense {
  return name.list && /^(?:villages?|towns?|hamlets?|settlements?)$/.test(name.list.cue)
    ? "settlement"
    : null;
}

/** Turn scores into a probability-like confidence for the winner (softmax, temperature 1). */
function confidenceOf(scores: number[]): number {
  const max = Math.max(...scores);
  const total = scores.reduce((s, x) => s + Math.exp(x - max), 0);
  return Math.round((1 / total) * 100) / 100;
}

/**
 * A compass word alone ("western Aleppo") is a weak cue; the name before it can make it strong:
 * "Atarib in western Aleppo" locates a town inside the governorate, and "northern Hama and
 * western Aleppo" pairs it with a governorate.
 */
function sharpen(
  sense: Sense,
  text: string,
  name: { start: number },
  previous: Resolution | undefined,
): Sense {
  if (sense !== "part-of-area" || !previous?.entry) return sense;
  const between = text.slice(previous.end, name.start);
  const isArea = SUBNATIONAL_AREAS.has(previous.entry.kind);
  if (/^\s+in\s+\S+\s+$/.test(between) && !isArea) return "area";
  if (/^\s+and\s+\S+\s+$/.test(between) && previous.entry.kind === "governorate") return "area";
  return sense;
}

/**
 * One sense per article: when every cue an article gives for a name points the same way ("the
 * central city of Hama" and nothing about the province), its bare mentions follow that cue.
 */
export function articleSenses(
  names: ReadonlyArray<{ text: string }>,
  senses: readonly Sense[],
): Sense[] {
  const cues = new Map<string, Set<Sense>>();
  names.forEach((n, i) => {
    const s = senses[i];
    // Only the plain cues carry over: a compass word alone is too weak ("eastern Aleppo" is the
    // city's east), and a bearing taken from a name ("Ariha, south of Idlib") or its place in a
    // list of towns speaks for that mention only.
    if (s !== "area" && s !== "settlement") return;
    const key = n.text.toLowerCase();
    cues.set(key, (cues.get(key) ?? new Set()).add(s));
  });
  return senses.map((s, i) => {
    if (s !== null) return s;
    const seen = cues.get(names[i]!.text.toLowerCase());
    return seen && seen.size === 1 ? [...seen][0]! : null;
  });
}

export function resolveNames(text: string, recognition: Recognition): Resolution[] {
  const anchor = anchorOf(recognition.names.map((n) => n.candidates));
  const resolutions: Resolution[] = [];
  const senses = articleSenses(
    recognition.names,
    recognition.names.map((name) => senseOf(text, recognition.tokens, name)),
  );
  const amongTowns = townListSenses(text, recognition.names);
  recognition.names.forEach((name, i) => {
    const previous = resolutions[i - 1];
    const sense =
      sharpen(senses[i]!, text, name, previous) ?? listedSettlement(name) ?? amongTowns[i]!;
    const local = name.list !== undefined && !/^(?:city|cities|capital)$/.test(name.list.cue);
    const reading = {
      listed: local,
      fuzzy: name.fuzzy === true,
      camp: namesACamp(text, recognition.tokens, name),
    };
    const scored = plausibleCandidates(name.candidates, reading, anchor)
      .map((entry) => ({ entry, score: scoreCandidate(entry, sense, anchor) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    resolutions.push({
      start: name.start,
      end: name.end,
      text: name.text,
      entry: best?.entry ?? null,
      confidence: best ? confidenceOf(scored.map((s) => s.score)) * (name.fuzzy ? 0.7 : 1) : 0,
      runnersUp: scored.slice(1, 4).map((s) => ({
        place: s.entry.id,
        name: s.entry.name,
        kind: s.entry.kind,
        score: Math.round(s.score * 100) / 100,
      })),
    });
  });
  const placed = relocateWeakReadings(
    text,
    recognition.names,
    placeFromContext(text, recognition.names, resolutions, anchor),
  );
  return followListedReading(recognition.names, placed, anchor);
}

/**
 * "the village of Rameh" ... "Besides Rameh, the army advanced": a name the article lists as a
 * local village keeps that reading (or stays unplaced with it) where it stands alone, instead of
 * going to a namesake far away (Ar-Ram near Jerusalem).
 */
function followListedReading(
  names: Recognition["names"],
  placed: Resolution[],
  anchor: [number, number] | null,
): Resolution[] {
  if (!anchor) return placed;
  const listed = new Map<string, Resolution>();
  names.forEach((n, i) => {
    if (n.list) listed.set(n.text.toLowerCase(), placed[i]!);
  });
  return placed.map((r, i) => {
    const local = listed.get(r.text.toLowerCase());
    if (!local || names[i]!.list || !r.entry || local.entry?.id === r.entry.id) return r;
    const km = distanceKm(anchor[0], anchor[1], r.entry.lat, r.entry.lon);
    if (km <= LIST_RADIUS_KM || isAreaOrCountry(r.entry)) return r;
    return { ...r, entry: local.entry, confidence: local.confidence, runnersUp: local.runnersUp };
  });
}
