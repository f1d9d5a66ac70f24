import type { IsoDay } from "../../shared/types";

/** Calendar days as integers (days since 1970-01-01, UTC) so ranges and bins are plain arithmetic. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD`; rejects impossible dates like 2019-02-30 instead of rolling over. */
export function parseIsoDay(value: string): DayNumber | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function formatIsoDay(day: DayNumber): IsoDay {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "7 May 2019" — unambiguous for readers on both sides of the day/month convention. */
export function formatDayForReader(day: IsoDay | null): string {
  if (day === null) return "undated";
  const n = parseIsoDay(day);
  return n === null ? day : LONG_DATE.format(new Date(n * MS_PER_DAY));
}

/** An inclusive range of days, kept as ISO strings (they sort lexicographically). */
export interface DayRange {
  from: IsoDay;
  to: IsoDay;
}
