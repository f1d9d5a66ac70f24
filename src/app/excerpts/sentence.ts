/** A slice of an article: offsets into the untouched text, plus whether it was cut short. */
export interface TextSpan {
  start: number;
  end: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

const CLOSERS = "\"'”’)]";

/** A full stop after a lone capital ("U.S.", "J. Smith") is an abbreviation, not an ending. */
function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n") return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  let next = i + 1;
  while (next < text.length && CLOSERS.includes(text[next] ?? "")) next += 1;
  if (next < text.length && !/\s/.test(text[next] ?? "")) return false;
  return !(ch === "." && /(^|[\s.])[A-Z]$/.test(text.slice(Math.max(0, i - 2), i)));
}

function clipAtWord(text: string, from: number, to: number, keepEnd: boolean): number {
  const slice = text.slice(from, to);
  const space = keepEnd ? slice.indexOf(" ") : slice.lastIndexOf(" ");
  if (space < 0) return keepEnd ? from : to;
  return keepEnd ? from + space + 1 : from + space;
}

/**
 * The sentence containing text[start, end): from just after the previous sentence end (or line
 * break) to the next one. Sentences longer than `maxChars` are clipped around the mention at
 * word boundaries, so a run-on paragraph does not flood the excerpt list.
 */
export function sentenceAround(text: string, start: number, end: number, maxChars = 320): TextSpan {
  let from = start;
  while (from > 0 && !endsSentenceAt(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && !endsSentenceAt(text, to)) to += 1;
  if (to < text.length && text[to] !== "\n") {
    to += 1;
    while (to < text.length && CLOSERS.includes(text[to] ?? "")) to += 1;
  }
  while (from < start && /\s/.test(text[from] ?? "")) from += 1;
  while (to > end && /\s/.test(text[to - 1] ?? "")) to -= 1;

  let clippedStart = false;
  let clippedEnd = false;
  const context = Math.max(0, Math.floor((maxChars - (end - start)) / 2));
  if (start - from > context && to - from > maxChars) {
    from = clipAtWord(text, start - context, start, true);
    clippedStart = true;
  }
  if (to - end > context && to - from > maxChars) {
    to = clipAtWord(text, end, end + context, false);
    clippedEnd = true;
  }
  return { start: from, end: to, clippedStart, clippedEnd };
}
