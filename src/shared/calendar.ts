/** Small calendar helpers on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. */
import type { IsoDay } from "./types.ts";

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** Month number 1..12 from a full or abbreviated English name ("Feb.", "Sept"), else 0. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === "sept" && m === "september"));
  return i + 1;
}

export function isoDay(year: number, month: number, day: number): IsoDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // 31 April, 29 February 2019 ...
  return d.toISOString().slice(0, 10);
}

export function isValidIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

export function toDayNumber(day: IsoDay): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDay {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return fromDayNumber(toDayNumber(day) + n);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: IsoDay): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
