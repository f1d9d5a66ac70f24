import type { Article, DateBasis, IsoDay, Mention } from "../../shared/types";
import type { DayRange } from "./days";

/**
 * The day a mention counts under for the chosen basis. The event basis falls back to the
 * publication day because the pipeline already does so when a sentence carries no date.
 */
export function mentionDay(
  mention: Mention,
  article: Article | undefined,
  basis: DateBasis,
): IsoDay | null {
  if (basis === "event") return mention.date ?? article?.published ?? null;
  return article?.published ?? null;
}

/**
 * Whether a mention is inside the range. `null` range means "everything", including undated
 * mentions; once a user narrows the range, undated mentions cannot be placed in it and drop out.
 */
export function isDayInRange(day: IsoDay | null, range: DayRange | null): boolean {
  if (range === null) return true;
  if (day === null) return false;
  return day >= range.from && day <= range.to;
}
