import { hasPersonTitle, isKunya, isKunyaName, opensWithKunya } from "./acceptance.ts";
import { addName, isTaken, phraseKey, type PassState, type RecognizedName } from "./names.ts";
import { andOpensClause } from "./list-cues.ts";
import type { Run } from "./runs.ts";
import type { Token } from "./tokenize.ts";
import {
  isPlainWord,
  followsLocative,
  namesAGroup,
  NEVER_PLACES_ANYWHERE,
  NISBAS,
  PLACE_NOUN_MODIFIERS,
  PLACE_NOUNS,
  TOPONYM_HEADS,
} from "./vocabulary.ts";

/** List ids for coordinated names start here, clear of the ids of cue-introduced lists. */
const COORDINATION_LISTS = 1_000_000;
/** … and of names whose own words mark them as places ("Kafr Jallis", "Morak city"). */
const NAMED = 2_000_000;

function placeNounAfter(state: PassState, run: Run): boolean {
  const { text, tokens } = state;
  const k = run.to;
  const spaced = (i: number) =>
    tokens[i] !== undefined && /^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  // "the Kobeibat al-Huda village camp": a modifier may come first; "Khan Touman village on
  // Friday": the modifier may itself be the noun.
  if (spaced(k) && PLACE_NOUN_MODIFIERS.has(tokens[k]!.text) && spaced(k + 1)) {
    if (PLACE_NOUNS.has(tokens[k + 1]!.text)) return true;
    return PLACE_NOUNS.has(tokens[k]!.text);
  }
  return spaced(k) && PLACE_NOUNS.has(tokens[k]!.text);
}

function hasPlaceWordInName(tokens: readonly Token[], run: Run): boolean {
  if (run.to - run.from < 2) return false;
  // "Kafr Jallis" opens with a toponym word; "Arbaeen Mount", "Atmeh Camp" end with a place noun.
  return (
    TOPONYM_HEADS.has(tokens[run.from]!.text.toLowerCase()) ||
    PLACE_NOUNS.has(tokens[run.to - 1]!.text.toLowerCase())
  );
}

/**
 * "Residential camps", "an Armenian Christian village", "Syrian Alawite villages": English
 * words and the adjectives of peoples and faiths before a place noun say what kind of place,
 * not which.
 */
function describesKind(tokens: readonly Token[], run: Run, words: ReadonlySet<string>): boolean {
  const all = tokens.slice(run.from, run.to);
  if (all.length === 1 && words.has(all[0]!.text.toLowerCase())) return true;
  return all.every((t) => PEOPLE_OR_FAITH.test(t.text));
}
const PEOPLE_OR_FAITH =
  /^(?:\p{Lu}\p{Ll}+(?:ian|ite|ish|ese)|Christian|Muslim|Sunni|Shia|Shiite|Druze|Arab|Turkmen|Yazidi|Ismaili)$/u;

/** A comma between list items, however it is spaced ("Morek , M’aerkaba ,and al-Lahaya"). */
const LIST_COMMA = /^\s*,\s*$/;

const isConjunction = (word: string | undefined) => word === "and" || word === "or";

/**
 * The recognised name a run is enumerated with, before it ("X, <run>", "X and <run>") or after
 * it ("<run>, X", "<run> and X"). A comma on the left alone is not enough ("Daraya, Mohamad Abu
 * Ammar said"): the enumeration must go on after the run too.
 */
function enumeratedWith(state: PassState, run: Run): RecognizedName | undefined {
  const { text, tokens, names } = state;
  const gapAfter = tokens[run.to] ? text.slice(tokens[run.to - 1]!.end, tokens[run.to]!.start) : "";
  const prev = tokens[run.from - 1];
  const prevGap = prev ? text.slice(prev.end, tokens[run.from]!.start) : "";
  // "Al-Alaneh, Abdullah and his comrades": an "and" that no name follows opens a new clause,
  // unless a longer series runs up to it ("Marayn, Ihsim, Barshoun and the village of ...").
  const previous = names.find((n) => n.toToken === run.from);
  const series =
    previous !== undefined &&
    previous.fromToken > 0 &&
    LIST_COMMA.test(text.slice(tokens[previous.fromToken - 1]!.end, previous.start));
  const continues =
    LIST_COMMA.test(gapAfter) ||
    (isConjunction(tokens[run.to]?.text) && (series || !andOpensClause(text, tokens, run.to)));
  const before = isConjunction(prev?.text)
    ? names.find((n) => n.toToken === run.from - 1)
    : LIST_COMMA.test(prevGap) && continues
      ? names.find((n) => n.toToken === run.from)
      : undefined;
  if (before) return before;
  // "Furthermore, Idlib ...": a sentence's first word is not enumerated with what follows it.
  if (tokens[run.from]!.sentenceStart) return undefined;
  if (LIST_COMMA.test(gapAfter)) return names.find((n) => n.fromToken === run.to);
  if (isConjunction(tokens[run.to]?.text)) return names.find((n) => n.fromToken === run.to + 1);
  return undefined;
}

const isSyrianSettlement = (name: RecognizedName) =>
  name.list?.cue === "coordination" ||
  name.list?.cue === "named" ||
  name.candidates.some(
    (e) => e.country === "SY" && (e.kind === "village" || e.kind === "town" || e.kind === "city"),
  );

/**
 * Runs no gazetteer matched may still be places:
 * - Syrian names spelled with other vowels ("Kafr Nobl", "Besqala"): their consonant skeletons
 *   are looked up where the position says place (two or more words, after a locative
 *   preposition, or enumerated with a place);
 * - names enumerated with a Syrian village ("Darat Azza, Kafr Noran and A-Tawamah") are places
 *   even when no gazetteer knows them: they are kept, unplaced, in a list with that village so
 *   they can be placed near it (see resolve/approximate.ts).
 * Sweeps repeat while they find something, so an enumeration is followed from either end.
 */
export function fuzzyPass(
  state: PassState,
  runs: readonly Run[],
  words: ReadonlySet<string> = new Set(),
): void {
  const { tokens, index } = state;
  for (let sweep = 0, found = true; found && sweep < 4; sweep++) {
    found = false;
    for (const run of runs) {
      if (isTaken(state, run.from, run.to)) continue;
      if (tokens.slice(run.from, run.to).every(isPlainWord)) continue;
      if (namesAGroup(tokens.slice(run.from, run.to))) continue;
      if (hasPersonTitle(tokens, run.from, run.to)) continue;
      const neighbour = enumeratedWith(state, run);
      const locative = followsLocative(tokens, run.from);
      const named = placeNounAfter(state, run) || hasPlaceWordInName(tokens, run);
      if (run.to - run.from < 2 && !locative && !neighbour && !named) continue;
      // "God curse you, O Bashar!": a one-letter word has no consonants to match by.
      const oneLetter = tokens.slice(run.from, run.to).some((t) => t.text.length < 2);
      // "Al Jazeera", "SANA": a word that names something else wherever it stands; "al-Masri"
      // (the Egyptian) is a person's nisba.
      if (
        tokens
          .slice(run.from, run.to)
          .some(
            (t) =>
              NEVER_PLACES_ANYWHERE.has(t.text.toLowerCase()) || NISBAS.has(t.text.toLowerCase()),
          )
      )
        continue;
      const skeletal = oneLetter ? [] : index.lookupSkeleton(phraseKey(state, run.from, run.to));
      // "said Abu Ammar": a kunya is not a place whose name only sounds like it (Baba Amr); it
      // may be one called "Abu ..." itself (Abu al-Zendeen), which the kunya rule then weighs.
      const candidates = opensWithKunya(tokens, run.from, run.to)
        ? skeletal.filter((e) => e.names.some(isKunyaName))
        : skeletal;
      if (candidates.length > 0 && !isKunya(tokens, run.from, run.to, candidates)) {
        addName(state, run.from, run.to, candidates, { fuzzy: true });
      } else if (named && !tokens[run.from]!.sentenceStart && !describesKind(tokens, run, words)) {
        // "the Kobeibat al-Huda village camp", "Kafr Jallis", "Wadi Deif": the words say place
        // though no gazetteer knows it; it is kept, unplaced or placed from its locators.
        const item = {
          from: run.from,
          to: run.to,
          list: NAMED + run.from,
          listEnd: run.to,
          cue: "named",
        };
        addName(state, run.from, run.to, [], { item });
      } else if (neighbour && isSyrianSettlement(neighbour)) {
        neighbour.list ??= {
          id: COORDINATION_LISTS + neighbour.fromToken,
          end: run.to,
          cue: "coordination",
        };
        const item = {
          from: run.from,
          to: run.to,
          list: neighbour.list.id,
          listEnd: run.to,
          cue: "coordination",
        };
        addName(state, run.from, run.to, [], { item });
      } else continue;
      found = true;
    }
  }
}
