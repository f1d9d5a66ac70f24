import { type Token, gapBetween } from "./tokenize.ts";
import {
  COMMON_WORDS,
  ENGLISH_PARTICLES,
  NAME_PARTICLES,
  NEVER_PLACES,
  PERSON_TITLES,
  TITLE_FUNCTION_WORDS,
} from "./vocabulary.ts";

/**
 * A run is a stretch of capitalised words joined by single spaces or hyphens ("Maaret al-Numan",
 * "Hayat Tahrir al-Sham", "Turkey-Syria"). Place names are looked for inside runs, and a run
 * decides whether a match is the whole name or only part of a longer one (a person, a group).
 */
export interface Run {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

function isParticle(t: Token): boolean {
  return NAME_PARTICLES.has(t.text.toLowerCase());
}

function joins(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  const gap = gapBetween(text, a, b);
  // "U.S.", "U.K.": initials joined by full stops are one name.
  if (gap === "." && /^\p{Lu}$/u.test(a.text) && /^\p{Lu}$/u.test(b.text)) return true;
  return gap === " " || gap === "-" || gap === "‐";
}

/**
 * True for a sentence-opening common word ("However", "Of") that is not a name. Capitals
 * throughout make it an abbreviation ("US claims Syria strike"), not the pronoun.
 */
function isCommonOpener(t: Token): boolean {
  const abbreviation = t.text.length >= 2 && t.text === t.text.toUpperCase();
  return t.sentenceStart && COMMON_WORDS.has(t.text.toLowerCase()) && !abbreviation;
}

/**
 * "such as Darat Ezza", "at Aleppo": a spaced lower-case "as", "at" or "an" opening a name is the
 * English word; the article opens a name only when joined by a hyphen ("as-Safira").
 */
function isEnglishParticle(text: string, t: Token, next: Token): boolean {
  return ENGLISH_PARTICLES.has(t.text) && gapBetween(text, t, next) === " ";
}

/** "Jisr a-Shughour", "Tahrir a-Sham": the article written "a-" before a sun letter. */
function isHyphenedA(text: string, t: Token, next: Token | undefined): boolean {
  return (
    t.text === "a" && next !== undefined && next.capitalized && gapBetween(text, t, next) === "-"
  );
}

function isTitleFunctionWord(t: Token): boolean {
  // "An", "As", "At" are also the Arabic article ("Ma'arrat An Nu'man"): those stay in names.
  return TITLE_FUNCTION_WORDS.has(t.text.toLowerCase()) && !isParticle(t);
}

export function findRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const startsName =
      (first.capitalized &&
        !isCommonOpener(first) &&
        !isTitleFunctionWord(first) &&
        // "seized on Wednesday Jindires district": a weekday or month is not a name's first word.
        !NEVER_PLACES.has(first.text.toLowerCase())) ||
      (isParticle(first) &&
        tokens[i + 1]?.capitalized === true &&
        joins(text, first, tokens[i + 1]!) &&
        !isEnglishParticle(text, first, tokens[i + 1]!));
    if (!startsName) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && joins(text, tokens[j - 1]!, tokens[j]!)) {
      const t = tokens[j]!;
      const next = tokens[j + 1];
      // "Ankara as President Assad ...": an English "as" before a title ends the name.
      // "known to the Turks as Turkmen Mountain": a spaced "as" or "at" inside a run is the
      // English word (the article is written "as-Safira"); "an" stays ("Ma'arrat an Nu'man").
      const particleInName =
        isParticle(t) &&
        next !== undefined &&
        next.capitalized &&
        joins(text, t, next) &&
        !PERSON_TITLES.has(next.text.toLowerCase()) &&
        !(t.text !== "an" && isEnglishParticle(text, t, next));
      if (isHyphenedA(text, t, next)) {
        j++;
        continue;
      }
      if ((!t.capitalized && !particleInName) || isTitleFunctionWord(t)) break;
      j++;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}
