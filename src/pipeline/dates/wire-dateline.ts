import { isoDay } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import { findDateReferences } from "./date-references.ts";

/**
 * A news agency's dateline opens the story with the place and the day it was filed:
 * "BEIRUT, Oct 17 (Reuters) -", "DAMASCUS, Dec. 7 (Xinhua) --", "QAH, Syria, May 17 (Xinhua)".
 * The day and month are the report's own, unlike any other date in the text; the year, which
 * wires leave out, has to come from elsewhere.
 */
export interface WireDateline {
  /** An agency's dateline ("DAMASCUS, Dec. 7 (Xinhua) --") or a post's date stamp ("March 22  By ..."). */
  kind: "wire" | "stamp";
  line: string;
  /** Where the dateline lies in the text. */
  start: number;
  end: number;
  month: number;
  day: number;
  year?: number;
}

/** Upper-case place, optional ", Region" parts, a date, then the agency in brackets and a dash. */
const DATELINE =
  /^[ \t]*([A-Z][A-Z'’.\- ]{1,40}(?:,\s*[A-Z][A-Za-z'’.\- ]{1,30}){0,2},\s*([^()\n]{3,22}?)\s*\(([A-Za-z][A-Za-z .&-]{1,30})\)\s*(?:[-–—]{1,2}|:))/m;

/** How far into the text a dateline may start: after the title, standfirst and captions. */
const HEAD_CHARS = 1200;

/**
 * A line near the top that opens with a bare day and month, as blogs and live pages stamp
 * their posts: "March 22  By Scott Lucas". Like a wire's, the date is the post's own.
 */
const STAMP_LINE =
  /^[ \t]*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})(?:[ \t]{2,}|[ \t]+[Bb]y\b|[ \t]*[|–—-][ \t]|[ \t]*$)/m;
/** Lines of the head a stamp may stand on: after the title, before the story is under way. */
const STAMP_LINES = 4;

export function wireDateline(text: string): WireDateline | null {
  return agencyDateline(text) ?? postStamp(text);
}

function postStamp(text: string): WireDateline | null {
  // Only the head is read: the title and the few lines under it.
  let seen = 0;
  for (let start = 0; start < text.length && seen <= STAMP_LINES;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== "" && seen++ > 0) {
      const m = STAMP_LINE.exec(line);
      const date = m && findDateReferences(m[1]!).find((r) => r.kind === "month-day");
      if (m && date?.month && date.day)
        return {
          kind: "stamp",
          line: line.trim().slice(0, 40),
          start: start + m.index,
          end: start + m.index + m[0].length,
          month: date.month,
          day: date.day,
        };
    }
    start = end + 1;
  }
  return null;
}

function agencyDateline(text: string): WireDateline | null {
  const found = DATELINE.exec(text.slice(0, HEAD_CHARS));
  if (!found) return null;
  const date = findDateReferences(found[2]!).find(
    (r) => (r.kind === "month-day" || r.kind === "full") && r.day !== undefined,
  );
  if (!date || !date.month || !date.day) return null;
  return {
    kind: "wire",
    line: found[1]!.trim(),
    start: found.index,
    end: found.index + found[0].length,
    month: date.month,
    day: date.day,
    ...(date.year ? { year: date.year } : {}),
  };
}

/**
 * The first day on or after `from` (and on or before `to`, when given) that has the
 * dateline's day and month, or null when none does.
 */
export function datelineDayFrom(
  wire: WireDateline,
  from: IsoDay,
  to: IsoDay | null,
): IsoDay | null {
  const first = Number(from.slice(0, 4));
  for (let year = first; year <= first + 1; year++) {
    const day = isoDay(year, wire.month, wire.day);
    if (day && day >= from && (to === null || day <= to)) return day;
  }
  return null;
}

/** How a basis names the dateline: `wire dateline "DAMASCUS, Dec. 7 (Xinhua) --"`. */
export function datelineLabel(wire: WireDateline): string {
  return `${wire.kind === "wire" ? "wire dateline" : "date stamp"} "${wire.line}"`;
}
