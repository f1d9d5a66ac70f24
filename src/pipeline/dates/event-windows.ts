import { addDays, toDayNumber } from "../../shared/calendar.ts";
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
      const read = windowFromSentence(sentence, anchor, leadWeekday, dates);
      const window = {
        ...(i < LEAD_SENTENCES ? asLeadNews(read, anchor, sentence) : read),
        ...(recurring.has(anchor.id) ? { recurring: true } : {}),
        ...(isShortNews(anchor) ? { shortNews: true } : {}),
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

/** The title and the first sentence: where a report names the news it brings. */
const LEAD_SENTENCES = 2;
/** Words that set what follows them after an event: its aftermath, not its news. */
const AFTERMATH =
  /\b(?:after|following|since|in the wake of|aftermath|ago|anniversary|years?|months?|weeks?|former|return(?:s|ed|ing)?)\b/i;
const LEAD_NEWS_KINDS: ReadonlySet<string> = new Set(["event", "attack", "offensive"]);
/** Events this short can be a day's news; longer ones are campaigns and eras. */
const NEWS_DAYS = 3;

/** Over within days: short enough to be a day's news. */
function isShort(anchor: EventAnchor): boolean {
  return toDayNumber(anchor.end ?? anchor.start) - toDayNumber(anchor.start) < NEWS_DAYS;
}

/** A fight, strike or disaster over within days: reporting on it follows within days. */
function isShortNews(anchor: EventAnchor): boolean {
  return SHORT_NEWS_KINDS.has(anchor.kind) && isShort(anchor);
}
// Not offensives: a campaign is named for as long as it lasts and after.
const SHORT_NEWS_KINDS: ReadonlySet<string> = new Set(["event", "attack", "disaster"]);

/**
 * A short event named in the title or the lead with nothing that sets it in the past ("Syrian
 * army breaks the siege of Kuweires"): that is the report's news, not background, so the text
 * is from its days rather than merely after them.
 */
function asLeadNews(read: DayWindow, anchor: EventAnchor, sentence: string): DayWindow {
  if (read.to !== null || read.weight > 0.25) return read;
  // "After Assad's exit, refugees begin journey back": an event the lead builds on is past.
  if (AFTERMATH.test(sentence)) return read;
  // Agreements, truces, summits and votes are cited for years; a fight or a strike is news.
  if (!LEAD_NEWS_KINDS.has(anchor.kind) || !isShort(anchor)) return read;
  return {
    ...read,
    to: addDays(anchor.end ?? anchor.start, NEWS_DAYS),
    weight: 1,
    why: `${anchor.name} (${anchor.start}) is the news of the lead`,
  };
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
