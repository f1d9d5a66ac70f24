import { toDayNumber } from "../../shared/calendar.ts";
import type { DayWindow } from "./agreed-span.ts";
import type { EventAnchor } from "./event-anchors.ts";
import { keyWordsOf, type NamedPlaces, namesKeyedEvent, wordsOf } from "./event-patterns.ts";
import { windowFromSentence } from "./sentence-window.ts";

/**
 * The windows the article's sentences give, one per event: the sentence that places the event
 * most tightly speaks for it, so an event named five times counts once.
 */
export function eventWindows(
  sentences: readonly string[],
  anchors: readonly EventAnchor[],
  leadWeekday: number | null = null,
  places?: { named: NamedPlaces; bySentence: ReadonlyArray<ReadonlySet<string>> },
): DayWindow[] {
  const best = new Map<string, DayWindow>();
  const keyed = keyWordsOf(anchors, places?.named);
  sentences.forEach((sentence, i) => {
    const lower = sentence.toLowerCase();
    const words = wordsOf(lower);
    const here = places?.bySentence[i];
    const placesHere = places && here ? { named: places.named, here } : undefined;
    for (const entry of keyed) {
      const { anchor } = entry;
      if (!namesKeyedEvent(sentence, lower, words, entry, placesHere)) continue;
      const window = windowFromSentence(sentence, anchor, leadWeekday);
      // A holiday recurs every year: named with nothing that places it, it says nothing.
      if ((anchor.kind === "holiday" && window.to === null) || window.weight === 0) continue;
      const held = best.get(anchor.id);
      if (
        !held ||
        window.weight > held.weight ||
        (window.weight === held.weight && narrower(window, held))
      )
        best.set(anchor.id, window);
    }
  });
  return [...best.values()];
}

function narrower(a: DayWindow, b: DayWindow): boolean {
  if (a.to === null) return false;
  if (b.to === null) return true;
  return toDayNumber(a.to) - toDayNumber(a.from) < toDayNumber(b.to) - toDayNumber(b.from);
}
