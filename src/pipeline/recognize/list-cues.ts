import { type Token, gapBetween } from "./tokenize.ts";
import { LIST_CUES, NAME_PARTICLES, PLACE_NOUNS } from "./vocabulary.ts";

export interface ListItem {
  from: number;
  to: number;
  /** Which list the item belongs to (items of one list share a locator and lie together). */
  list: number;
  /** Token index one past the list's last item: where a shared locator would start. */
  listEnd: number;
  /** The cue noun, lower case ("villages", "city"): cities may be far away, villages are local. */
  cue: string;
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
    // The cheap test first: the cue pattern is read only before a word that could open an item.
    if (!opensItem(text, tokens, i)) continue;
    const lead = text.slice(Math.max(0, tokens[i]!.start - 130), tokens[i]!.start);
    const cueMatch = LIST_CUES.exec(lead);
    if (!cueMatch) continue;
    const cue = cueMatch[0].split(/\s+/)[0]!.toLowerCase();
    let k = i;
    const list = items.length === 0 ? 0 : items[items.length - 1]!.list + 1;
    const first = items.length;
    let lastEnd = i;
    let previousEnd = i;
    let afterComma = false;
    while (k < tokens.length && opensItem(text, tokens, k)) {
      let end = k + 1;
      while (end < tokens.length && nameContinues(text, tokens[end - 1]!, tokens[end]!)) end++;
      items.push({ from: k, to: end, list, listEnd: end, cue });
      previousEnd = lastEnd;
      lastEnd = end;
      k = nextItemStart(text, tokens, end);
      if (k < 0) break;
      afterComma = tokens[k - 1]!.text !== "and" && tokens[k - 1]!.text !== "or";
    }
    // "the village of Al-Alaneh, Abdullah and his comrades winced": a name after a comma that
    // is followed by "and" and no further name opens a new clause; it is not the list's.
    // A longer series ("A, B, C and the strategic hill of D") or a comma before the "and"
    // ("Arab Ezza, al-Fursan, and have moved") keeps its last name.
    if (items.length - first === 2 && afterComma && andOpensClause(text, tokens, lastEnd)) {
      items.pop();
      lastEnd = previousEnd;
    }
    for (let n = first; n < items.length; n++) items[n]!.listEnd = lastEnd;
    i = Math.max(i, k, lastEnd - 1);
  }
  return items;
}

/**
 * "... Abdullah and his comrades winced": an "and" (or "or") right after a name, with no comma
 * before it and no name after it, joins clauses rather than the items of a list.
 */
export function andOpensClause(text: string, tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  return (
    word !== undefined &&
    (word.text === "and" || word.text === "or") &&
    at > 0 &&
    gapBetween(text, tokens[at - 1]!, word) === " " &&
    !opensItem(text, tokens, at + 1)
  );
}

/** Index of the token opening the next list item after a ", " or an "and", or -1. */
function nextItemStart(text: string, tokens: readonly Token[], end: number): number {
  // "Sheikh Barakat mountain, Deir Sam'an": the item's own kind noun does not end the list.
  const kind = tokens[end];
  if (kind && PLACE_NOUNS.has(kind.text) && gapBetween(text, tokens[end - 1]!, kind) === " ") end++;
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (!next || last.possessive) return -1;
  const gap = gapBetween(text, last, next);
  if (next.text === "and" || next.text === "or") {
    const after = tokens[end + 1];
    if (!after || !/^\s*,?\s*$/.test(gap) || gapBetween(text, next, after) !== " ") return -1;
    return opensItem(text, tokens, end + 1) ? end + 1 : -1;
  }
  return /^\s*,\s*$/.test(gap) && opensItem(text, tokens, end) ? end : -1;
}

/** An item starts with a capital, or with an article joined to one ("al-Sheikh Ali"). */
function opensItem(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.capitalized) return true;
  const next = tokens[k + 1];
  return (
    NAME_PARTICLES.has(t.text) &&
    next !== undefined &&
    next.capitalized &&
    gapBetween(text, t, next) === "-"
  );
}
