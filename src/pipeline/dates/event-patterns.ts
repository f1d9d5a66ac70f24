import type { EventAnchor } from "./event-anchors.ts";

/**
 * How a sentence is matched against an event's patterns (see data/events/README.md): parts are
 * whole words or phrases, case-insensitive, tolerant of plurals, of a few words set between the
 * words of a phrase, and of the usual synonyms reporters use for the same thing.
 */

/**
 * Words reporters use interchangeably for the same kind of event: a pattern written with one
 * matches the others ("captured Aleppo" for "took over most of Aleppo").
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    "captured",
    "seized",
    "took over",
    "took control of",
    "overran",
    "recaptured",
    "retook",
    "regained",
    "restored control over",
    "liberated",
    "took back",
  ],
  ["ceasefire", "cease-fire", "truce"],
  ["deal", "agreement", "accord", "pact"],
  ["offensive", "campaign", "assault"],
  ["rebels", "insurgents", "fighters", "militants", "jihadists"],
  ["airstrike", "airstrikes", "air strike", "air strikes", "strike", "strikes", "raid", "raids"],
];

const SYNONYMS = new Map<string, readonly string[]>(
  SYNONYM_GROUPS.flatMap((group) => group.map((w) => [w, group] as const)),
);

/**
 * Words that move the object elsewhere: "seized a key town near Aleppo" did not capture Aleppo,
 * nor did "captured villages in northern Hama" capture Hama.
 */
const ELSEWHERE =
  "(?:near|outside|around|towards?|in|into|across|beyond|from|off|close|(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?)(?![\\p{L}\\p{N}])";

/** A pattern part that opens with a verb in the past: its other forms match too. */
const PAST_VERB = /^\p{L}{4,}ed$/u;

/** Short words that tie a name together ("Dawn of Idlib"): no other words may come between. */
const BINDING_WORDS = new Set(["of", "the", "al", "el", "a", "an", "on", "in", "to", "and", "for"]);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One word, with or without a plural "s" ("rebel"/"rebels", "ceasefire"/"ceasefires"). */
function pluralTolerant(w: string): string {
  const escaped = escape(w);
  if (!/^\p{L}{4,}$/u.test(w)) return escaped.replace(/\s+/g, "\\s+");
  // A verb in any regular form: "entered", "entering", "enters" ("captured", "capturing").
  const verb = /^(\p{L}{4,}?)(?:ed|ing)$/u.exec(w);
  if (verb) return `${escape(verb[1]!)}(?:ed|ing|es|e|s)?`;
  return /[^s]s$/.test(w) ? `${escaped.slice(0, -1)}(?:s|es)?` : `${escaped}(?:s|es)?`;
}

function wordPattern(w: string): string {
  const group = SYNONYMS.get(w);
  return group ? `(?:${group.map(pluralTolerant).join("|")})` : pluralTolerant(w);
}

/**
 * A pattern part as a regular expression. Words match whole, with or without a plural "s"
 * ("rebel"/"rebels"); in a part of two or more content words up to four other words may come
 * between them ("entered the central city of Hama" for "entered Hama").
 */
export function phrasePattern(phrase: string): RegExp {
  const whole = SYNONYMS.has(phrase) ? [phrase] : phrase.split(/\s+/);
  const loose = whole.length > 1 && !whole.some((w) => BINDING_WORDS.has(w));
  const gap = loose ? `(?:\\s+(?!${ELSEWHERE})[^\\s.!?]+){0,4}?\\s+` : "\\s+";
  // "Observatory 45", "Brigade 47": a number names a thing with the word right before it, and
  // "the Observatory for Human Rights says 45 people" is not it.
  const inOrder = whole
    .map((w, i) => (i === 0 ? "" : /^\d/.test(w) ? "\\s+" : gap) + wordPattern(w))
    .join("");
  // "Tehran summit" is also "a summit (meeting) in Tehran", "Astana talks" "talks in Astana".
  const [a, b] = whole;
  const reversed =
    loose && whole.length === 2
      ? `|${wordPattern(b!)}${gap}(?:in|at|of)\\s+(?:the\\s+)?${wordPattern(a!)}`
      : "";
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${inOrder}${reversed})(?![\\p{L}\\p{N}])`, "iu");
}

/** A part's pattern, and for a part opening with a past verb a global copy to walk its matches. */
interface CompiledPhrase {
  pattern: RegExp;
  verbMatches: RegExp | null;
}
const compiledPhrases = new Map<string, CompiledPhrase>();

/** Whole-word, case-insensitive; `lower` is the sentence lower-cased, for a cheap first test. */
function phraseIn(sentence: string, lower: string, phrase: string): boolean {
  const first = phrase.split(/\s+/)[0]!;
  if (!SYNONYMS.has(first) && !SYNONYMS.has(phrase) && !lower.includes(first.slice(0, 4)))
    return false;
  let compiled = compiledPhrases.get(phrase);
  if (!compiled) {
    const pattern = phrasePattern(phrase);
    const verbMatches = PAST_VERB.test(first) ? new RegExp(pattern.source, "giu") : null;
    compiled = { pattern, verbMatches };
    compiledPhrases.set(phrase, compiled);
  }
  if (!compiled.pattern.test(sentence)) return false;
  if (!compiled.verbMatches) return true;
  // "Their campaign to topple Assad" is an aim, not the event "toppled Assad".
  for (const m of sentence.matchAll(compiled.verbMatches))
    if (!isAim(sentence.slice(0, m.index), m[0])) return true;
  return false;
}

/** A bare verb after "to" states an aim ("vowed to capture"), unless it was achieved. */
function isAim(before: string, matched: string): boolean {
  if (/^\p{L}+(?:ed|en)\b/iu.test(matched)) return false;
  return (
    /\bto\s+$/i.test(before) && !/\b(?:managed|able|went on|succeeded|came)\s+to\s+$/i.test(before)
  );
}

/**
 * The places an article names, as the geoparser resolved them, so that a pattern part naming a
 * place ("kafr zita") matches any spelling of it the geoparser recognised ("Kafar Zita").
 */
export interface NamedPlaces {
  /** Gazetteer ids of the place a pattern part names, or null when it names none. */
  idsOf(part: string): ReadonlySet<string> | null;
}

/** A sentence with the ids of the places recognised in it. */
export interface PlacesHere {
  named: NamedPlaces;
  here: ReadonlySet<string>;
}

function partIn(sentence: string, lower: string, part: string, places?: PlacesHere): boolean {
  if (phraseIn(sentence, lower, part)) return true;
  if (!places || places.here.size === 0) return false;
  const ids = places.named.idsOf(part);
  return ids !== null && [...ids].some((id) => places.here.has(id));
}

/** A word without a plural "s", so that the key-word test agrees with `phrasePattern`. */
function stem(word: string): string {
  return word.length >= 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/** The sentence's words, as the key-word test compares them. */
export function wordsOf(lower: string): Set<string> {
  return new Set(lower.split(/[^\p{L}\p{N}]+/u).map(stem));
}

const keyWordCache = new WeakMap<
  readonly EventAnchor[],
  Map<NamedPlaces | undefined, KeyedAnchor[]>
>();

/** One alternative of an event's patterns, with what a cheap first test needs. */
interface KeyedAlternative {
  parts: readonly string[];
  /** A word a sentence naming it must hold (stemmed); null: no such test. */
  key: string | null;
  /** Ids of the places its parts name: a sentence naming one of them may match. */
  placeIds: ReadonlySet<string>;
}

export interface KeyedAnchor {
  anchor: EventAnchor;
  alternatives: readonly KeyedAlternative[];
}

/**
 * For each event and each of its alternatives, a word that a sentence naming it must contain as
 * a whole word: its longest word that has no synonyms and is not part of a place name the
 * geoparser could have matched in another spelling. Computed once per list of events.
 */
export function keyWordsOf(anchors: readonly EventAnchor[], named?: NamedPlaces): KeyedAnchor[] {
  const byPlaces = keyWordCache.get(anchors) ?? new Map<NamedPlaces | undefined, KeyedAnchor[]>();
  keyWordCache.set(anchors, byPlaces);
  let keyed = byPlaces.get(named);
  if (!keyed) {
    keyed = anchors.map((anchor) => ({
      anchor,
      alternatives: anchor.patterns.map((parts) => {
        const placeIds = new Set<string>();
        const literal = parts
          .filter((part) => {
            const ids = named?.idsOf(part);
            ids?.forEach((id) => placeIds.add(id));
            return !SYNONYMS.has(part) && !ids;
          })
          .flatMap((part) => part.split(/\s+/))
          // Words with synonyms or other verb forms may be written differently in the text.
          .filter((w) => !SYNONYMS.has(w) && !/^\p{L}{4,}(?:ed|ing)$/u.test(w))
          .map((w) => /[\p{L}\p{N}]+/u.exec(w)?.[0] ?? "")
          .sort((a, b) => b.length - a.length);
        return { parts, key: literal[0] ? stem(literal[0]) : null, placeIds };
      }),
    }));
    byPlaces.set(named, keyed);
  }
  return keyed;
}

function sharesPlace(ids: ReadonlySet<string>, here: ReadonlySet<string> | undefined): boolean {
  if (!here || ids.size === 0) return false;
  for (const id of here) if (ids.has(id)) return true;
  return false;
}

/**
 * Whether a sentence names the event, testing in full only the alternatives whose key word (or
 * one of whose places) the sentence holds: an event has dozens of alternatives, an article
 * thousands of sentences.
 */
export function namesKeyedEvent(
  sentence: string,
  lower: string,
  words: ReadonlySet<string>,
  keyed: KeyedAnchor,
  places?: PlacesHere,
): boolean {
  return keyed.alternatives.some(
    ({ parts, key, placeIds }) =>
      (key === null || words.has(key) || sharesPlace(placeIds, places?.here)) &&
      parts.every((w) => partIn(sentence, lower, w, places)),
  );
}
