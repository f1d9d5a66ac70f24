import { hasPersonTitle } from "./acceptance.ts";
import { addName, isTaken, phraseKey, type PassState } from "./names.ts";
import type { Run } from "./runs.ts";
import { isPlainWord } from "./vocabulary.ts";

/** Words after which a capitalised name is a place more often than not. */
const LOCATIVES = new Set(["in", "near", "from", "outside", "around", "towards", "toward", "of"]);

/**
 * Runs no gazetteer matched may still be Syrian names spelled with other vowels ("Kafr Nobl",
 * "Besqala"). Their consonant skeletons are looked up, but only where the position says place:
 * a name of two or more words, after a locative preposition, or joined by "and" to a place.
 */
export function fuzzyPass(state: PassState, runs: readonly Run[]): void {
  const { tokens, index } = state;
  for (const run of runs) {
    if (isTaken(state, run.from, run.to)) continue;
    if (tokens.slice(run.from, run.to).every(isPlainWord)) continue;
    const prev = tokens[run.from - 1];
    const multiWord = run.to - run.from >= 2;
    const locative = prev !== undefined && LOCATIVES.has(prev.text.toLowerCase());
    const coordinated = prev?.text === "and" && state.taken.has(run.from - 2);
    if (!multiWord && !locative && !coordinated) continue;
    if (hasPersonTitle(tokens, run.from, run.to)) continue;
    const candidates = index.lookupSkeleton(phraseKey(state, run.from, run.to));
    if (candidates.length > 0) addName(state, run.from, run.to, candidates, { fuzzy: true });
  }
}
