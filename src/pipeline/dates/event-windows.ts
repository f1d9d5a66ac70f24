import {
  addDays,
  fromDayNumber,
  isoDay,
  MONTHS,
  toDayNumber,
  WEEKDAYS,
  weekdayOf,
} from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import { findDateReferences } from "./date-references.ts";
import type { EventAnchor } from "./event-anchors.ts";
import { keyWordsOf, type NamedPlaces, namesEvent, wordsOf } from "./event-patterns.ts";

/**
 * What one sentence naming a known event says about when the article was written: a span of
 * days (open-ended when the sentence only shows the event is past) and how much it counts.
 */
export interface DayWindow {
  from: IsoDay;
  /** Null: no upper bound ("since the Sochi deal"). */
  to: IsoDay | null;
  weight: number;
  why: string;
}

const FUTURE = /\b(?:will|upcoming|next|planned|scheduled|set to|is to be|are to be)\b/i;
const WEEKDAY =
  /\b(?:on|last|this|since|late|early) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\b/i;
const ORDINAL_DAY = /\b(first|second|third|fourth|fifth) day of\b/i;
const ORDINALS = ["first", "second", "third", "fourth", "fifth"];
const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
];
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

function quantity(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const i = NUMBER_WORDS.indexOf(word.toLowerCase());
  return i > 0 ? i : word.toLowerCase() === "a" ? 1 : null;
}

/** A day and month within three days of the event's span, in its year or across New Year. */
function datesAgree(month: number, day: number, start: IsoDay, end: IsoDay): boolean {
  const from = toDayNumber(start) - 3;
  const to = toDayNumber(end) + 3;
  const year = Number(start.slice(0, 4));
  return [year - 1, year, year + 1].some((y) => {
    const d = isoDay(y, month, day);
    return d !== null && toDayNumber(d) >= from && toDayNumber(d) <= to;
  });
}

function monthStart(day: IsoDay, shift = 0): IsoDay {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + shift;
  return isoDay(y + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1, 1)!;
}

function monthEnd(day: IsoDay, shift = 0): IsoDay {
  return addDays(monthStart(day, shift + 1), -1);
}

/**
 * The window one sentence gives for the writing date, read from how it speaks of the event:
 * as coming ("will be held at the end of this month"), as news ("on Tuesday", "yesterday"),
 * at a stated distance ("last September", "last year", "three weeks ago") or only as past.
 */
export function windowFromSentence(
  sentence: string,
  anchor: EventAnchor,
  leadWeekday: number | null = null,
): DayWindow {
  const start = anchor.start;
  const end = anchor.end ?? anchor.start;
  const said = (why: string) => `${anchor.name} (${start}) ${why}`;
  // A long offensive that "began last week" is spoken of from its start.
  const recentEnd = toDayNumber(end) - toDayNumber(start) <= 7 ? end : start;
  if (anchor.kind === "office") return officeWindow(sentence, anchor);
  // A holiday named with a day and month ("Eid al-Adha starting on October 26") is only the
  // year's holiday that falls then; every other year's row is ruled out.
  if (anchor.kind === "holiday") {
    const days = findDateReferences(sentence).filter((r) => r.kind === "month-day");
    if (days.length > 0 && !days.some((r) => datesAgree(r.month!, r.day!, start, end)))
      return { from: start, to: start, weight: 0, why: said("is another year's") };
  }
  // A group or body named by its name exists: the text is later than its founding, whatever
  // else the sentence reports ("HTS took Aleppo on Saturday" is not news of HTS's founding).
  if (anchor.kind === "era")
    return { from: start, to: null, weight: 0.25, why: `${anchor.name} (${start}) is named` };
  if (FUTURE.test(sentence) && !/\b(?:last|ago|since)\b/i.test(sentence)) {
    if (/\btomorrow\b/i.test(sentence))
      return {
        from: addDays(start, -1),
        to: addDays(start, -1),
        weight: 1,
        why: said("is tomorrow"),
      };
    if (/\bnext week\b/i.test(sentence))
      return {
        from: addDays(start, -13),
        to: addDays(start, -1),
        weight: 1,
        why: said("is next week"),
      };
    if (/\bthis month\b/i.test(sentence))
      return {
        from: monthStart(start),
        to: addDays(start, -1),
        weight: 1,
        why: said("is later this month"),
      };
    if (/\bnext month\b/i.test(sentence))
      return {
        from: monthStart(start, -1),
        to: monthEnd(start, -1),
        weight: 1,
        why: said("is next month"),
      };
    return {
      from: addDays(start, -90),
      to: addDays(start, -1),
      weight: 0.5,
      why: said("is still to come"),
    };
  }
  if (/\byesterday\b/i.test(sentence))
    return {
      from: addDays(start, 1),
      to: addDays(recentEnd, 1),
      weight: 1.5,
      why: said("was yesterday"),
    };
  if (/\b(?:today|tonight|this morning)\b/i.test(sentence))
    return { from: start, to: end, weight: 1.5, why: said("is today") };
  // "on the eighth anniversary of the uprising": that many years to the day.
  const anniversary = new RegExp(
    `\\b(${ORDINAL_WORDS.join("|")}|\\d{1,2}(?:st|nd|rd|th))\\s+anniversary\\b`,
    "i",
  ).exec(sentence);
  if (anniversary) {
    const word = anniversary[1]!.toLowerCase();
    const n = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.indexOf(word) + 1;
    const day = isoDay(
      Number(start.slice(0, 4)) + n,
      Number(start.slice(5, 7)),
      Number(start.slice(8, 10)),
    );
    if (n >= 1 && day)
      return {
        from: addDays(day, -3),
        to: addDays(day, 7),
        weight: 1.5,
        why: said(`has its ${word} anniversary`),
      };
  }
  const named = WEEKDAY.exec(sentence);
  const ordinal = ORDINAL_DAY.exec(sentence);
  // "The attack took place on the third day of Eid" points at the day the lead reports
  // ("killed seven civilians on Thursday") even when it names no weekday itself.
  const wd = named
    ? WEEKDAYS.indexOf((named[1] ?? named[2])!.toLowerCase() as (typeof WEEKDAYS)[number])
    : ordinal && leadWeekday !== null
      ? leadWeekday
      : null;
  if (wd !== null) {
    const weight = named ? 1.5 : 1;
    // A holiday's "third day" is one day of it; otherwise any day of the event may be the one meant.
    const first = ordinal ? addDays(start, ORDINALS.indexOf(ordinal[1]!.toLowerCase())) : start;
    const last = ordinal ? first : end;
    for (let d = first; d <= last; d = addDays(d, 1)) {
      if (weekdayOf(d) === wd)
        return {
          from: d,
          to: addDays(d, 6),
          weight,
          why: said(`fell on the ${WEEKDAYS[wd]} named`),
        };
    }
    // The weekday belongs to something else in the sentence, or to another year's event.
    return {
      from: start,
      to: addDays(recentEnd, 7),
      weight: 0.25,
      why: said("is news, on another weekday"),
    };
  }
  // "the 77-day ceasefire" in force, "day 77 of the truce": the count runs from its first day.
  const count =
    /\b(\d{1,3})(?:st|nd|rd|th)?-day\b/i.exec(sentence) ?? /\bday (\d{1,3}) of\b/i.exec(sentence);
  if (count && !/\b(?:for|within|during|over) (?:a|the|its)? ?\d{1,3}-day\b/i.test(sentence)) {
    const n = Number(count[1]);
    if (n >= 2) {
      const day = addDays(start, n - 1);
      return {
        from: addDays(day, -1),
        to: addDays(day, 1),
        weight: 1,
        why: said(`is on its day ${n}`),
      };
    }
  }
  // "On Dec. 20, the regime launched a campaign on Maarat al-Numan and Saraqib": the sentence's
  // own day and month agree with the event's, so this is that event and its year; the text is from the weeks after it.
  const agreeing = findDateReferences(sentence).find(
    (r) => r.kind === "month-day" && !r.future && datesAgree(r.month!, r.day!, start, end),
  );
  if (agreeing)
    return {
      from: start,
      to: addDays(recentEnd, 60),
      weight: 1,
      why: said(`is dated "${sentence.slice(agreeing.start, agreeing.end)}" by the text`),
    };
  if (/\bthis week\b/i.test(sentence))
    return { from: start, to: addDays(recentEnd, 7), weight: 1, why: said("was this week") };
  if (/\blast week\b/i.test(sentence))
    return {
      from: addDays(start, 1),
      to: addDays(recentEnd, 13),
      weight: 1,
      why: said("was last week"),
    };
  if (/\blast month\b/i.test(sentence))
    return {
      from: monthStart(start, 1),
      to: monthEnd(start, 1),
      weight: 1,
      why: said("was last month"),
    };
  if (/\blast year\b/i.test(sentence)) {
    const next = Number(start.slice(0, 4)) + 1;
    return { from: `${next}-01-01`, to: `${next}-12-31`, weight: 1, why: said("was last year") };
  }
  if (/\b(?:earlier )?this year\b/i.test(sentence))
    return { from: start, to: `${start.slice(0, 4)}-12-31`, weight: 1, why: said("was this year") };
  const lastMonth =
    /\blast (january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(
      sentence,
    );
  if (
    lastMonth &&
    MONTHS.indexOf(lastMonth[1]!.toLowerCase() as (typeof MONTHS)[number]) + 1 ===
      Number(start.slice(5, 7))
  )
    return {
      from: monthStart(start, 1),
      to: monthEnd(start, 12),
      weight: 1,
      why: said(`was "last ${lastMonth[1]}"`),
    };
  const ago =
    /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s? ago\b/i.exec(
      sentence,
    );
  const span =
    /\b(?:in|over|during|for) the (?:past|last) (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s\b/i.exec(
      sentence,
    );
  const distance = ago ?? span;
  if (distance) {
    const n = quantity(distance[1]!);
    const unit = UNIT_DAYS[distance[2]!.toLowerCase()]!;
    if (n !== null) {
      const mid = toDayNumber(start) + n * unit;
      const slack = Math.max(1, Math.round(unit / 2));
      return {
        from: fromDayNumber(mid - slack),
        to: fromDayNumber(mid + slack),
        weight: 1,
        why: said(`was ${distance[0]}`),
      };
    }
  }
  // A one-day event named in passing while the lead reports a day of that very weekday
  // ("a watchdog said on Sunday" ... "lifted the siege on Wadi Deif"): most likely the news.
  if (
    leadWeekday !== null &&
    anchor.kind !== "holiday" &&
    toDayNumber(end) - toDayNumber(start) <= 1 &&
    [start, end].some((d) => weekdayOf(d) === leadWeekday)
  )
    return {
      from: start,
      to: addDays(end, 6),
      weight: 1,
      why: said(`fell on the ${WEEKDAYS[leadWeekday]} the article leads with`),
    };
  // Only a lower bound: it keeps older readings out but never outweighs a bounded window.
  return { from: start, to: null, weight: 0.25, why: said("is past") };
}

/**
 * An officeholder named by name: the article falls in the term ("EU foreign policy chief
 * Federica Mogherini said"), or after it when the text calls them former. Terms are long, so
 * this only tips the balance between readings that other evidence leaves open.
 */
function officeWindow(sentence: string, anchor: EventAnchor): DayWindow {
  const at = firstMatchIndex(sentence, anchor);
  const before = sentence.slice(Math.max(0, at - 40), at);
  const end = anchor.end;
  if (end && /\b(?:former|ex|then|late)\b[^.]*$/i.test(before))
    return { from: end, to: null, weight: 0.25, why: `${anchor.name} is named as former` };
  return {
    from: anchor.start,
    to: end ? addDays(end, 31) : null,
    weight: 0.25,
    why: `${anchor.name} (${anchor.start}..${end ?? "in office"}) is named`,
  };
}

function firstMatchIndex(sentence: string, anchor: EventAnchor): number {
  let first = sentence.length;
  for (const alt of anchor.patterns) {
    for (const w of alt) {
      const i = sentence.toLowerCase().indexOf(w);
      if (i >= 0 && i < first) first = i;
    }
  }
  return first;
}

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

export interface AgreedSpan {
  from: IsoDay;
  to: IsoDay | null;
  weight: number;
  reasons: string[];
  /** Another span, far from this one, is as well supported. */
  ambiguous: boolean;
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
  const stretches: Array<{ from: number; to: number; weight: number; reasons: string[] }> = [];
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
    } else merged.push({ ...s });
  }
  const chosen = merged[0]!;
  return {
    from: fromDayNumber(chosen.from),
    to: chosen.to === INF ? null : fromDayNumber(chosen.to),
    weight: chosen.weight,
    reasons: chosen.reasons,
    ambiguous: merged.length > 1,
  };
}
