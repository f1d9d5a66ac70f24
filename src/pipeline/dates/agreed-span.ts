import { fromDayNumber, toDayNumber } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";

/**
 * What one piece of evidence says about when an article was written: a span of days
 * (open-ended when it only shows a lower bound) and how much it counts.
 */
export interface DayWindow {
  from: IsoDay;
  /** Null: no upper bound ("since the Sochi deal"). */
  to: IsoDay | null;
  weight: number;
  why: string;
  /** From an event whose wording other rows share (a yearly UN vote, a holiday). */
  recurring?: boolean;
  /** From a fight, strike or disaster of a day or two: news that is reported soon after. */
  shortNews?: boolean;
}

export function dayWindow(from: IsoDay, to: IsoDay | null, weight: number, why: string): DayWindow {
  return { from, to, weight, why };
}

export interface AgreedSpan {
  from: IsoDay;
  to: IsoDay | null;
  weight: number;
  reasons: string[];
  /** Another span, far from this one, is as well supported. */
  ambiguous: boolean;
  /** Backed by a bounded window of full weight from an event no other row words the same way. */
  firm: boolean;
  /** Its lower bound is the day of a short news event (see `DayWindow.shortNews`). */
  fromShortNews: boolean;
}

/**
 * The span of days that the most evidence agrees on: windows add their weight where they
 * overlap, and the heaviest stretch wins. A wrong match (another year's holiday, an event
 * named in passing) then costs only its own weight instead of emptying an intersection.
 */
export function agreedSpan(windows: readonly DayWindow[]): AgreedSpan | null {
  if (windows.length === 0) return null;
  const INF = Number.MAX_SAFE_INTEGER;
  const edges = new Set<number>();
  for (const w of windows) {
    edges.add(toDayNumber(w.from));
    edges.add(w.to === null ? INF : toDayNumber(w.to) + 1);
  }
  const points = [...edges].sort((a, b) => a - b);
  const stretches: Array<{
    from: number;
    to: number;
    weight: number;
    reasons: string[];
    firm: boolean;
  }> = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const next = points[i + 1]!;
    const covering = windows.filter(
      (w) => toDayNumber(w.from) <= from && (w.to === null || toDayNumber(w.to) >= from),
    );
    const weight = covering.reduce((sum, w) => sum + w.weight, 0);
    if (weight > 0)
      stretches.push({
        from,
        to: next === INF ? INF : next - 1,
        weight,
        reasons: covering.map((w) => w.why),
        firm: covering.some((w) => w.to !== null && w.weight >= 1 && !w.recurring),
      });
  }
  if (stretches.length === 0) return null;
  const top = Math.max(...stretches.map((s) => s.weight));
  const best = stretches.filter((s) => s.weight === top);
  // Touching stretches of the same weight are one span.
  const merged: typeof best = [];
  for (const s of best) {
    const prev = merged[merged.length - 1];
    if (prev && prev.to !== INF && prev.to + 1 >= s.from) {
      prev.to = s.to;
      prev.reasons = [...new Set([...prev.reasons, ...s.reasons])];
      prev.firm = prev.firm || s.firm;
    } else merged.push({ ...s });
  }
  const chosen = merged[0]!;
  return {
    from: fromDayNumber(chosen.from),
    to: chosen.to === INF ? null : fromDayNumber(chosen.to),
    weight: chosen.weight,
    reasons: chosen.reasons,
    ambiguous: merged.length > 1,
    firm: chosen.firm,
    fromShortNews: startsWithShortNews(windows, chosen.from),
  };
}

/**
 * Whether the windows opening on `day` are all short news events. A term of office or an era
 * opening the same day (a minister sworn in with the government) is named for years after.
 */
function startsWithShortNews(windows: readonly DayWindow[], day: number): boolean {
  const opening = windows.filter((w) => toDayNumber(w.from) === day);
  return opening.length > 0 && opening.every((w) => w.shortNews && !w.recurring);
}
