import { accept } from "./acceptance.ts";
import type { ListItem } from "./list-cues.ts";
import { addName, longestMatch, type PassState } from "./names.ts";
import type { Run } from "./runs.ts";
import { DIRECTION_WORDS } from "./vocabulary.ts";

/**
 * The main pass: gazetteer names inside capitalised runs, longest first, each accepted or
 * refused by the run around it.
 */
export function gazetteerPass(
  state: PassState,
  runs: readonly Run[],
  itemAt: ReadonlyMap<number, ListItem>,
  words: ReadonlySet<string>,
): void {
  const { text, tokens } = state;
  for (const run of runs) {
    // "eastern Turkistan": a lower-case compass word may be part of the name.
    const prev = tokens[run.from - 1];
    if (
      prev &&
      DIRECTION_WORDS.has(prev.text) &&
      text.slice(prev.end, tokens[run.from]!.start) === " "
    ) {
      const match = longestMatch(state, run.from - 1, run.to);
      if (match && match.end === run.to) {
        addName(state, run.from - 1, match.end, match.candidates);
        continue;
      }
    }
    let consumed = run.from;
    for (let i = run.from; i < run.to;) {
      const match = longestMatch(state, i, run.to);
      const span = match && { from: i, to: match.end, consumed, entries: match.candidates };
      if (match && span && accept(tokens, run, span, words)) {
        const item = itemAt.get(i);
        addName(state, i, match.end, match.candidates, item ? { item } : {});
        consumed = match.end;
        i = match.end;
      } else i++;
    }
  }
}
