import { toDayNumber } from "../../shared/calendar.ts";
import type { DayWindow } from "./agreed-span.ts";
import { type DateReference, findDateReferences } from "./date-references.ts";
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
  const recurring = recurringEvents(anchors);
  sentences.forEach((sentence, i) => {
    const lower = sentence.toLowerCase();
    const words = wordsOf(lower);
    const here = places?.bySentence[i];
    const placesHere = places && here ? { named: places.named, here } : undefined;
    let refs: DateReference[] | undefined;
    const dates = () => (refs ??= findDateReferences(sentence));
    for (const entry of keyed) {
      const { anchor } = entry;
      if (!namesKeyedEvent(sentence, lower, words, entry, placesHere)) continue;
      const window = {
        ...windowFromSentence(sentence, anchor, leadWeekday, dates),
        ...(recurring.has(anchor.id) ? { recurring: true } : {}),
      };
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

const recurringCache = new WeakMap<readonly EventAnchor[], ReadonlySet<string>>();

/** Events worded exactly like another row (yearly UN votes, holidays): one match names several. */
function recurringEvents(anchors: readonly EventAnchor[]): ReadonlySet<string> {
  let ids = recurringCache.get(anchors);
  if (!ids) {
    const owners = new Map<string, Set<string>>();
    for (const a of anchors)
      for (const alt of a.patterns) {
        const key = alt.join("&");
        owners.set(key, (owners.get(key) ?? new Set()).add(a.id));
      }
    ids = new Set([...owners.values()].filter((o) => o.size > 1).flatMap((o) => [...o]));
    recurringCache.set(anchors, ids);
  }
  return ids;
}

function narrower(a: DayWindow, b: DayWindow): boolean {
  if (a.to === null) return false;
  if (b.to === null) return true;
  return toDayNumber(a.to) - toDayNumber(a.from) < toDayNumber(b.to) - toDayNumber(b.from);
}
