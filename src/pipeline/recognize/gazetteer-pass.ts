import type { GazetteerEntry } from "../gazetteer/entry.ts";
import { accept, isSalient } from "./acceptance.ts";
import { shoutedDatelineMark } from "./dateline-shape.ts";
import type { ListItem } from "./list-cues.ts";
import { addName, longestMatch, type PassState, phraseKey } from "./names.ts";
import type { Run } from "./runs.ts";
import type { Token } from "./tokenize.ts";
import { DIRECTION_WORDS, TITLE_FUNCTION_WORDS } from "./vocabulary.ts";

/** "• Time: 06:50", "Location: ...": an English word opening a line before a colon is a label. */
function isFieldLabel(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  return (
    to - from === 1 &&
    words.has(first.text.toLowerCase()) &&
    /^[\s•*·▪‣-]*$/.test(text.slice(lineStart, first.start)) &&
    text[last.end] === ":"
  );
}

/**
 * A shouted name opening a line before a dateline's punctuation is the place the report was
 * filed from. Before a colon an English word is a field label ("BREAKING:"), unless a big
 * place goes by it (the word list has "amman").
 */
function isShoutedDateline(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  entries: readonly GazetteerEntry[],
  words: ReadonlySet<string>,
): boolean {
  const mark = shoutedDatelineMark(text, tokens[from]!.start, tokens[to - 1]!.end);
  if (mark === null) return false;
  if (mark === "mark" || !words.has(tokens[from]!.text.toLowerCase()))
    return entries.some(isDatelinePlace);
  return entries.some((e) => e.kind === "country" || e.population >= 500_000);
}

/** A place a reporter files from: a country, a province, or a town of some size. */
function isDatelinePlace(e: GazetteerEntry): boolean {
  return (
    e.kind === "country" ||
    e.kind === "governorate" ||
    e.country === "SY" ||
    ((e.kind === "city" || e.kind === "town") && e.population >= 10_000)
  );
}

/**
 * "Densely Packed Qah IDP Camp Hit By Missiles Today": a headline in title case capitalises its
 * English words, so inside it they do not make a run a person's or a group's name. Read from
 * the token at `at` out to the ends of its line.
 */
function isTitleCaseLine(
  text: string,
  tokens: readonly Token[],
  at: number,
  words: ReadonlySet<string>,
): boolean {
  const lineStart = text.lastIndexOf("\n", tokens[at]!.start - 1) + 1;
  const lineEnd = text.indexOf("\n", tokens[at]!.end);
  const end = lineEnd === -1 ? text.length : lineEnd;
  let first = at;
  while (first > 0 && tokens[first - 1]!.start >= lineStart) first--;
  let last = at;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  // Title case leaves short function words in lower case ("... Troops after 3 Years in Siege").
  const english = tokens
    .slice(first, last + 1)
    .filter(
      (t) =>
        words.has(t.text.toLowerCase()) &&
        t.text.length > 3 &&
        !TITLE_FUNCTION_WORDS.has(t.text.toLowerCase()),
    );
  return english.length >= 3 && english.every((t) => t.capitalized);
}

/** Verbs of speaking right after a name: the name is a person's. */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "added",
  "adds",
  "noted",
  "told",
  "explained",
  "stated",
  "stressed",
  "confirmed",
  "claimed",
]);

/**
 * A remembered surname ("Raed Al-Saleh" ... "Al-Saleh said") is the person again unless a
 * well-known place goes by it. Even then, once the person speaks ("Imad Usi" ... "Usi added"),
 * it is the surname and not the big city abroad (Wuxi); never a country or a Syrian place.
 */
function staysSurname(entries: readonly GazetteerEntry[], next: Token | undefined): boolean {
  if (!entries.some(isSalient)) return true;
  return (
    SPEECH_VERBS.has(next?.text.toLowerCase() ?? "") &&
    !entries.some((e) => e.kind === "country" || e.country === "SY")
  );
}

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
  const surnames = new Set<string>();
  const headlineLines = new Map<number, boolean>();
  const headline = (run: Run) => {
    const lineStart = text.lastIndexOf("\n", tokens[run.from]!.start - 1) + 1;
    let known = headlineLines.get(lineStart);
    if (known === undefined) {
      known = isTitleCaseLine(text, tokens, run.from, words);
      headlineLines.set(lineStart, known);
    }
    return known;
  };
  for (const run of runs) {
    // The word before a run may open the very name the gazetteer knows: a lower-case compass
    // word ("eastern Turkistan"), or a sentence's first word, which runs leave out when it is a
    // common word ("(New York) –").
    const prev = tokens[run.from - 1];
    const opensName =
      prev !== undefined &&
      (DIRECTION_WORDS.has(prev.text) || (prev.sentenceStart && prev.capitalized)) &&
      text.slice(prev.end, tokens[run.from]!.start) === " ";
    if (opensName) {
      const match = longestMatch(state, run.from - 1, run.to);
      if (match && match.end === run.to) {
        addName(state, run.from - 1, match.end, match.candidates);
        continue;
      }
    }
    let consumed = run.from;
    for (let i = run.from; i < run.to;) {
      const match = longestMatch(state, i, run.to);
      const span = match && {
        from: i,
        to: match.end,
        consumed,
        entries: match.candidates,
        headline: headline(run),
      };
      if (
        match &&
        surnames.has(phraseKey(state, i, match.end)) &&
        staysSurname(match.candidates, tokens[match.end])
      ) {
        i = match.end;
        continue;
      }
      const dateline =
        match !== null &&
        match.end === run.to &&
        i === run.from &&
        isShoutedDateline(text, tokens, i, match.end, match.candidates, words);
      if (
        match &&
        span &&
        (dateline ||
          (!isFieldLabel(text, tokens, i, match.end, words) && accept(tokens, run, span, words)))
      ) {
        const item = itemAt.get(i);
        addName(state, i, match.end, match.candidates, item ? { item } : {});
        consumed = match.end;
        i = match.end;
      } else {
        // "Raed Al-Saleh": a name ending a run after a given name is a surname, and so is
        // "Al-Saleh" when the text goes on to speak of him by it.
        if (match && match.end === run.to && i > consumed)
          surnames.add(phraseKey(state, i, match.end));
        i++;
      }
    }
  }
}
