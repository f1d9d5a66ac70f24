import { fromDayNumber, isValidIsoDay, toDayNumber } from "../../shared/calendar";
import type { IsoDay } from "../../shared/types";

/** Calendar days as integers (days since 1970-01-01, UTC) so ranges and bins are plain arithmetic. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** Parses a strict `YYYY-MM-DD`; rejects impossible dates like 2019-02-30 instead of rolling over. */
export function parseIsoDay(value: string): DayNumber | null {
  return isValidIsoDay(value) ? toDayNumber(value) : null;
}

export function formatIsoDay(day: DayNumber): IsoDay {
  return fromDayNumber(day);
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
