import { addDays, isoDay, toDayNumber, weekdayOf, WEEKDAYS } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import { type DateReference, findDateReferences } from "./date-references.ts";
import type { EventAnchor } from "./event-anchors.ts";
import type { NamedPlaces } from "./event-patterns.ts";
import { type AgreedSpan, agreedSpan } from "./agreed-span.ts";
import { eventWindows } from "./event-windows.ts";
import { warAgeWindows } from "./war-age.ts";
import {
  datelineDayFrom,
  datelineLabel,
  type WireDateline,
  wireDateline,
} from "./wire-dateline.ts";
import { type DatedText, readDates, sentenceAt } from "./event-date.ts";
import { type Anchor, dayAfterMonth, earliestDay, latestAnchor } from "./resolve-reference.ts";

export interface PublishedInference {
  published: IsoDay | null;
  basis: string;
}

const DATELINE_WORDS =
  /^[ \t]*(?:Published|Updated|Posted|Date|Last updated|Publication date)\b[^\n]*$/im;
/** Lines this close to the top that are short and hold a full date are datelines. */
const HEAD_LINES = 6;
const MAX_DATELINE_CHARS = 120;
/**
 * A photo caption dated after its sentence ("A soldier holds a flag in Khan Shaykhun, Idlib.
 * August 24, 2019") dates the photo, not the report: a sentence of five words or more ending
 * inside the line.
 */
const CAPTION_SENTENCE = /(?:[\p{L}\p{N}'’,-]+\s+){4,}[\p{L}\p{N}'’,-]+[.!?]\s+\S/u;
/** How far from the end a date stamp may stand, and how long it may be. */
const TAIL_LINES = 3;
const MAX_STAMP_CHARS = 40;

function dayFromLine(line: string): IsoDay | null {
  // Day first (05.02.2019, 24/12/2019), as outlets outside the US write it; month first only
  // when the second number cannot be one (12/24/2019).
  const numeric = /\b(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?((?:19|20)\d{2})\b/.exec(line);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return b > 12 ? isoDay(year, a, b) : isoDay(year, b, a);
  }
  const slashed = /\b((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?:T|\b)/.exec(line);
  if (slashed) return isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const full = findDateReferences(line).find((r) => r.kind === "full");
  return full && full.year && full.month ? isoDay(full.year, full.month, full.day ?? 1) : null;
}

/**
 * An explicit dateline: a "Published 05.02.2019 00:07" line (day.month.year, as Daily Sabah
 * writes it), "Publication date: 2019/01/12", or a short line near the top holding a full date
 * that is not a sentence ("Tue 28th April 2020 | 06:36 PM", "Flash Update - As of 6 February 2020").
 */
export function explicitPublished(text: string): PublishedInference | null {
  const labelled = DATELINE_WORDS.exec(text)?.[0];
  const nonEmpty = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const head = nonEmpty.slice(0, HEAD_LINES);
  // Some pages stamp the date under the story instead ("12. 09. 2019, 05:05"): a line of
  // nothing but a date and a time among the last few.
  const tail = nonEmpty
    .slice(Math.max(HEAD_LINES, nonEmpty.length - TAIL_LINES))
    .filter((l) => l.length <= MAX_STAMP_CHARS && /^[\s\d.,:/-]+$/.test(l));
  const lines = [
    ...(labelled ? [labelled] : []),
    ...head.filter(
      (l) => l.length <= MAX_DATELINE_CHARS && !/\.\s*$/.test(l) && !CAPTION_SENTENCE.test(l),
    ),
    ...tail,
  ];
  for (const line of lines) {
    const day = dayFromLine(line);
    if (day)
      return {
        published: day,
        basis: `dateline "${line.trim()}"${/\d\.\d/.test(line) ? " (day.month.year)" : ""}`,
      };
  }
  return null;
}

/**
 * Infer the publication day from what the text dates. The lower bound is the latest day the
 * text places in the past (a full date, "April 25" in the year the text implies, the day after a
 * month spoken of as finished); weekday references ("on Friday") then pick the first day from
 * that bound whose past week holds every weekday the article mentions.
 */
export function inferPublished(
  text: string,
  events: readonly EventAnchor[] = [],
  dated: DatedText = readDates(text),
  places?: PlacesInText,
): PublishedInference {
  const explicit = explicitPublished(text);
  if (explicit) return explicit;
  const labelled = DATELINE_WORDS.exec(text)?.[0]?.trim();
  const rejected =
    labelled && /\d/.test(labelled) ? `the dateline "${labelled}" is not a real day; ` : "";
  const wire = wireDateline(text);
  if (wire?.year) {
    const day = isoDay(wire.year, wire.month, wire.day);
    if (day)
      return {
        published: day,
        basis: datelineLabel(wire),
      };
  }
  // The wire's own day and month are not a past reference to reason from.
  const refs = wire
    ? dated.refs.filter((r) => r.end <= wire.start || r.start >= wire.end)
    : dated.refs;
  // First-mentioned first: a report's lead names the day it reports.
  const weekdays = [...new Set(refs.filter((r) => r.kind === "weekday").map((r) => r.weekday!))];
  const found = latestPastDay(text, refs, latestAnchor(refs));
  const sentences = dated.sentences.map(([s, e]) => text.slice(s, e));
  const span = agreedSpan([
    ...eventWindows(
      sentences,
      events,
      weekdays[0] ?? null,
      places && { named: places.named, bySentence: placesBySentence(dated, places.at) },
    ),
    ...warAgeWindows(sentences),
  ]);
  if (wire) {
    const filed = wireDay(wire, found?.guessedYear === false ? found : null, span);
    if (filed) return filed;
  }
  // The text's own dates are only a lower bound: the latest may be background ("since Aug.
  // 24, 2016", "in March 2020"). Events reported as news that put the text clearly later win,
  // and so, more easily, do any events when the bare date's year was only borrowed ("October
  // 26" after "began in March 2011").
  const later =
    found && span && !span.ambiguous ? toDayNumber(span.from) - toDayNumber(found.day) : 0;
  const overruled =
    found !== null &&
    later > 0 &&
    ((found.guessedYear && later > HALF_YEAR_DAYS) ||
      (span !== null && span.firm && narrowEnd(span) !== null && later > WEEKS_OF_BACKGROUND));
  // A strike or a battle of a day or two that the text names, later than any date it gives,
  // is a later lower bound: the text cannot be older than its news.
  // Not against a full date with its year ("22 December, 2013"): that the text states outright.
  const newsLater =
    !overruled &&
    later > 0 &&
    span !== null &&
    span.fromShortNews &&
    found !== null &&
    (found.monthOfYear || found.guessedYear);
  if (found && newsLater) {
    const day = pickByWeekdays(span.from, null, weekdays);
    return {
      published: day.published,
      basis: `no dateline; ${day.how} ${span.from}, later than ${found.why} (${span.reasons.join("; ")})${day.which}`,
    };
  }
  if (found && !overruled) {
    const day = pickByWeekdays(found.day, null, weekdays);
    // "Displaced since March 2020": a month named with its year is often background; it stays
    // the best lower bound there is, and the basis says it is only that.
    const loose = found.monthOfYear ? " (a month named with its year: a lower bound only)" : "";
    return {
      published: day.published,
      basis: `no dateline; ${day.how} ${found.why}${loose}${day.which}`,
    };
  }
  // No year of its own: the known events it names, and how it speaks of them, give a span.
  const noEvent = `${rejected || "no dateline, "}no dated event with a year`;
  if (!span) return { published: null, basis: `${noEvent} and no known event named in the text` };
  const reasons = span.reasons.join("; ");
  if (span.ambiguous)
    return {
      published: null,
      basis: `${noEvent}; the events named fit more than one period (${reasons})`,
    };
  const end = span.weight >= 1 ? narrowEnd(span) : null;
  // Bare dates ("since April 25", "on Dec. 20") are read in the year that puts them last before
  // the span ends, or for an open span within two months of its start; they may narrow it.
  // A bounded span of about a year (the war's age) is read to its end: the later reading.
  const yearLong =
    span.to !== null && spanDays(span.from, span.to) <= YEAR_OR_SO_DAYS ? span.to : null;
  const own = latestBareDay(text, refs, end ?? yearLong ?? addDays(span.from, MAX_SPAN_DAYS * 2));
  const inSpan = own !== null && own.day >= span.from;
  if (end === null) {
    const where = span.to ? `between ${span.from} and ${span.to}` : `after ${span.from}`;
    // ... and only soon after the event, or the bare dates may be older than it ("in August").
    // A bare month ("in December") is too loose to date a report by.
    if (!own || !inSpan || !own.dayPrecise)
      return (
        estimateFromSpan(span, weekdays) ?? {
          published: null,
          basis: `${noEvent}; the events named only place it ${where} (${reasons})`,
        }
      );
    // A report that dates its own news by day and month is written soon after them: read
    // them in the first year the events allow.
    const day = pickByWeekdays(own.day, null, weekdays);
    return {
      published: day.published,
      basis: `no dateline; ${day.how} ${own.why}, read in the first year the events named allow (${where}: ${reasons})${day.which}`,
    };
  }
  const from = own && inSpan ? own.day : span.from;
  const day = pickByWeekdays(from, end, weekdays);
  return {
    published: day.published,
    basis: `no dateline; ${day.how} ${span.from}..${end}, where the events named agree: ${reasons}${day.which}`,
  };
}

/**
 * An estimate where the events give no firm end: a report naming last a strike or a battle of
 * a day or two is mostly its news, filed within days; a span of two weeks or less, however
 * lightly backed, holds the report; one of up to six weeks ("the 16-month uprising") is still
 * worth a date on a timeline, its middle. The basis says each is an estimate, and how loose.
 */
function estimateFromSpan(
  span: AgreedSpan,
  weekdays: readonly number[],
): PublishedInference | null {
  const reasons = span.reasons.join("; ");
  const noEvent = "no dateline, no dated event with a year";
  const days = span.to === null ? Infinity : spanDays(span.from, span.to);
  if (span.to === null && span.fromShortNews) {
    const day = pickByWeekdays(span.from, addDays(span.from, 6), weekdays);
    return {
      published: day.published,
      basis: `${noEvent}; estimated as soon after the latest short event named: ${day.how} ${span.from} (${reasons})${day.which}`,
    };
  }
  if (span.to !== null && days <= TWO_WEEKS_DAYS) {
    const day = pickByWeekdays(span.from, span.to, weekdays);
    return {
      published: day.published,
      basis: `${noEvent}; estimated inside ${span.from}..${span.to}, where the events named agree: ${day.how} ${span.from} (${reasons})${day.which}`,
    };
  }
  if (span.to !== null && days <= SIX_WEEKS_DAYS) {
    const middle = addDays(span.from, Math.floor(days / 2) - 3);
    const day = pickByWeekdays(middle, span.to, weekdays);
    return {
      published: day.published,
      basis: `${noEvent}; estimated near the middle of ${span.from}..${span.to}, give or take three weeks (${reasons})${day.which}`,
    };
  }
  return null;
}

/**
 * The year of a wire dateline's day and month: the only such day in a bounded span the
 * events agree on, else the first after the latest day the text dates with a year (or after
 * the events reported as news, when they put it later).
 */
function wireDay(
  wire: WireDateline,
  floor: { day: IsoDay; why: string } | null,
  span: AgreedSpan | null,
): PublishedInference | null {
  const agreed = span && !span.ambiguous ? span : null;
  const basis = (why: string) => `${datelineLabel(wire)}, in the year ${why}`;
  if (agreed?.to) {
    // A week's slack either side: the dateline is the report's own day, the span an estimate.
    const inSpan = datelineDayFrom(wire, addDays(agreed.from, -7), addDays(agreed.to, 7));
    const again = inSpan && datelineDayFrom(wire, addDays(inSpan, 1), addDays(agreed.to, 7));
    if (inSpan && !again && (!floor || inSpan >= floor.day))
      return {
        published: inSpan,
        basis: basis(
          `the events named agree on (${agreed.from}..${agreed.to}: ${agreed.reasons.join("; ")})`,
        ),
      };
  }
  if (!floor) {
    // As with a report's bare dates, the first year the events named allow.
    const first = agreed && agreed.to === null ? datelineDayFrom(wire, agreed.from, null) : null;
    return first
      ? {
          published: first,
          basis: basis(
            `the events named first allow (after ${agreed!.from}: ${agreed!.reasons.join("; ")})`,
          ),
        }
      : null;
  }
  const later = agreed && agreed.weight >= 1 && agreed.from > floor.day ? agreed.from : null;
  const day = datelineDayFrom(wire, later ?? floor.day, null);
  if (!day) return null;
  return {
    published: day,
    basis: basis(
      later
        ? `of the events named (after ${later}: ${agreed!.reasons.join("; ")})`
        : `of ${floor.why.replace(/^the /, "")}, or the next`,
    ),
  };
}

/**
 * The latest day the text's own dates name, each bare one ("Dec. 24", "in April") read in the
 * year that puts it on or before `limit`.
 */
function latestBareDay(text: string, refs: readonly DateReference[], limit: IsoDay) {
  const limitYear = Number(limit.slice(0, 4));
  return latestDay(text, refs, (r) => {
    const inYear = (year: number) =>
      (r.completed ? dayAfterMonth : earliestDay)({ ...r, year }, null);
    let day = inYear(r.year ?? limitYear);
    if (!r.year && day && day > limit) day = inYear(limitYear - 1);
    return day && day <= limit ? day : null;
  });
}

const HALF_YEAR_DAYS = 182;
const YEAR_OR_SO_DAYS = 450;
/** A text's own latest date this far before the news its events date is background. */
const WEEKS_OF_BACKGROUND = 14;
const TWO_WEEKS_DAYS = 14;
const SIX_WEEKS_DAYS = 46;

/** The places the geoparser found in the text: where each is named, and what it resolved to. */
export interface PlacesInText {
  named: NamedPlaces;
  at: ReadonlyArray<{ start: number; id: string }>;
}

function placesBySentence(
  dated: DatedText,
  at: PlacesInText["at"],
): ReadonlyArray<ReadonlySet<string>> {
  const sets = dated.sentences.map(() => new Set<string>());
  for (const { start, id } of at) sets[sentenceAt(dated.sentences, start)]?.add(id);
  return sets;
}

/** The span's last day when it is narrow enough to be a date, else null. */
function narrowEnd(span: { from: IsoDay; to: IsoDay | null }): IsoDay | null {
  return span.to !== null && spanDays(span.from, span.to) <= MAX_SPAN_DAYS ? span.to : null;
}

/** Wider than this, a span of possible days is not a date. */
const MAX_SPAN_DAYS = 31;

function spanDays(from: IsoDay, to: IsoDay): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

/**
 * The publication day from `from` on (up to `to`, or two weeks when open): the first day that
 * is the weekday the article names first, with every other weekday it names in the week
 * before. Failing that, the first day that is any weekday named, with the rest in its past week.
 */
export function pickByWeekdays(
  from: IsoDay,
  to: IsoDay | null,
  weekdays: readonly number[],
): { published: IsoDay; how: string; which: string } {
  const last = to ?? addDays(from, 13);
  if (weekdays.length === 0) return { published: from, how: "on or after", which: "" };
  const names = ` (weekdays mentioned: ${weekdays.map((w) => WEEKDAYS[w]).join(", ")})`;
  const pastWeek = (day: IsoDay) =>
    Array.from({ length: 7 }, (_, k) => weekdayOf(addDays(day, -k)));
  const rules: Array<(day: IsoDay) => boolean> = [
    (day) => weekdayOf(day) === weekdays[0] && weekdays.every((w) => pastWeek(day).includes(w)),
    (day) => weekdays.includes(weekdayOf(day)) && weekdays.every((w) => pastWeek(day).includes(w)),
  ];
  for (const fits of rules) {
    for (let day = from; day <= last; day = addDays(day, 1)) {
      if (fits(day))
        return { published: day, how: "first day fitting the weekdays on or after", which: names };
    }
  }
  return { published: from, how: "on or after", which: names };
}

/** The latest day the text places in the past, given how bare dates get their year. */
function latestPastDay(text: string, refs: readonly DateReference[], anchor: Anchor | null) {
  return latestDay(text, refs, (r) =>
    r.completed ? dayAfterMonth(r, anchor) : earliestDay(r, anchor),
  );
}

/** The latest day any of the text's past dates stands for, read by `dayOf`, and what it rests on. */
interface LatestDay {
  day: IsoDay;
  why: string;
  guessedYear: boolean;
  dayPrecise: boolean;
  /** A month named with its year and nothing else ("in March 2020"). */
  monthOfYear: boolean;
}

function latestDay(
  text: string,
  refs: readonly DateReference[],
  dayOf: (r: DateReference) => IsoDay | null,
): LatestDay | null {
  let best: LatestDay | null = null;
  for (const r of refs) {
    if (r.kind === "weekday" || r.kind === "year" || r.last || r.future) continue;
    const day = dayOf(r);
    if (!day || (best && day <= best.day)) continue;
    best = {
      day,
      why: `the latest dated reference "${text.slice(r.start, r.end)}"${r.completed ? (r.part ? " (over by then)" : " (a finished month)") : ""}`,
      guessedYear: r.year === undefined,
      // "In late April" pins the days nearly as well as a date does.
      dayPrecise: r.day !== undefined || r.part !== undefined,
      monthOfYear: r.kind === "month-year" && !r.completed && r.part === undefined,
    };
  }
  return best;
}
