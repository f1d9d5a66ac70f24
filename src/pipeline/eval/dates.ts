/** Publication-date verdicts for one article, per the README's date rules. */
import type { DatePrecision } from "./gold.ts";

export interface DateVerdict {
  /** Equal to the gold day, or in the gold month when the gold is only month-precise. */
  exact: boolean;
  /** Within 7 days of the gold day (or `exact`, see judgeDate). */
  within7: boolean;
  /** Predicted minus gold in days; null when nothing was predicted. */
  diffDays: number | null;
}

const DAY_MS = 86_400_000;

function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

/**
 * Judges a predicted publication day against the gold one. Both are `YYYY-MM-DD` (validated on
 * read). A null prediction (pipeline could not infer a date) is wrong at both levels.
 *
 * For month precision, a same-month prediction also counts as within 7 days even when it is
 * further than 7 days from the gold best-estimate day: the annotator only vouches for the month,
 * and "within 7 days" must never be stricter than "exact".
 */
export function judgeDate(
  predicted: string | null,
  gold: string,
  precision: DatePrecision,
): DateVerdict {
  if (predicted === null) return { exact: false, within7: false, diffDays: null };
  const diffDays = dayNumber(predicted) - dayNumber(gold);
  const exact = precision === "month" ? predicted.slice(0, 7) === gold.slice(0, 7) : diffDays === 0;
  return { exact, within7: exact || Math.abs(diffDays) <= 7, diffDays };
}
