import { isoDay } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import type { DateReference } from "./date-references.ts";

/**
 * The year a reference without one most plausibly means: news recounts the recent past, so a
 * bare "April 25" is the first April 25 on or after the latest month the article dates fully.
 */
export function yearFor(month: number, anchor: Anchor | null): number | null {
  if (!anchor) return null;
  return month >= anchor.month ? anchor.year : anchor.year + 1;
}

/** The latest (year, month) the text states in full: "September 2018", "December 24, 2019". */
export function latestAnchor(
  refs: readonly DateReference[],
): { year: number; month: number } | null {
  let best: { year: number; month: number } | null = null;
  for (const r of refs) {
    if ((r.kind !== "full" && r.kind !== "month-year") || !r.year || !r.month) continue;
    if (!best || r.year * 12 + r.month > best.year * 12 + best.month)
      best = { year: r.year, month: r.month };
  }
  return best;
}

/** First day the reference can stand for, given the anchor for references without a year. */
export function earliestDay(r: DateReference, anchor: Anchor | null): IsoDay | null {
  if (!r.month) return null;
  const year = r.year ?? yearFor(r.month, anchor);
  if (!year) return null;
  if (r.kind === "full" || r.kind === "month-day") return isoDay(year, r.month, r.day ?? 1);
  return isoDay(year, r.month, 1);
}

/** First day after the month a "completed" reference speaks of ("in its April report"). */
export function dayAfterMonth(r: DateReference, anchor: Anchor | null): IsoDay | null {
  if (!r.month) return null;
  const year = r.year ?? yearFor(r.month, anchor);
  if (!year) return null;
  return r.month === 12 ? isoDay(year + 1, 1, 1) : isoDay(year, r.month + 1, 1);
}
