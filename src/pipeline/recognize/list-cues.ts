import { type Token, gapBetween } from "./tokenize.ts";
import { LIST_CUES, NAME_PARTICLES } from "./vocabulary.ts";

export interface ListItem {
  from: number;
  to: number;
}

function nameContinues(text: string, a: Token, b: Token): boolean {
  const gap = gapBetween(text, a, b);
  if (gap !== " " && gap !== "-") return false;
  return b.capitalized || (NAME_PARTICLES.has(b.text.toLowerCase()) && !a.possessive);
}

/**
 * Items of lists introduced by a cue: "the villages of Kansafra, Termela, Bsekla, Has and
 * Al-Mintar". Reporters list small places this way, often in spellings no gazetteer has, so the
 * cue is the evidence that each item is a place.
 */
export function findListItems(text: string, tokens: readonly Token[]): ListItem[] {
  const items: ListItem[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lead = text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start);
    if (!LIST_CUES.test(lead) || !tokens[i]!.capitalized) continue;
    let k = i;
    while (k < tokens.length && tokens[k]!.capitalized) {
      let end = k + 1;
      while (end < tokens.length && nameContinues(text, tokens[end - 1]!, tokens[end]!)) end++;
      items.push({ from: k, to: end });
      k = nextItemStart(text, tokens, end);
      if (k < 0) break;
    }
    i = Math.max(i, k);
  }
  return items;
}

/** Index of the token opening the next list item after a ", " or an "and", or -1. */
function nextItemStart(text: string, tokens: readonly Token[], end: number): number {
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (!next || last.possessive) return -1;
  const gap = gapBetween(text, last, next);
  if (next.text === "and" || next.text === "or") {
    const after = tokens[end + 1];
    if (!after || !/^,?\s+$/.test(gap) || gapBetween(text, next, after) !== " ") return -1;
    return after.capitalized ? end + 1 : -1;
  }
  return /^,\s+$/.test(gap) && next.capitalized ? end : -1;
}
