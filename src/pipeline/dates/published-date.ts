import { addDays, isoDay, weekdayOf, WEEKDAYS } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import { type DateReference, findDateReferences } from "./date-references.ts";
import { type EventAnchor, pastEventsIn } from "./event-anchors.ts";
import { type DatedText, readDates } from "./event-date.ts";
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

function dayFromLine(line: string): IsoDay | null {
  // Day first (05.02.2019, 24/12/2019), as outlets outside the US write it; month first only
  // when the second number cannot be one (12/24/2019).
  const numeric = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/.exec(line);
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
  const head = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, HEAD_LINES);
  const lines = [
    ...(labelled ? [labelled] : []),
    ...head.filter((l) => l.length <= MAX_DATELINE_CHARS && !/\.\s*$/.test(l)),
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
): PublishedInference {
  const explicit = explicitPublished(text);
  if (explicit) return explicit;
  const labelled = DATELINE_WORDS.exec(text)?.[0]?.trim();
  const rejected =
    labelled && /\d/.test(labelled) ? `the dateline "${labelled}" is not a real day; ` : "";
  const { refs } = dated;
  let found = latestPastDay(text, refs, latestAnchor(refs));
  if (!found) {
    // No year of its own: a named event the article recounts dates it from below, and gives
    // bare dates ("since April 25") a year.
    const event = pastEventsIn(
      dated.sentences.map(([s, e]) => text.slice(s, e)),
      events,
    ).sort((x, y) => (x.start < y.start ? 1 : -1))[0];
    if (event) {
      const anchor = {
        year: Number(event.start.slice(0, 4)),
        month: Number(event.start.slice(5, 7)),
      };
      const own = latestPastDay(text, refs, anchor);
      const why = `the mention of ${event.name} (${event.start}; ${event.source})`;
      found = own && own.day > event.start ? own : { day: event.start, why };
    }
  }
  if (!found)
    return {
      published: null,
      basis: `${rejected || "no dateline, "}no dated event with a year and no known event named in the text`,
    };
  const { day: bound, why: boundWhy } = found;
  const weekdays = [...new Set(refs.filter((r) => r.kind === "weekday").map((r) => r.weekday!))];
  if (weekdays.length === 0)
    return { published: bound, basis: `no dateline; on or after ${boundWhy}` };
  for (let d = 0; d < 14; d++) {
    const day = addDays(bound, d);
    // The latest weekday mentioned is the publication day; the others fall in the week before it.
    const week = Array.from({ length: 7 }, (_, k) => weekdayOf(addDays(day, -k)));
    if (weekdays.includes(weekdayOf(day)) && weekdays.every((w) => week.includes(w))) {
      const names = weekdays.map((w) => WEEKDAYS[w]).join(", ");
      return {
        published: day,
        basis: `no dateline; first day on or after ${boundWhy} whose past week holds the weekdays mentioned (${names})`,
      };
    }
  }
  return { published: bound, basis: `no dateline; ${boundWhy}` };
}

/** The latest day the text places in the past, given how bare dates get their year. */
function latestPastDay(
  text: string,
  refs: readonly DateReference[],
  anchor: Anchor | null,
): { day: IsoDay; why: string } | null {
  let best: { day: IsoDay; why: string } | null = null;
  for (const r of refs) {
    if (r.kind === "weekday" || r.kind === "year" || r.last || r.future) continue;
    const day = r.completed ? dayAfterMonth(r, anchor) : earliestDay(r, anchor);
    if (day && (!best || day > best.day)) {
      best = {
        day,
        why: `the latest dated reference "${text.slice(r.start, r.end)}"${r.completed ? " (a finished month)" : ""}`,
      };
    }
  }
  return best;
}
