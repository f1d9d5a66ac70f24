import { toDayNumber } from "../../shared/calendar.ts";
import type { DayWindow } from "./agreed-span.ts";
import type { EventAnchor } from "./event-anchors.ts";
import { keyWordsOf, type NamedPlaces, namesEvent, wordsOf } from "./event-patterns.ts";
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
    for (const { anchor, keys, placeIds } of keyed) {
      // Cheap first test: a sentence without any alternative's key word, or a place the event
      // names, cannot name the event.
      if (keys && !keys.some((k) => words.has(k)) && !sharesPlace(placeIds, here)) continue;
      if (!namesEvent(sentence, anchor, lower, placesHere)) continue;
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

function sharesPlace(ids: ReadonlySet<string>, here: ReadonlySet<string> | undefined): boolean {
  if (!here || ids.size === 0) return false;
  for (const id of here) if (ids.has(id)) return true;
  return false;
}

function narrower(a: DayWindow, b: DayWindow): boolean {
  if (a.to === null) return false;
  if (b.to === null) return true;
  return toDayNumber(a.to) - toDayNumber(a.from) < toDayNumber(b.to) - toDayNumber(b.from);
}
