/**
 * Numbers as reporters spell them ("the eighth anniversary", "nine years of war", "three
 * weeks ago"), shared by the readers that count from an event or from the war's start.
 */

/** Cardinal words; a word's index is its value. */
export const CARDINALS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
] as const;

/** Ordinal words; a word's index is its value less one. */
export const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
] as const;

/** "nine" or "9" as 9; null for anything else. */
export function cardinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const i = (CARDINALS as readonly string[]).indexOf(w);
  return i >= 0 ? i : null;
}

/** "ninth" or "9th" as 9; null for anything else. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+(?:st|nd|rd|th)$/.test(w)) return parseInt(w, 10);
  const i = (ORDINALS as readonly string[]).indexOf(w);
  return i >= 0 ? i + 1 : null;
}
