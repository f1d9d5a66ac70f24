import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { isNearSyria } from "../geo/region.ts";
import type { Run } from "./runs.ts";
import type { Token } from "./tokenize.ts";
import {
  NAME_PARTICLES,
  NEVER_PLACES,
  NEVER_PLACES_ANYWHERE,
  PERSON_TITLES,
  PLACE_AFFIXES,
} from "./vocabulary.ts";

/**
 * A place that is well known enough to be named as a modifier inside a longer capitalised run
 * ("Idlib Health Directorate", "Ankara Alexei Yerkhov" after "Ambassador to").
 */
export function isSalient(e: GazetteerEntry): boolean {
  if (e.kind === "country" || e.kind === "governorate") return true;
  if (e.country === "SY" && (e.kind === "city" || e.kind === "town") && e.population >= 20_000)
    return true;
  return e.population >= 1_000_000;
}

/** A GeoNames town far from Syria: "[File: ...]" is not Port Vila. */
function isObscureForeign(e: GazetteerEntry): boolean {
  return e.rank === 0 && !isNearSyria(e.country) && e.kind !== "country" && e.population < 100_000;
}

function isAffix(t: Token): boolean {
  return PLACE_AFFIXES.has(t.text.toLowerCase());
}

/**
 * One-word matches need more care: "I", "My", month names and acronyms such as "SNA" are
 * names of places somewhere, but only countries may be abbreviated ("UK", "U.S.").
 */
function plausibleSingleWord(
  t: Token,
  entries: readonly GazetteerEntry[],
  words: ReadonlySet<string>,
): boolean {
  const lower = t.text.toLowerCase();
  if (NEVER_PLACES.has(lower)) return false;
  if (NEVER_PLACES_ANYWHERE.has(lower)) return false;
  if (words.has(lower) && entries.every(isObscureForeign)) return false;
  if (t.text.length < 3)
    return entries.some((e) => e.kind === "country") && t.text === t.text.toUpperCase();
  // Upper-case short words are mostly acronyms ("SNA"); datelines shout big cities ("ERBIL").
  if (t.text.length <= 5 && t.text === t.text.toUpperCase())
    return entries.some((e) => e.kind === "country" || e.population >= 500_000);
  return true;
}

/** A title just before or inside the run makes it a person: "Mr Kalin", "President Assad". */
export function hasPersonTitle(tokens: readonly Token[], runFrom: number, upTo: number): boolean {
  return tokens
    .slice(Math.max(0, runFrom - 1), upTo)
    .some((t) => PERSON_TITLES.has(t.text.toLowerCase()));
}

/**
 * Decide whether a match inside a run is a place mention. A match covering the whole run is;
 * one flanked only by place words ("Northern Hama Countryside") is; a salient place opening a
 * longer run is used as a modifier. Anything else is part of a person's or group's name.
 */
export function accept(
  tokens: readonly Token[],
  run: Run,
  match: { from: number; to: number; consumed: number; entries: readonly GazetteerEntry[] },
  words: ReadonlySet<string>,
): boolean {
  const { from, to, consumed, entries } = match;
  const before = tokens.slice(consumed, from);
  const after = tokens.slice(to, run.to);
  if (to - from === 1 && !plausibleSingleWord(tokens[from]!, entries, words)) return false;
  if (hasPersonTitle(tokens, run.from, from)) return false;
  if (before.every(isAffix) && after.every(isAffix)) return true;
  // A particle right after the match means the name goes on: "Bab al-Taqa" is not "Bab".
  if (after[0] && NAME_PARTICLES.has(after[0].text.toLowerCase())) return false;
  return before.every(isAffix) && entries.some(isSalient);
}
