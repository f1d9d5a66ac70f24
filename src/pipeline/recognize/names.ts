import { normalizeName } from "../../shared/normalize-name.ts";
import type { GazetteerEntry } from "../gazetteer/entry.ts";
import type { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import type { ListItem } from "./list-cues.ts";
import type { Token } from "./tokenize.ts";
import { NAME_PARTICLES } from "./vocabulary.ts";

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

/** What every recognition pass reads and adds to: names found so far and the tokens they took. */
export interface PassState {
  text: string;
  tokens: readonly Token[];
  index: GazetteerIndex;
  names: RecognizedName[];
  taken: Set<number>;
}

export function isTaken(state: PassState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (state.taken.has(k)) return true;
  return false;
}

export function addName(
  state: PassState,
  from: number,
  to: number,
  candidates: readonly GazetteerEntry[],
  extra: { item?: ListItem; fuzzy?: boolean } = {},
): void {
  const { text, tokens } = state;
  const start = tokens[from]!.start;
  // "Reporting by Baha' al-Nobani": a credit line names people. Its words are spoken for.
  if (BYLINE.test(text.slice(Math.max(0, start - 40), start))) {
    for (let k = from; k < to; k++) state.taken.add(k);
    return;
  }
  const last = tokens[to - 1]!;
  // Initials keep their last full stop: "U.S.", not "U.S".
  const initials = to - from > 1 && /^\p{Lu}$/u.test(last.text) && text[last.end] === ".";
  const end = last.end + (initials ? 1 : 0);
  const { item, fuzzy } = extra;
  state.names.push({
    start,
    end,
    text: text.slice(start, end),
    candidates,
    fromToken: from,
    toToken: to,
    listed: item !== undefined,
    ...(fuzzy ? { fuzzy: true } : {}),
    ...(item ? { list: { id: item.list, end: item.listEnd, cue: item.cue } } : {}),
  });
  for (let k = from; k < to; k++) state.taken.add(k);
}

export function phraseKey(state: PassState, from: number, to: number): string {
  const phrase = state.text.slice(state.tokens[from]!.start, state.tokens[to - 1]!.end);
  let key = PHRASE_KEYS.get(phrase);
  if (key === undefined) {
    key = normalizeName(phrase);
    // The same phrases recur across a corpus ("Idlib", "the Syrian Observatory"): remember
    // their keys, within a bound, instead of folding them again.
    if (PHRASE_KEYS.size >= MAX_REMEMBERED_PHRASES) PHRASE_KEYS.clear();
    PHRASE_KEYS.set(phrase, key);
  }
  return key;
}
const PHRASE_KEYS = new Map<string, string>();
const MAX_REMEMBERED_PHRASES = 100_000;

/** The words of a credit line, just before the names it credits (or their first words). */
const BYLINE =
  /\b(?:(?:additional\s+)?reporting|editing|writing|compiled|translated|translation|photos?)\s+by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/iu;

/** Longest gazetteer phrase starting at token `from` and ending by `end` at the latest. */
export function longestMatch(state: PassState, from: number, end: number) {
  const maxEnd = Math.min(end, from + state.index.maxTokens + 1);
  for (let to = maxEnd; to > from; to--) {
    // "Bab al-Hadid" is not "Bab al" and then "Hadid": no name ends on its article.
    const last = state.tokens[to - 1]!;
    if (to - from > 1 && !last.capitalized && NAME_PARTICLES.has(last.text.toLowerCase())) continue;
    const candidates = state.index.lookup(phraseKey(state, from, to));
    if (candidates.length > 0) return { end: to, candidates };
  }
  return null;
}
