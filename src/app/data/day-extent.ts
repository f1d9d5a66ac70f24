import type { DateBasis } from "../../shared/types";
import type { Dataset } from "./dataset";
import type { DayRange } from "./days";
import { mentionDay } from "./mention-day";

/** Datasets never change once loaded, so each extent is computed once per basis. */
const extentCache = new WeakMap<Dataset, Partial<Record<DateBasis, DayRange | null>>>();

/** First and last day that any mention falls on under the basis; null when nothing is dated. */
export function dayExtent(dataset: Dataset, basis: DateBasis): DayRange | null {
  const cached = extentCache.get(dataset) ?? {};
  if (basis in cached) return cached[basis] ?? null;
  let from: string | null = null;
  let to: string | null = null;
  for (const mention of dataset.mentions) {
    const day = mentionDay(mention, dataset.articleById.get(mention.article), basis);
    if (day === null) continue;
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  const extent = from !== null && to !== null ? { from, to } : null;
  extentCache.set(dataset, { ...cached, [basis]: extent });
  return extent;
}

/** A range equal to the whole extent is the default, stored as null so links stay short. */
export function normalizeRange(range: DayRange | null, extent: DayRange | null): DayRange | null {
  if (range === null || extent === null) return range;
  return range.from <= extent.from && range.to >= extent.to ? null : range;
}
