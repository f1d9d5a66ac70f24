import type { DayNumber } from "../data/days";

export type BinUnit = "day" | "week" | "month";

/** A histogram bar: days [start, end) and the mentions on them. */
export interface Bin {
  start: DayNumber;
  end: DayNumber;
  count: number;
}

/** Picks a bar width that keeps roughly 30–150 bars on screen. */
export function chooseBinUnit(spanDays: number): BinUnit {
  if (spanDays <= 120) return "day";
  if (spanDays <= 730) return "week";
  return "month";
}

function monthStart(day: DayNumber, offsetMonths: number): DayNumber {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offsetMonths, 1) / 86_400_000;
}

/** First day of the bin containing `day`; weeks start on Monday (ISO 8601). */
export function binStart(day: DayNumber, unit: BinUnit): DayNumber {
  if (unit === "day") return day;
  // 1970-01-01 (day 0) was a Thursday, three days after a Monday.
  if (unit === "week") return day - ((((day + 3) % 7) + 7) % 7);
  return monthStart(day, 0);
}

export function nextBinStart(start: DayNumber, unit: BinUnit): DayNumber {
  if (unit === "day") return start + 1;
  if (unit === "week") return start + 7;
  return monthStart(start, 1);
}

/** Counts days into consecutive bins covering [first, last], empty bins included. */
export function binDays(
  days: readonly DayNumber[],
  first: DayNumber,
  last: DayNumber,
  unit: BinUnit,
): Bin[] {
  if (last < first) return [];
  const bins: Bin[] = [];
  const indexByStart = new Map<DayNumber, number>();
  for (let start = binStart(first, unit); start <= last; start = nextBinStart(start, unit)) {
    indexByStart.set(start, bins.length);
    bins.push({ start, end: nextBinStart(start, unit), count: 0 });
  }
  for (const day of days) {
    if (day < first || day > last) continue;
    const bin = bins[indexByStart.get(binStart(day, unit)) ?? -1];
    if (bin) bin.count += 1;
  }
  return bins;
}
