import type { ListItem } from "./list-cues.ts";
import { addName, isTaken, longestMatch, phraseKey, type PassState } from "./names.ts";
import { isPlainWord, namesAGroup } from "./vocabulary.ts";

/**
 * Items of explicit lists ("the villages of A, B and C") are places even when no gazetteer
 * knows them: they are added with their exact or consonant-skeleton candidates, or none.
 */
export function listPass(state: PassState, items: readonly ListItem[]): void {
  const { tokens, index } = state;
  for (const item of items) {
    if (isTaken(state, item.from, item.to)) continue;
    // "the area of Syrian forces": an adjective, not an item.
    if (tokens.slice(item.from, item.to).every(isPlainWord)) continue;
    const match = longestMatch(state, item.from, item.to);
    const exact = match && match.end === item.to ? match.candidates : [];
    if (exact.length > 0) {
      addName(state, item.from, item.to, exact, { item });
      continue;
    }
    if (namesAGroup(tokens.slice(item.from, item.to))) continue;
    const fuzzy = index.lookupSkeleton(phraseKey(state, item.from, item.to));
    addName(state, item.from, item.to, fuzzy, { item, fuzzy: fuzzy.length > 0 });
  }
}
