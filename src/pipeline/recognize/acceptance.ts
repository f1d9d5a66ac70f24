import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { normalizeName, stripDiacritics } from "../../shared/normalize-name.ts";
import { isNearSyria } from "../geo/region.ts";
import type { Run } from "./runs.ts";
import type { Token } from "./tokenize.ts";
import {
  ENGLISH_PARTICLES,
  DEMONYMS,
  LOCATIVES,
  NAME_PARTICLES,
  NEVER_PLACES,
  NEVER_PLACES_ANYWHERE,
  PERSON_TITLES,
  PLACE_AFFIXES,
  PLACE_NOUN_MODIFIERS,
  STATE_INSTITUTIONS,
  TOPONYM_HEADS,
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

/**
 * Every candidate is a place far from Syria that answers to this spelling only as one of its
 * other names: "Central" is a name of Davao, "Samah" one of Sanya.
 */
function onlyForeignAlias(t: Token, entries: readonly GazetteerEntry[]): boolean {
  const key = normalizeName(t.text);
  return entries.every(
    (e) => !isNearSyria(e.country) && e.kind !== "country" && normalizeName(e.name) !== key,
  );
}

/**
 * Countries where Arabic names with the article are at home: "Al-Jineh" is a village near
 * Aleppo, not Tsu in Japan (one of whose romanised names is "Jin").
 */
const ARABIC_NAMING = new Set([
  "SY",
  "LB",
  "IQ",
  "JO",
  "PS",
  "IL",
  "TR",
  "SA",
  "AE",
  "QA",
  "KW",
  "BH",
  "OM",
  "YE",
  "EG",
  "LY",
  "TN",
  "DZ",
  "MA",
  "SD",
  "MR",
  "IR",
]);

/** A name opening with the Arabic article ("Al-Jineh", "AL-JINEH") that only far lands answer. */
function arabicNameAbroad(t: Token, entries: readonly GazetteerEntry[]): boolean {
  return (
    NAME_PARTICLES.has(t.text.toLowerCase()) &&
    entries.every((e) => e.kind !== "country" && !ARABIC_NAMING.has(e.country))
  );
}

/**
 * English words that reach only far places through a folded spelling ("Fourth" is not Fürth),
 * or an institution named like a place ("White House" is not Casablanca, Dar el Beida).
 */
function englishPhraseAbroad(
  tokens: readonly Token[],
  from: number,
  to: number,
  entries: readonly GazetteerEntry[],
  words: ReadonlySet<string>,
): boolean {
  if (!tokens.slice(from, to).every((t) => words.has(t.text.toLowerCase()))) return false;
  if (!entries.every((e) => !isNearSyria(e.country) && e.kind !== "country")) return false;
  const phrase = text(tokens, from, to);
  const written = plainSpelling(phrase);
  // Spelled as the place is ("Geneva", "New York") it may be the place; folded into it, it is
  // the word.
  if (!spelledAsNamed(entries, written)) return true;
  // Institutions named like places: "the White House said" is not Casablanca (Dar el Beida).
  return NEVER_PHRASES.has(normalizeName(phrase));
}
const NEVER_PHRASES = new Set(["white house", "red cross", "red crescent"].map(normalizeName));

/** Some entry has a name written exactly so, marks and hyphens aside ("Geneva", not "Fourth"). */
function spelledAsNamed(entries: readonly GazetteerEntry[], written: string): boolean {
  return entries.some((e) => e.names.some((n) => plainSpelling(n) === written));
}

/** Lower case without marks, apostrophes or hyphens: "Ḩalab" and "halab" are one spelling. */
function plainSpelling(s: string): string {
  return stripDiacritics(s)
    .replace(/['‘’`ʿʾ-]/g, "")
    .toLowerCase();
}

function text(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(" ");
}

/**
 * "said Abu Ammar, an activist": "Abu X" and "Umm X" are first of all what people are called
 * by. A village of that name is meant only where the words say place: after "in", "near",
 * "from" and the like, or before "village", "camp", "base".
 */
export function isKunya(
  tokens: readonly Token[],
  from: number,
  to: number,
  entries: readonly GazetteerEntry[],
): boolean {
  if (!opensWithKunya(tokens, from, to)) return false;
  if (entries.some((e) => e.kind !== "village" || e.population >= 5_000)) return false;
  const before = tokens[from - 1]?.text.toLowerCase() ?? "";
  const after = tokens[to]?.text.toLowerCase() ?? "";
  // "the Umm Jaran informal camp": a modifier may stand before the noun.
  const noun = PLACE_NOUN_MODIFIERS.has(after) ? (tokens[to + 1]?.text.toLowerCase() ?? "") : after;
  return !PLACE_PREPOSITIONS.has(before) && !KUNYA_PLACE_NOUNS.has(noun);
}
const KUNYA_HEADS = new Set(["abu", "abou", "umm", "um", "oum"]);

/** The run opens with Abu or Umm: first of all what people are called by. */
export function opensWithKunya(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from >= 2 && KUNYA_HEADS.has(tokens[from]!.text.toLowerCase());
}

/** A place whose own name opens like a kunya ("Abu al-Zendeen", "Umm Jaran"). */
export function isKunyaName(name: string): boolean {
  return KUNYA_HEADS.has(/^[a-z]*/i.exec(name)![0].toLowerCase());
}
const PLACE_PREPOSITIONS = new Set([
  ...LOCATIVES,
  "to",
  "at",
  "into",
  "between",
  "and",
  "village",
  "town",
  // Verbs of shelling and conquest take places.
  "hit",
  "shelled",
  "struck",
  "targeted",
  "bombed",
  "stormed",
  "captured",
  "seized",
  "entered",
  "reached",
  "took",
  "retook",
  "recaptured",
  "besieged",
  "fled",
  "left",
  "via",
]);
const KUNYA_PLACE_NOUNS = new Set([
  "village",
  "town",
  "camp",
  "camps",
  "area",
  "hill",
  "base",
  "airbase",
  "air",
  "airport",
  "crossing",
  "countryside",
  "district",
  "subdistrict",
]);

/** An entry's own name without its kind ("Aleppo Governorate" is Aleppo), as a matching key. */
function mainKey(e: GazetteerEntry): string {
  return normalizeName(e.name.replace(/\s+(?:governorate|province|district|subdistrict)$/i, ""));
}

/** "Bordering Turkey, ...": an English word opening the sentence is not part of the name. */
function isSentenceOpener(t: Token, words: ReadonlySet<string>): boolean {
  return t.sentenceStart && words.has(t.text.toLowerCase());
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
  next?: Token,
): boolean {
  const lower = t.text.toLowerCase();
  if (NEVER_PLACES.has(lower)) return false;
  if (NEVER_PLACES_ANYWHERE.has(lower)) return false;
  if (words.has(lower) && entries.every(isObscureForeign)) return false;
  // "the Kindi hospital", "the Omari mosque": named after a person, not a town far away.
  if (
    next &&
    FACILITY_NOUNS.has(next.text.toLowerCase()) &&
    entries.every((e) => !isNearSyria(e.country) && e.kind !== "country")
  )
    return false;
  // "Q: How many ...": an English word reaching a place only through a folded spelling (Huwa).
  // A rare long one capitalised inside a sentence is a spelling of a Syrian name ("Maare", which
  // a word list also holds as the plural of "maar").
  if (
    words.has(lower) &&
    !spelledAsNamed(entries, plainSpelling(t.text)) &&
    !(t.text.length >= 5 && !t.sentenceStart && entries.some((e) => e.country === "SY"))
  )
    return false;

  if (words.has(lower) && onlyForeignAlias(t, entries)) return false;
  // "Deir" alone is the first word of a Syrian name, not Győr (one of whose names is "D'er").
  if (TOPONYM_HEADS.has(lower) && onlyForeignAlias(t, entries)) return false;
  if (t.text.length < 3)
    return entries.some((e) => e.kind === "country") && t.text === t.text.toUpperCase();
  // Upper-case short words are mostly acronyms ("SNA"); datelines shout big cities ("ERBIL")
  // and the region's own provinces ("IDLIB, Syria"), or any Syrian town ("AZAZ, Syria").
  if (t.text.length <= 5 && t.text === t.text.toUpperCase())
    return entries.some(
      (e) =>
        e.kind === "country" ||
        e.kind === "governorate" ||
        e.population >= 500_000 ||
        (e.country === "SY" && next?.text === "Syria"),
    );
  return true;
}

const FACILITY_NOUNS = new Set([
  "hospital",
  "school",
  "mosque",
  "church",
  "prison",
  "street",
  "square",
  "market",
  "bakery",
  "university",
  "stadium",
]);
const NON_SETTLEMENT = new Set(["country", "governorate", "district", "region", "landmark"]);

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
  match: {
    from: number;
    to: number;
    consumed: number;
    entries: readonly GazetteerEntry[];
    /** The run is on a title-case headline line, where English words are capitalised. */
    headline?: boolean;
  },
  words: ReadonlySet<string>,
): boolean {
  const { from, to, consumed, entries } = match;
  const opened =
    consumed === run.from && from > run.from && isSentenceOpener(tokens[run.from]!, words);
  const before = tokens.slice(opened ? run.from + 1 : consumed, from);
  // "between Ankara and Moscow as Turkish F-16s ...": a spaced lower-case "as", "at" or "an"
  // after the match is the English word, which ends the name (the article is "as-Safira").
  const next = tokens[to];
  const englishNext =
    next !== undefined &&
    ENGLISH_PARTICLES.has(next.text) &&
    next.start === tokens[to - 1]!.end + 1;
  const after = englishNext ? [] : tokens.slice(to, run.to);
  if (to - from === 1 && !plausibleSingleWord(tokens[from]!, entries, words, tokens[to]))
    return false;
  if (arabicNameAbroad(tokens[from]!, entries)) return false;
  // "the Cilvegozu Border Gate": a place word alone is the rest of a name, not a place abroad.
  if (to - from === 1 && isAffix(tokens[from]!) && !entries.some(isSalient)) return false;
  if (englishPhraseAbroad(tokens, from, to, entries, words)) return false;
  // "the village of Tal Darah": a toponym's head word with the run going on is that name's
  // first word, not a place of its own ("Tal" is one of At Tall's names).
  if (to - from === 1 && to < run.to && TOPONYM_HEADS.has(tokens[from]!.text.toLowerCase()))
    return false;
  if (isKunya(tokens, from, to, entries)) return false;
  if (hasPersonTitle(tokens, run.from, from)) return false;
  // In a title-case headline an English word is capitalised like a name: "Hit" there is the
  // verb, not Hit in Iraq ("Some" is not al-Sumaah), unless a well-known place goes by it.
  if (
    match.headline === true &&
    to - from === 1 &&
    words.has(tokens[from]!.text.toLowerCase()) &&
    !entries.some(isSalient)
  )
    return false;
  const plain = (t: Token) =>
    isAffix(t) ||
    (match.headline === true &&
      (words.has(t.text.toLowerCase()) || DEMONYMS.has(t.text.toLowerCase())));
  if (before.every(plain) && after.every(plain)) return true;
  // "the Kuwait Preachers Camp", "Qatar Charity camp": a place opening a camp's longer name is
  // part of that name (a donor's, a founder's), not the place meant.
  const lastWord = tokens[run.to - 1]!.text.toLowerCase();
  if ((lastWord === "camp" || lastWord === "camps") && !after.slice(0, -1).every(isAffix))
    return false;
  // A particle right after the match means the name goes on: "Bab al-Taqa" is not "Bab".
  if (after[0] && NAME_PARTICLES.has(after[0].text.toLowerCase())) return false;
  // "US President Donald Trump", "Flash Report Syria": a country before a title, or after
  // plain English words, is the country.
  const country = entries.some((e) => e.kind === "country");
  if (country && after[0] && PERSON_TITLES.has(after[0].text.toLowerCase())) return true;
  // "the US Treasury", "US State Department spokeswoman": the state's own institutions.
  if (
    country &&
    from === run.from &&
    after[0] &&
    STATE_INSTITUTIONS.has(after[0].text.toLowerCase())
  )
    return true;
  if (
    country &&
    to === run.to &&
    before.length > 0 &&
    before.every((t) => words.has(t.text.toLowerCase()))
  )
    return true;
  // "killing of four Kurds in Jindires Newroz celebrations": after "in", "near" or "outside",
  // a curated Syrian town or village opening the run is the place, the rest its modifier.
  const locative = tokens[from - 1]?.text.toLowerCase();
  if (
    from === run.from &&
    (locative === "in" || locative === "near" || locative === "outside") &&
    entries.some((e) => e.country === "SY" && e.rank >= 3 && !NON_SETTLEMENT.has(e.kind))
  )
    return true;
  // A word opening a longer run ("Samah Alloush") is a person's name unless a salient place
  // goes by that very name, not merely lists it among its other names.
  const key = normalizeName(tokens[from]!.text);
  const salient = entries.filter(isSalient);
  if (to - from === 1 && salient.every((e) => mainKey(e) !== key)) return false;
  // As a modifier the place is written as it is known ("Idlib Health Directorate"): a
  // near-spelling opening another name ("Darat Ezza") is that name's first word, not Daraa.
  const written = plainSpelling(text(tokens, from, to));
  if (!salient.some((e) => e.names.some((n) => plainSpelling(n) === written))) return false;
  return before.every(isAffix) && salient.length > 0;
}
