import { addDays, toDayNumber } from "../../shared/calendar.ts";
import type { IsoDay } from "../../shared/types.ts";
import { type DayWindow, dayWindow } from "./agreed-span.ts";
import { CARDINALS, cardinalValue, ORDINALS, ordinalValue } from "./number-words.ts";

/**
 * Reporters date the war itself: "Syria's eight-year civil war", "almost nine years of civil
 * war", "since the war began nearly six years ago", "the decade-long conflict", "now in its
 * ninth year". Counted from the first protests of March 2011, the age says which year the text
 * was written in, give or take a few months: too loose to be a date, enough to tell which year
 * a bare "October 26" belongs to.
 */

/** First protests of the uprising (the events file's syrian-uprising-begins row). */
export const WAR_BEGAN: IsoDay = "2011-03-15";

/** Light: it picks a year among readings, it never outweighs an event reported as news. */
const WEIGHT = 0.5;

/** Counts of years as words: one to twenty. */
const YEAR_WORDS = CARDINALS.slice(1);

/** A count of years: "nine years", "13 years", "a decade". */
const COUNT = `(?:(\\d{1,2}|${YEAR_WORDS.join("|")}) years?|(a decade))`;
const HEDGE = "(almost|nearly|close to|about|around|some|more than|over|at least|after|just over)";
const WAR =
  "(?:civil )?(?:war|conflict|crisis|fighting|bloodshed|uprising|revolution|revolt|rebellion|unrest)";

/** "eight-year war", "nine-year-old conflict", "13-year civil war", "decade-long war". */
const AGED_WAR = new RegExp(
  `\\b(?:${HEDGE} )?(?:(\\d{1,2}|${YEAR_WORDS.join("|")})[- ]years?(?:[- ](?:old|long))?|(decade)[- ]long|(decade)[- ]old) ${WAR}\\b`,
  "i",
);
/** "almost nine years of civil war", "more than a decade of conflict". */
const YEARS_OF_WAR = new RegExp(`\\b(?:${HEDGE} )?${COUNT} of ${WAR}\\b`, "i");
/** "the war began nearly six years ago", "since the conflict erupted in 2011, eight years ago". */
const BEGAN_AGO = new RegExp(
  `\\b(?:war|conflict|uprising|revolution|crisis)\\b[^.;]{0,60}?\\b(?:began|started|erupted|broke out)\\b[^.;]{0,30}?\\b(?:${HEDGE} )?${COUNT} ago\\b`,
  "i",
);
/** "the war, now in its ninth year", "as the conflict enters its 10th year". */
const IN_ITS_YEAR = new RegExp(
  `\\b${WAR}[^.;]{0,40}?\\b(?:in|enters|entered|entering|enter) its (${ORDINALS.join("|")}|\\d{1,2}(?:st|nd|rd|th)) year\\b`,
  "i",
);
/**
 * In the first two years reporters counted months: "the 16-month uprising", "the 17-month-old
 * revolt", "18 months of bloodshed", "the revolt began 16 months ago".
 */
const MONTH_COUNT = `(\\d{1,2}|${YEAR_WORDS.join("|")})`;
const AGED_WAR_MONTHS = new RegExp(
  `\\b(?:${HEDGE} )?${MONTH_COUNT}[- ]months?(?:[- ](?:old|long))? ${WAR}\\b`,
  "i",
);
const MONTHS_OF_WAR = new RegExp(`\\b(?:${HEDGE} )?${MONTH_COUNT} months of ${WAR}\\b`, "i");
const BEGAN_MONTHS_AGO = new RegExp(
  `\\b(?:war|conflict|uprising|revolution|revolt|crisis)\\b[^.;]{0,60}?\\b(?:began|started|erupted|broke out)\\b[^.;]{0,30}?\\b(?:${HEDGE} )?${MONTH_COUNT} months ago\\b`,
  "i",
);
/** "since the uprising erupted in mid-March last year": written in the war's second year. */
const BEGAN_LAST_YEAR = new RegExp(
  `\\b(?:war|conflict|uprising|revolution|revolt|crisis|protests)\\b[^.;]{0,40}?\\b(?:began|started|erupted|broke out)\\b[^.;]{0,25}?\\bMarch last year\\b`,
  "i",
);

/** Another country's war, unless Syria is named too. */
const OTHER_WAR =
  /\b(?:Iraq|Afghanistan|Yemen|Libya|Lebanon|Ukraine|Sudan|Gaza|Vietnam|Iran-Iraq)\b/i;

function countOf(word: string): number | null {
  return /^(?:a )?decade$/i.test(word) ? 10 : cardinalValue(word);
}

/**
 * How far a hedged count of the war's age may stray, in its own unit: "almost" n falls short of
 * n, "more than" n goes past it, a bare n is mostly completed units and sometimes rounded up.
 */
interface HedgeSlack {
  almost: number;
  over: number;
  bare: [below: number, above: number];
}
/** "Eight-year war": most write the completed years, a few round up in the weeks before. */
const YEAR_SLACK: HedgeSlack = { almost: 0.6, over: 1.2, bare: [0.15, 1] };
/** "The 16-month uprising": completed months, or the last days before the next. */
const MONTH_SLACK: HedgeSlack = { almost: 0.7, over: 1.5, bare: [0.5, 1] };
const FALLS_SHORT = new Set(["almost", "nearly", "close to"]);
const GOES_PAST = new Set(["more than", "over", "at least", "just over"]);

/** The [least, most] a count of `n` with its hedge allows, in the count's unit. */
function hedgedRange(n: number, hedge: string | undefined, slack: HedgeSlack): [number, number] {
  const h = hedge?.toLowerCase() ?? "";
  if (FALLS_SHORT.has(h)) return [n - slack.almost, n];
  if (GOES_PAST.has(h)) return [n, n + slack.over];
  return [n - slack.bare[0], n + slack.bare[1]];
}

/** The war's age in years that the wording allows, as [least, most]; most null: open. */
function ageRange(n: number, hedge: string | undefined, decade: boolean): [number, number | null] {
  // "A decade of war" is a round figure, still said years after the tenth: a lower bound only.
  if (decade) return [n - 0.5, null];
  return hedgedRange(n, hedge, YEAR_SLACK);
}

/** The war's age in years that a count of months allows, as [least, most]. */
function monthAgeRange(n: number, hedge: string | undefined): [number, number] {
  const [least, most] = hedgedRange(n, hedge, MONTH_SLACK);
  return [least / 12, most / 12];
}

function windowOfAge([least, most]: [number, number | null], why: string): DayWindow {
  const days = (years: number) => Math.round(years * 365.25);
  const to = most === null ? null : addDays(WAR_BEGAN, days(most));
  return dayWindow(addDays(WAR_BEGAN, days(least)), to, WEIGHT, why);
}

/** The window one sentence's wording of the war's age gives, or null when it gives none. */
export function warAgeWindow(sentence: string): DayWindow | null {
  if (OTHER_WAR.test(sentence) && !/\bSyria/i.test(sentence)) return null;
  const said = (m: RegExpExecArray) => `the war's age is given as "${m[0].trim()}"`;
  const aged = AGED_WAR.exec(sentence);
  if (aged) {
    const decade = Boolean(aged[3] ?? aged[4]);
    const n = decade ? 10 : countOf(aged[2]!);
    if (n !== null && n >= 1) return windowOfAge(ageRange(n, aged[1], decade), said(aged));
  }
  const years = YEARS_OF_WAR.exec(sentence);
  if (years) {
    const decade = years[3] !== undefined;
    const n = decade ? 10 : countOf(years[2]!);
    // "after" counts completed years, like a bare number.
    const hedge = years[1]?.toLowerCase() === "after" ? undefined : years[1];
    if (n !== null && n >= 1) return windowOfAge(ageRange(n, hedge, decade), said(years));
  }
  const ago = BEGAN_AGO.exec(sentence);
  if (ago) {
    const decade = ago[3] !== undefined;
    const n = decade ? 10 : countOf(ago[2]!);
    if (n !== null && n >= 1) return windowOfAge(ageRange(n, ago[1], decade), said(ago));
  }
  for (const pattern of [AGED_WAR_MONTHS, MONTHS_OF_WAR, BEGAN_MONTHS_AGO]) {
    const months = pattern.exec(sentence);
    const n = months ? countOf(months[2]!) : null;
    if (months && n !== null && n >= 1 && n <= 36)
      return windowOfAge(monthAgeRange(n, months[1]), said(months));
  }
  const lastYear = BEGAN_LAST_YEAR.exec(sentence);
  if (lastYear)
    return dayWindow("2012-01-01", "2012-12-31", WEIGHT, `${said(lastYear)}, so in 2012`);
  const its = IN_ITS_YEAR.exec(sentence);
  if (its) {
    const n = ordinalValue(its[1]!) ?? 0;
    // The Nth year runs from N-1 completed years to N; a month's slack either side.
    if (n >= 1) return windowOfAge([n - 1 - 1 / 12, n + 1 / 12], said(its));
  }
  return null;
}

/** The tightest war-age window among the sentences, if any speaks of it. */
export function warAgeWindows(sentences: readonly string[]): DayWindow[] {
  let best: DayWindow | null = null;
  for (const s of sentences) {
    const w = warAgeWindow(s);
    if (w && (!best || span(w) < span(best))) best = w;
  }
  return best ? [best] : [];
}

function span(w: DayWindow): number {
  return w.to === null ? Infinity : toDayNumber(w.to) - toDayNumber(w.from);
}
