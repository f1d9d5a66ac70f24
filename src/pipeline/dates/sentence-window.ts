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
import { type DayWindow, dayWindow } from "./agreed-span.ts";
import { type DateReference, findDateReferences } from "./date-references.ts";
import type { EventAnchor } from "./event-anchors.ts";
import { cardinalValue, ORDINALS, ordinalValue } from "./number-words.ts";

/**
 * How one sentence that names a known event places the writing date. Each reader below looks
 * for one kind of cue and gives a window, or null when its cue is absent; the first that
 * answers speaks for the sentence, most telling cues first.
 */

const FUTURE =
  /\b(?:will|upcoming|next|planned|scheduled|set to|is to be|are to be|(?:to|and) (?:start|begin|resume|open|launch|hold))\b/i;
/** How far from the event's name a future cue may stand and still speak of it. */
const FUTURE_REACH = 60;
const WEEKDAY =
  /\b(?:on|last|this|since|late|early|said|says|announced|reported|told|added|confirmed|agreed|warned|declared) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\b/i;
const ORDINAL_DAY = new RegExp(`\\b(${ORDINALS.slice(0, 5).join("|")}) day of\\b`, "i");
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const COUNTED = "(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const AGO = new RegExp(`\\b${COUNTED} (day|week|month|year)s? ago\\b`, "i");
const IN_THE_PAST = new RegExp(
  `\\b(?:in|over|during|for) the (?:past|last) ${COUNTED} (day|week|month|year)s\\b`,
  "i",
);
const LAST_MONTH_NAMED = new RegExp(`\\blast (${MONTHS.join("|")})\\b`, "i");
const ANNIVERSARY = new RegExp(
  `\\b(${ORDINALS.join("|")}|\\d{1,2}(?:st|nd|rd|th))\\s+anniversary\\b`,
  "i",
);

/** What the readers share about the event and the sentence. */
interface Reading {
  sentence: string;
  anchor: EventAnchor;
  start: IsoDay;
  end: IsoDay;
  /** A long offensive that "began last week" is spoken of from its start. */
  recentEnd: IsoDay;
  leadWeekday: number | null;
  said: (why: string) => string;
  /** The sentence's date references, parsed at most once however many events it names. */
  dates: () => readonly DateReference[];
}

type Reader = (r: Reading) => DayWindow | null;

function quantity(word: string): number | null {
  if (word.toLowerCase() === "a") return 1;
  const n = cardinalValue(word);
  return n !== null && n > 0 ? n : null;
}

/** A day and month within three days of the event's span, in its year or across New Year. */
export function datesAgree(month: number, day: number, start: IsoDay, end: IsoDay): boolean {
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

/** A holiday named with a day and month is only the year's holiday that falls then. */
const otherYearsHoliday: Reader = ({ anchor, start, end, said, dates }) => {
  if (anchor.kind !== "holiday") return null;
  const days = dates().filter((r) => r.kind === "month-day");
  if (days.length === 0 || days.some((r) => datesAgree(r.month!, r.day!, start, end))) return null;
  return dayWindow(start, start, 0, said("is another year's"));
};

/**
 * A group or body named by its name exists, or a state of affairs named as current holds ("Bab
 * al-Hawa, the only crossing open to UN aid"): the text falls in its time, whatever else the
 * sentence reports ("HTS took Aleppo on Saturday" is not news of HTS's founding).
 */
const era: Reader = ({ anchor, start }) =>
  anchor.kind === "era"
    ? dayWindow(start, anchor.end, 0.25, `${anchor.name} (${start}..${anchor.end ?? ""}) is named`)
    : null;

/**
 * An officeholder named by name: the article falls in the term ("EU foreign policy chief
 * Federica Mogherini said"), or after it when the text calls them former. Terms are long, so
 * this only tips the balance between readings that other evidence leaves open.
 */
const office: Reader = ({ sentence, anchor }) => {
  if (anchor.kind !== "office") return null;
  const at = namedAt(sentence, anchor);
  // "Vice President Joe Biden" is not President Biden: a deputy's title holds the office's name.
  if (/\b(?:vice|deputy|assistant)[- ]?$/i.test(sentence.slice(Math.max(0, at - 12), at).trimEnd()))
    return dayWindow(anchor.start, anchor.start, 0, `${anchor.name} is named as a deputy`);
  const end = anchor.end;
  if (end && /\b(?:former|ex|then|late)\b[^.]*$/i.test(sentence.slice(Math.max(0, at - 40), at)))
    return dayWindow(end, null, 0.25, `${anchor.name} is named as former`);
  const term = `${anchor.name} (${anchor.start}..${end ?? "in office"}) is named`;
  return dayWindow(anchor.start, end ? addDays(end, 31) : null, 0.25, term);
};

/** Where in the sentence the event is first named (by any word of its patterns). */
function namedAt(sentence: string, anchor: EventAnchor): number {
  const lower = sentence.toLowerCase();
  return Math.min(
    ...anchor.patterns.flat().map((w) => {
      const i = lower.indexOf(w);
      return i < 0 ? sentence.length : i;
    }),
  );
}

/**
 * Spoken of as coming: "will be held at the end of this month", "next week". The cue must be
 * near the event's name: "As a cholera outbreak spreads, ... crowding will provide a breeding
 * ground" speaks of the outbreak as present.
 */
const future: Reader = ({ sentence, anchor, start, said }) => {
  const at = namedAt(sentence, anchor);
  const near = sentence.slice(Math.max(0, at - FUTURE_REACH), at + FUTURE_REACH);
  if (!FUTURE.test(near) || /\b(?:last|ago|since)\b/i.test(sentence)) return null;
  const before = addDays(start, -1);
  if (/\btomorrow\b/i.test(sentence)) return dayWindow(before, before, 1, said("is tomorrow"));
  if (/\bnext week\b/i.test(sentence))
    return dayWindow(addDays(start, -13), before, 1, said("is next week"));
  if (/\bthis month\b/i.test(sentence))
    return dayWindow(monthStart(start), before, 1, said("is later this month"));
  if (/\bnext month\b/i.test(sentence))
    return dayWindow(monthStart(start, -1), monthEnd(start, -1), 1, said("is next month"));
  return dayWindow(addDays(start, -90), before, 0.5, said("is still to come"));
};

/** Reported as the day's news: "yesterday", "today". */
const sameDays: Reader = ({ sentence, start, end, recentEnd, said }) => {
  if (/\byesterday\b/i.test(sentence))
    return dayWindow(addDays(start, 1), addDays(recentEnd, 1), 1.5, said("was yesterday"));
  if (/\b(?:today|tonight|this morning)\b/i.test(sentence))
    return dayWindow(start, end, 1.5, said("is today"));
  // "a huge breakthrough in the past couple of hours", "retreated a few hours ago": today's news.
  if (
    /\b(?:in|over|during|within) the (?:past|last) (?:(?:few|couple of|several|\d+|two|three) )?hours\b|\bhours? ago\b/i.test(
      sentence,
    )
  )
    return dayWindow(start, addDays(recentEnd, 1), 1.5, said("was hours ago"));
  // "came under fire over the weekend", said on Monday: the report follows within days.
  if (/\b(?:over|at|during) the weekend\b/i.test(sentence))
    return dayWindow(start, addDays(recentEnd, 3), 1, said("was over the weekend"));
  // "the overnight raid": last night's news, reported that day or the next.
  if (/\bovernight\b/i.test(sentence))
    return dayWindow(start, addDays(recentEnd, 1), 1.5, said("was overnight"));
  return null;
};

/** "On the eighth anniversary of the uprising": that many years to the day. */
const anniversary: Reader = ({ sentence, start, said }) => {
  const found = ANNIVERSARY.exec(sentence);
  if (!found) return null;
  const word = found[1]!.toLowerCase();
  const n = ordinalValue(word) ?? 0;
  const day = isoDay(
    Number(start.slice(0, 4)) + n,
    Number(start.slice(5, 7)),
    Number(start.slice(8, 10)),
  );
  return n >= 1 && day
    ? dayWindow(addDays(day, -3), addDays(day, 7), 1.5, said(`has its ${word} anniversary`))
    : null;
};

/**
 * A weekday in the sentence ("on Tuesday"): the event fell on it, and the report is from that
 * week. "The attack took place on the third day of Eid" points at the day the lead reports
 * ("killed seven civilians on Thursday") even when it names no weekday itself.
 */
const weekday: Reader = ({ sentence, anchor, start, end, recentEnd, leadWeekday, said }) => {
  const named = WEEKDAY.exec(sentence);
  const ordinal = ORDINAL_DAY.exec(sentence);
  const wd = named
    ? WEEKDAYS.indexOf((named[1] ?? named[2])!.toLowerCase() as (typeof WEEKDAYS)[number])
    : ordinal && leadWeekday !== null
      ? leadWeekday
      : null;
  if (wd === null) return null;
  // A holiday's "third day" is one day of it; otherwise any day of the event may be the one meant.
  const first = ordinal ? addDays(start, ordinalValue(ordinal[1]!)! - 1) : start;
  // Reports of a capture or a strike often come a day on ("took most of Aleppo on Saturday",
  // a day after rebels entered it): the day after an event may be the one named.
  const last = ordinal ? first : anchor.kind === "holiday" ? end : addDays(end, 1);
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (weekdayOf(d) === wd)
      return dayWindow(
        d,
        addDays(d, 6),
        named ? 1.5 : 1,
        said(`fell on the ${WEEKDAYS[wd]} named`),
      );
  }
  // The weekday belongs to something else in the sentence, or to another year's event.
  return dayWindow(start, addDays(recentEnd, 7), 0.25, said("is news, on another weekday"));
};

/** "The 77-day ceasefire" in force, "day 77 of the truce": the count runs from its first day. */
const dayCount: Reader = ({ sentence, start, said }) => {
  const count =
    /\b(\d{1,3})(?:st|nd|rd|th)?-day\b/i.exec(sentence) ?? /\bday (\d{1,3}) of\b/i.exec(sentence);
  if (!count || /\b(?:for|within|during|over) (?:a|the|its)? ?\d{1,3}-day\b/i.test(sentence))
    return null;
  const n = Number(count[1]);
  if (n < 2) return null;
  const day = addDays(start, n - 1);
  return dayWindow(addDays(day, -1), addDays(day, 1), 1, said(`is on its day ${n}`));
};

/**
 * "On Dec. 20, the regime launched a campaign on Maarat al-Numan and Saraqib": the sentence's
 * own day and month agree with the event's, so this is that event and its year; the text is
 * from the weeks after it.
 */
const agreeingDate: Reader = ({ sentence, start, end, recentEnd, said, dates }) => {
  const agreeing = dates().find(
    (r) => r.kind === "month-day" && !r.future && datesAgree(r.month!, r.day!, start, end),
  );
  if (!agreeing) return null;
  const dated = sentence.slice(agreeing.start, agreeing.end);
  return dayWindow(start, addDays(recentEnd, 60), 1, said(`is dated "${dated}" by the text`));
};

/** "this week", "last week", "last month", "last year", "this year", "last September". */
const relativePeriod: Reader = ({ sentence, start, recentEnd, said }) => {
  if (/\bthis week\b/i.test(sentence))
    return dayWindow(start, addDays(recentEnd, 7), 1, said("was this week"));
  if (/\blast week\b/i.test(sentence))
    return dayWindow(addDays(start, 1), addDays(recentEnd, 13), 1, said("was last week"));
  if (/\blast month\b/i.test(sentence))
    return dayWindow(monthStart(start, 1), monthEnd(start, 1), 1, said("was last month"));
  const year = Number(start.slice(0, 4));
  if (/\blast year\b/i.test(sentence))
    return dayWindow(`${year + 1}-01-01`, `${year + 1}-12-31`, 1, said("was last year"));
  if (/\b(?:earlier )?this year\b/i.test(sentence))
    return dayWindow(start, `${year}-12-31`, 1, said("was this year"));
  const named = LAST_MONTH_NAMED.exec(sentence);
  const month = named ? MONTHS.indexOf(named[1]!.toLowerCase() as (typeof MONTHS)[number]) + 1 : 0;
  if (month === Number(start.slice(5, 7)))
    return dayWindow(monthStart(start, 1), monthEnd(start, 12), 1, said(`was "${named![0]}"`));
  return null;
};

/** "three weeks ago", "in the past two years": that far from the event, give or take. */
const distance: Reader = ({ sentence, start, said }) => {
  const found = AGO.exec(sentence) ?? IN_THE_PAST.exec(sentence);
  const n = found ? quantity(found[1]!) : null;
  if (!found || n === null) return null;
  const unit = UNIT_DAYS[found[2]!.toLowerCase()]!;
  const mid = toDayNumber(start) + n * unit;
  const slack = Math.max(1, Math.round(unit / 2));
  return dayWindow(
    fromDayNumber(mid - slack),
    fromDayNumber(mid + slack),
    1,
    said(`was ${found[0]}`),
  );
};

/**
 * A one-day event named in passing while the lead reports a day of that very weekday ("a
 * watchdog said on Sunday" ... "lifted the siege on Wadi Deif"): most likely the news.
 */
const leadWeekdayNews: Reader = ({ anchor, start, end, leadWeekday, said }) => {
  if (leadWeekday === null || anchor.kind === "holiday") return null;
  if (toDayNumber(end) - toDayNumber(start) > 1) return null;
  if (![start, end].some((d) => weekdayOf(d) === leadWeekday)) return null;
  const lead = WEEKDAYS[leadWeekday];
  return dayWindow(start, addDays(end, 6), 1, said(`fell on the ${lead} the article leads with`));
};

const READERS: readonly Reader[] = [
  office,
  otherYearsHoliday,
  era,
  future,
  sameDays,
  anniversary,
  weekday,
  dayCount,
  agreeingDate,
  relativePeriod,
  distance,
  leadWeekdayNews,
];

/**
 * The window one sentence gives for the writing date, read from how it speaks of the event:
 * as coming, as news, at a stated distance, dated by the text itself, or only as past (a lower
 * bound that keeps older readings out but never outweighs a bounded window).
 */
export function windowFromSentence(
  sentence: string,
  anchor: EventAnchor,
  leadWeekday: number | null = null,
  dates: () => readonly DateReference[] = () => findDateReferences(sentence),
): DayWindow {
  const start = anchor.start;
  const end = anchor.end ?? anchor.start;
  const reading: Reading = {
    sentence,
    anchor,
    start,
    end,
    recentEnd: toDayNumber(end) - toDayNumber(start) <= 7 ? end : start,
    leadWeekday,
    said: (why) => `${anchor.name} (${start}) ${why}`,
    dates,
  };
  for (const read of READERS) {
    const window = read(reading);
    if (window) return window;
  }
  return dayWindow(start, null, 0.25, reading.said("is past"));
}
