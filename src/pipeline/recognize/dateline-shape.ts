/**
 * "AMMAN: ...", "HATAY, Turkey", "AFRIN — ...", "IDLIB, Syria (AP) —", "AMMAN (Reuters) -",
 * "ANKARA / IDLIB, Syria":
 * a name in capitals opening a line before a dateline's punctuation. What follows it says
 * how sure the shape is: after a colon it may also be a field label ("BREAKING:").
 */
export function shoutedDatelineMark(
  text: string,
  start: number,
  end: number,
): "colon" | "mark" | null {
  const name = text.slice(start, end);
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name)) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  // "ANKARA / IDLIB, Syria": a joint dateline names the agency's desk first.
  if (!/^\s*(?:\p{Lu}[\p{Lu} .'’-]*\/\s*)?$/u.test(text.slice(lineStart, start))) return null;
  const after = text.slice(end, end + 3);
  if (after.startsWith(":")) return "colon";
  return /^\s?(?:[,—–(]|-\s)/.test(after) ? "mark" : null;
}
