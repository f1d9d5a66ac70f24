import { isValidIsoDay } from "../../shared/calendar.ts";
import type { SkippedFile } from "./types.ts";

/**
 * Turn raw bytes into text, or say why they are not a text file. Invalid UTF-8 is reported,
 * never silently replaced, so offsets never point into guessed characters.
 */
export function decodeText(
  file: string,
  bytes: Uint8Array,
  maxBytes: number,
): string | SkippedFile {
  if (bytes.length === 0) return { file, kind: "empty", reason: "file is empty" };
  if (bytes.length > maxBytes)
    return {
      file,
      kind: "too-large",
      reason: `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
    };
  // Windows tools save "Unicode" text as UTF-16, which is full of NUL bytes: name it properly.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { file, kind: "invalid-utf8", reason: "UTF-16 encoded text; save it as UTF-8" };
  if (bytes.includes(0))
    return { file, kind: "binary", reason: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { file, line: badUtf8Line(bytes), kind: "invalid-utf8", reason: "not valid UTF-8" };
  }
  if (text.trim() === "") return { file, kind: "empty", reason: "file has only whitespace" };
  return text;
}

/** Line of the first byte that breaks UTF-8, found by decoding growing prefixes by line. */
function badUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/**
 * The day a metadata value names: `YYYY-MM-DD`, or the date part of an ISO timestamp
 * (`2019-05-03T10:00:00Z` is the 3rd as the publisher wrote it; converting zones would move it).
 * Null for anything that is not a real calendar day.
 */
export function dayOf(value: string): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  return m && isValidIsoDay(m[1]!) ? m[1]! : null;
}

/** First non-empty line of the body, trimmed: the title by convention. */
export function titleOf(text: string, bodyStart = 0): string {
  const line = text
    .slice(bodyStart)
    .split(/\r\n|\r|\n/)
    .find((l) => l.trim() !== "");
  return (line ?? "").trim().slice(0, 300);
}

/** 1-based line number of a UTF-16 offset. */
export function lineAt(text: string, offset: number): number {
  return lineCounter(text)(offset);
}

/** Line lookup for many offsets into one text: newline positions once, then binary search. */
export function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** File name without folder and last extension: the default article id. */
export function stemOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, "") || base;
}
