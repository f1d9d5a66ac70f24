import { normalizeName } from "../../shared/normalize-name.ts";
import type { GazetteerEntry } from "../gazetteer/entry.ts";
import type { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import { findListItems, type ListItem } from "./list-cues.ts";
import { findRuns, type Run } from "./runs.ts";
import { type Token, tokenize } from "./tokenize.ts";
import {
  COMMON_WORDS,
  DIRECTION_WORDS,
  NAME_PARTICLES,
  NEVER_PLACES,
  PERSON_TITLES,
  PLACE_AFFIXES,
} from "./vocabulary.ts";

/** A stretch of text recognised as a place name, with the gazetteer entries it could be. */
export interface RecognizedName {
  start: number;
  end: number;
  text: string;
  candidates: readonly GazetteerEntry[];
  /** Index of the name's first and one-past-last token, for the context rules downstream. */
  fromToken: number;
  toToken: number;
  /** Found as an item of "the villages of A, B and C" (a place even if no gazetteer has it). */
  listed: boolean;
  /** Matched by consonant skeleton only (vowels differ): a weaker reading. */
  fuzzy?: boolean;
  /** The list it was found in, if any; and the token after that list (for shared locators). */
  list?: { id: number; end: number; cue: string };
}

export interface Recognition {
  tokens: Token[];
  names: RecognizedName[];
}

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

function isAffix(t: Token): boolean {
  return PLACE_AFFIXES.has(t.text.toLowerCase());
}

/** Longest gazetteer phrase starting at token i and ending inside the run. */
function longestMatch(
  text: string,
  tokens: readonly Token[],
  i: number,
  runEnd: number,
  index: GazetteerIndex,
) {
  const maxEnd = Math.min(runEnd, i + index.maxTokens + 1);
  for (let end = maxEnd; end > i; end--) {
    const phrase = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
    const candidates = index.lookup(normalizeName(phrase));
    if (candidates.length > 0) return { end, candidates };
  }
  return null;
}

/**
 * Decide whether a match inside a run is a place mention. A match covering the whole run is;
 * one flanked only by place words ("Northern Hama Countryside") is; a salient place opening a
 * longer run is used as a modifier. Anything else is part of a person's or group's name.
 */
function accept(
  tokens: readonly Token[],
  run: Run,
  from: number,
  to: number,
  consumed: number,
  entries: readonly GazetteerEntry[],
  words: ReadonlySet<string>,
): boolean {
  const before = tokens.slice(consumed, from);
  const after = tokens.slice(to, run.to);
  if (to - from === 1 && !plausibleSingleWord(tokens[from]!, entries, words)) return false;
  // "Mr Kalin", "President Assad": the title may open the sentence and so sit outside the run.
  const titled = tokens
    .slice(Math.max(0, run.from - 1), from)
    .some((t) => PERSON_TITLES.has(t.text.toLowerCase()));
  if (titled) return false;
  if (before.every(isAffix) && after.every(isAffix)) return true;
  // A particle right after the match means the name goes on: "Bab al-Taqa" is not "Bab".
  if (after[0] && NAME_PARTICLES.has(after[0].text.toLowerCase())) return false;
  return before.every(isAffix) && entries.some(isSalient);
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
  if (words.has(lower) && entries.every(isObscureForeign)) return false;
  if (t.text.length < 3)
    return entries.some((e) => e.kind === "country") && t.text === t.text.toUpperCase();
  // Upper-case short words are mostly acronyms ("SNA"); datelines shout big cities ("ERBIL").
  if (t.text.length <= 5 && t.text === t.text.toUpperCase())
    return entries.some((e) => e.kind === "country" || e.population >= 500_000);
  return true;
}

const NEAR_SYRIA = new Set(["SY", "TR", "LB", "IQ", "JO", "IL", "PS", "CY"]);

/** A GeoNames town far from Syria: "[File: ...]" is not Port Vila. */
function isObscureForeign(e: GazetteerEntry): boolean {
  return (
    e.rank === 0 && !NEAR_SYRIA.has(e.country) && e.kind !== "country" && e.population < 100_000
  );
}

/**
 * Find the place names in `text`. `words` is an English word list (see english-words.ts); tests
 * pass a small one.
 */
export function recognize(
  text: string,
  index: GazetteerIndex,
  words: ReadonlySet<string> = new Set(),
): Recognition {
  const tokens = tokenize(text);
  const names: RecognizedName[] = [];
  const taken = new Set<number>();
  const listItems = findListItems(text, tokens);
  const itemAt = new Map(listItems.map((item) => [item.from, item]));
  const runs = findRuns(text, tokens);
  for (const run of runs) {
    let consumed = run.from;
    // "eastern Turkistan": a lower-case compass word may be part of the name.
    const prev = tokens[run.from - 1];
    if (
      prev &&
      DIRECTION_WORDS.has(prev.text) &&
      text.slice(prev.end, tokens[run.from]!.start) === " "
    ) {
      const match = longestMatch(text, tokens, run.from - 1, run.to, index);
      if (match && match.end > run.from && match.end === run.to) {
        names.push(makeName(text, tokens, run.from - 1, match.end, match.candidates, undefined));
        for (let k = run.from; k < match.end; k++) taken.add(k);
        continue;
      }
    }
    for (let i = run.from; i < run.to;) {
      const match = longestMatch(text, tokens, i, run.to, index);
      if (match && accept(tokens, run, i, match.end, consumed, match.candidates, words)) {
        names.push(makeName(text, tokens, i, match.end, match.candidates, itemAt.get(i)));
        for (let k = i; k < match.end; k++) taken.add(k);
        consumed = match.end;
        i = match.end;
      } else i++;
    }
  }
  // Items of explicit lists are places even when no gazetteer knows them.
  for (const item of listItems) {
    if (range(item.from, item.to).some((k) => taken.has(k))) continue;
    // "the area of Syrian forces": an adjective, not an item.
    if (tokens.slice(item.from, item.to).every((t) => isPlainWord(t))) continue;
    const match = longestMatch(text, tokens, item.from, item.to, index);
    const exact = match && match.end === item.to ? match.candidates : [];
    const fuzzy =
      exact.length === 0 ? index.lookupSkeleton(phraseKey(text, tokens, item.from, item.to)) : [];
    names.push({
      ...makeName(text, tokens, item.from, item.to, exact.length > 0 ? exact : fuzzy, item),
      ...(fuzzy.length > 0 ? { fuzzy: true } : {}),
    });
    range(item.from, item.to).forEach((k) => taken.add(k));
  }
  // Unmatched runs in a place-like position may be Syrian names spelled with other vowels.
  for (const run of runs) {
    if (range(run.from, run.to).some((k) => taken.has(k))) continue;
    const prev = tokens[run.from - 1];
    const beforePrev = tokens[run.from - 2];
    const multiWord = run.to - run.from >= 2;
    const locative = prev !== undefined && LOCATIVES.has(prev.text.toLowerCase());
    // "Kafr Nobl and Besqala": coordinated with a place already found.
    const coordinated = prev?.text === "and" && beforePrev !== undefined && taken.has(run.from - 2);
    if (tokens.slice(run.from, run.to).every((t) => isPlainWord(t))) continue;
    if (!multiWord && !locative && !coordinated) continue;
    if (
      tokens
        .slice(Math.max(0, run.from - 1), run.to)
        .some((t) => PERSON_TITLES.has(t.text.toLowerCase()))
    )
      continue;
    const candidates = index.lookupSkeleton(phraseKey(text, tokens, run.from, run.to));
    if (candidates.length === 0) continue;
    names.push({ ...makeName(text, tokens, run.from, run.to, candidates, undefined), fuzzy: true });
    range(run.from, run.to).forEach((k) => taken.add(k));
  }
  names.sort((a, b) => a.start - b.start);
  return { tokens, names };
}

/** A word of English or a nationality adjective: never a place name by itself. */
function isPlainWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return PLACE_AFFIXES.has(w) || COMMON_WORDS.has(w);
}

/** Words after which a capitalised name is a place more often than not. */
const LOCATIVES = new Set(["in", "near", "from", "outside", "around", "towards", "toward", "of"]);

function phraseKey(text: string, tokens: readonly Token[], from: number, to: number): string {
  return normalizeName(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
}

function makeName(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  candidates: readonly GazetteerEntry[],
  item: ListItem | undefined,
): RecognizedName {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return {
    start,
    end,
    text: text.slice(start, end),
    candidates,
    fromToken: from,
    toToken: to,
    listed: item !== undefined,
    ...(item ? { list: { id: item.list, end: item.listEnd, cue: item.cue } } : {}),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
