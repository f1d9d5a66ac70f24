import { isoDay } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import type { DateReference } from "./date-references.ts";

export interface Anchor {
  year: number;
  month: number;
  /** Set when the anchor is a full date rather than a month. */
  day?: number;
}

/**
 * The year a reference without one most plausibly means. A day-precise anchor is usually the
 * report's own day, so bare dates lead up to it ("26 January" before "6 February 2020"); a
 * month anchor is usually a past event recounted, so bare dates follow it ("September 2018" ...
 * "since April 25" is April 2019).
 */
export function yearFor(month: number, anchor: Anchor | null): number | null {
  if (!anchor) return null;
  if (anchor.day) return month <= anchor.month + 1 ? anchor.year : anchor.year - 1;
  return month >= anchor.month ? anchor.year : anchor.year + 1;
}

/** The latest (year, month) the text states in full: "September 2018", "December 24, 2019". */
export function latestAnchor(refs: readonly DateReference[]): Anchor | null {
  let best: Anchor | null = null;
  for (const r of refs) {
    if ((r.kind !== "full" && r.kind !== "month-year") || !r.year || !r.month || r.future) continue;
    if (!best || r.year * 12 + r.month > best.year * 12 + best.month) {
      best = {
        year: r.year,
        month: r.month,
        ...(r.kind === "full" && r.day ? { day: r.day } : {}),
      };
    }
  }
  return best;
}

/** First day the reference can stand for, given the anchor for references without a year. */
export function earliestDay(r: DateReference, anchor: Anchor | null): IsoDay | null {
  if (!r.month) return null;
  const year = r.year ?? yearFor(r.month, anchor);
  if (!year) return null;
  if (r.kind === "full" || r.kind === "month-day") return isoDay(year, r.month, r.day ?? 1);
  return isoDay(year, r.month, r.part ? PART_STARTS[r.part] : 1);
}

/** First day of each part of a month ("mid-April" from the 11th, "late April" from the 21st). */
const PART_STARTS = { early: 1, mid: 11, late: 21 } as const;

/** First day after the month a "completed" reference speaks of ("in its April report"). */
export function dayAfterMonth(r: DateReference, anchor: Anchor | null): IsoDay | null {
  if (!r.month) return null;
  const year = r.year ?? yearFor(r.month, anchor);
  if (!year) return null;
  // "In early April" is over by the 11th, "in mid-April" by the 21st.
  if (r.part === "early" || r.part === "mid")
    return isoDay(year, r.month, PART_STARTS[r.part] + 10);
  return r.month === 12 ? isoDay(year + 1, 1, 1) : isoDay(year, r.month + 1, 1);
}
