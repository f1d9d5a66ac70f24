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

export function wireDateline(text: string): WireDateline | null {
  const found = DATELINE.exec(text.slice(0, HEAD_CHARS));
  if (!found) return null;
  const date = findDateReferences(found[2]!).find(
    (r) => (r.kind === "month-day" || r.kind === "full") && r.day !== undefined,
  );
  if (!date || !date.month || !date.day) return null;
  return {
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
