import type { DateBasis, IsoDay, Mention } from "../../shared/types";
import type { Dataset } from "./dataset";
import type { DayRange } from "./days";
import { isDayInRange, mentionDay } from "./mention-day";

/** A mention with its position in mentions.json (a stable key) and its day under the basis. */
export interface VisibleMention {
  mention: Mention;
  index: number;
  day: IsoDay | null;
}

/** Every mention inside the range. One linear pass: fine for tens of thousands of mentions. */
export function mentionsInRange(
  dataset: Dataset,
  basis: DateBasis,
  range: DayRange | null,
): VisibleMention[] {
  const visible: VisibleMention[] = [];
  dataset.mentions.forEach((mention, index) => {
    const day = mentionDay(mention, dataset.articleById.get(mention.article), basis);
    if (isDayInRange(day, range)) visible.push({ mention, index, day });
  });
  return visible;
}

/** Mentions per place id; unplaced mentions are not counted. */
export function countByPlace(visible: readonly VisibleMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { mention } of visible) {
    if (mention.place !== null) counts.set(mention.place, (counts.get(mention.place) ?? 0) + 1);
  }
  return counts;
}

/** Distinct surface forms of unplaced mentions, most frequent first, so none are lost. */
export function unplacedNames(visible: readonly VisibleMention[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { mention } of visible) {
    if (mention.place === null) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
