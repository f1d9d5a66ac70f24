import { addDays, isoDay, toDayNumber, weekdayOf } from "../../shared/calendar.ts";
import type { DateBasis, IsoDay } from "../../shared/types.ts";
import { type DateReference, findDateReferences } from "./date-references.ts";

export interface EventDate {
  date: IsoDay | null;
  basis: DateBasis;
}

/** Sentence spans: a sentence ends at . ! ? followed by space, or at a line break. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]?(?=\s)|\n/g)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** The most recent day on or before `published` with this month (and day). */
function latestPast(
  published: IsoDay,
  month: number,
  day: number,
  stepBack: boolean,
): IsoDay | null {
  const year = Number(published.slice(0, 4));
  for (const y of [year, year - 1]) {
    const d = isoDay(y, month, day);
    if (d && d <= published && !(stepBack && y === year && month === Number(published.slice(5, 7))))
      return d;
  }
  return null;
}

/** Resolve what a reference says against the publication day; null when it can't be placed. */
export function resolveAgainst(ref: DateReference, published: IsoDay | null): IsoDay | null {
  if (ref.kind === "full") return isoDay(ref.year!, ref.month!, ref.day ?? 1);
  if (ref.kind === "month-year") return isoDay(ref.year!, ref.month!, 1);
  if (!published) return null;
  switch (ref.kind) {
    case "month-day":
      return ref.future
        ? isoDay(Number(published.slice(0, 4)), ref.month!, ref.day!)
        : latestPast(published, ref.month!, ref.day!, false);
    case "month":
      return latestPast(published, ref.month!, 1, ref.last === true);
    case "weekday": {
      const back = (weekdayOf(published) - ref.weekday! + 7) % 7;
      return addDays(published, -back);
    }
    default:
      return null;
  }
}

/** Index of the sentence (from `sentenceSpans`, in order) holding `offset`, or -1. */
export function sentenceAt(sentences: ReadonlyArray<[number, number]>, offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]![0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < sentences[found]![1] ? found : -1;
}

/** What the date logic reads from a text, computed once per article and shared. */
export interface DatedText {
  refs: DateReference[];
  sentences: Array<[number, number]>;
}

export function readDates(text: string): DatedText {
  return { refs: findDateReferences(text), sentences: sentenceSpans(text) };
}

/**
 * Date references grouped by the sentence they sit in, so each mention looks only at its own
 * sentence (a long article has thousands of both).
 */
export class SentenceDates {
  private readonly bySentence = new Map<number, DateReference[]>();

  constructor(
    private readonly sentences: ReadonlyArray<[number, number]>,
    refs: readonly DateReference[],
  ) {
    for (const r of refs) {
      const i = this.indexOf(r.start);
      if (i < 0 || r.end > sentences[i]![1] || r.kind === "year") continue;
      this.bySentence.set(i, [...(this.bySentence.get(i) ?? []), r]);
    }
  }

  /** Index of the sentence holding `offset`, or -1. */
  indexOf(offset: number): number {
    return sentenceAt(this.sentences, offset);
  }

  refsAround(offset: number): readonly DateReference[] {
    return this.bySentence.get(this.indexOf(offset)) ?? [];
  }
}

/**
 * The date of what the sentence around a mention reports: the date reference in the same
 * sentence nearest to the mention, resolved against the publication day; otherwise the
 * publication day itself.
 */
export function eventDateOf(
  mention: { start: number; end: number },
  dates: SentenceDates,
  published: IsoDay | null,
): EventDate {
  const nearest = dates
    .refsAround(mention.start)
    .map((r) => ({
      r,
      gap: r.start >= mention.end ? r.start - mention.end : mention.start - r.end,
    }))
    .sort((a, b) => a.gap - b.gap);
  for (const { r } of nearest) {
    const date = resolveAgainst(r, published);
    // An event reported is not dated after the report, except what is announced as coming.
    if (date && (!published || r.future || toDayNumber(date) <= toDayNumber(published))) {
      return { date, basis: "event" };
    }
  }
  return { date: published, basis: "published" };
}
