import type { GazetteerIndex } from "../gazetteer/gazetteer-index.ts";
import { shoutedDatelineMark } from "./dateline-shape.ts";
import { fuzzyPass } from "./fuzzy-pass.ts";
import { gazetteerPass } from "./gazetteer-pass.ts";
import { findListItems } from "./list-cues.ts";
import { listPass } from "./list-pass.ts";
import { addName, isTaken, type PassState, phraseKey, type RecognizedName } from "./names.ts";
import { findRuns, type Run } from "./runs.ts";
import { type Token, tokenize } from "./tokenize.ts";
import { followsLocative } from "./vocabulary.ts";

export type { RecognizedName } from "./names.ts";
export { isSalient } from "./acceptance.ts";

export interface Recognition {
  tokens: Token[];
  names: RecognizedName[];
}

/**
 * Find the place names in `text`, in three passes over its capitalised runs: gazetteer names,
 * then items of explicit place lists, then vowel-variant spellings of Syrian names. `words` is
 * an English word list (see english-words.ts); tests pass a small one.
 */
export function recognize(
  text: string,
  index: GazetteerIndex,
  words: ReadonlySet<string> = new Set(),
): Recognition {
  const tokens = tokenize(text);
  const state: PassState = { text, tokens, index, names: [], taken: new Set() };
  const runs = findRuns(text, tokens);
  const items = findListItems(text, tokens);
  gazetteerPass(state, runs, new Map(items.map((item) => [item.from, item])), words);
  listPass(state, items);
  fuzzyPass(state, runs, words);
  echoPass(state, runs);
  state.names.sort((a, b) => a.start - b.start);
  return { tokens, names: state.names };
}

/**
 * A name no gazetteer knows, found where a cue said "place" ("seized Khan Touman village"), is
 * the same place when the text names it again without the cue ("killed in Khan Touman"). So is
 * a name read by its consonants where the words said place ("in the village of Ehsim"), when
 * the words say place again ("EHSIM, Syria -", "in Ehsim").
 */
function echoPass(state: PassState, runs: readonly Run[]): void {
  const known = new Map<string, RecognizedName>();
  for (const n of state.names)
    if ((n.candidates.length === 0 && n.listed) || n.fuzzy === true)
      known.set(phraseKey(state, n.fromToken, n.toToken), n);
  if (known.size === 0) return;
  for (const run of runs) {
    if (isTaken(state, run.from, run.to)) continue;
    const first = known.get(phraseKey(state, run.from, run.to));
    if (!first) continue;
    if (first.fuzzy === true) {
      // A weak reading is echoed only where the words say place again: a dateline, "in X".
      const { text, tokens } = state;
      const dateline =
        shoutedDatelineMark(text, tokens[run.from]!.start, tokens[run.to - 1]!.end) !== null;
      const locative = followsLocative(tokens, run.from);
      if (dateline || locative) addName(state, run.from, run.to, first.candidates, { fuzzy: true });
      continue;
    }
    if (!first.list) continue;
    const { id: list, end: listEnd, cue } = first.list;
    addName(state, run.from, run.to, [], {
      item: { from: run.from, to: run.to, list, listEnd, cue },
    });
  }
}
