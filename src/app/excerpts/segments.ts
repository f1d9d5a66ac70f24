/** A highlightable span: offsets into the text plus the caller's key (e.g. a mention index). */
export interface Highlight {
  start: number;
  end: number;
  key: number;
}

/** A run of text, either plain (key null) or one highlight. */
export interface Segment {
  start: number;
  text: string;
  key: number | null;
}

/**
 * Cuts text[from, to) into plain runs and highlights. Highlights are clipped to the window;
 * one overlapping an earlier highlight is dropped, so every character appears exactly once.
 */
export function segmentText(
  text: string,
  highlights: readonly Highlight[],
  from = 0,
  to = text.length,
): Segment[] {
  const sorted = highlights
    .filter((h) => h.end > from && h.start < to && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = from;
  for (const h of sorted) {
    const start = Math.max(h.start, from);
    if (start < cursor) continue;
    if (start > cursor)
      segments.push({ start: cursor, text: text.slice(cursor, start), key: null });
    const end = Math.min(h.end, to);
    segments.push({ start, text: text.slice(start, end), key: h.key });
    cursor = end;
  }
  if (cursor < to) segments.push({ start: cursor, text: text.slice(cursor, to), key: null });
  return segments;
}
