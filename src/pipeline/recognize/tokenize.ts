/**
 * Word tokens with their offsets into the untouched article text. Offsets are sacred: every
 * mention the pipeline emits is sliced from the original string with them.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** First word of a sentence or of a line (its capital letter says nothing). */
  sentenceStart: boolean;
  /** Ended by a possessive "'s", which is not part of the name. */
  possessive: boolean;
}

// Letters, marks and in-word apostrophes/ayn marks ("Ma'arrat", "Nu‘man").
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{Nd}]|['’‘ʿʾ`](?=[\p{L}]))*/gu;

// A gap that ends a sentence or opens a quotation or a new line.
const SENTENCE_BREAK = /[.!?]["”’)]*\s+$|[“"]\s*$|\n/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    let possessive = false;
    const poss = /['’]s$/u.exec(word);
    if (poss && word.length > 3) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const gap = text.slice(previousEnd, start);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      // "ʿAran": a leading ayn mark does not hide the capital.
      capitalized: /^[ʿʾ‘’`]?\p{Lu}/u.test(word),
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gap),
      possessive,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** The characters between two consecutive tokens. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
