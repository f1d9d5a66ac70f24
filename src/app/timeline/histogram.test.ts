import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../data/days";
import { binDays, binStart, chooseBinUnit } from "./histogram";

const day = (iso: string) => parseIsoDay(iso) ?? Number.NaN;

describe("chooseBinUnit", () => {
  it.each([
    [30, "day"],
    [120, "day"],
    [365, "week"],
    [730, "week"],
    [731, "month"],
  ] as const)("%i days → %s", (span, unit) => expect(chooseBinUnit(span)).toBe(unit));
});

describe("binStart", () => {
  it("starts weeks on Monday", () => {
    // 2019-05-08 was a Wednesday; its week starts Monday 2019-05-06.
    expect(binStart(day("2019-05-08"), "week")).toBe(day("2019-05-06"));
    expect(binStart(day("2019-05-06"), "week")).toBe(day("2019-05-06"));
    expect(binStart(day("2019-05-12"), "week")).toBe(day("2019-05-06"));
  });

  it("starts months on the 1st", () => {
    expect(binStart(day("2019-02-28"), "month")).toBe(day("2019-02-01"));
  });
});

describe("binDays", () => {
  it("counts per day including empty days", () => {
    const bins = binDays(
      [day("2019-01-01"), day("2019-01-03"), day("2019-01-03")],
      day("2019-01-01"),
      day("2019-01-03"),
      "day",
    );
    expect(bins.map((b) => b.count)).toEqual([1, 0, 2]);
  });

  it("counts per month across a year boundary", () => {
    const bins = binDays(
      [day("2018-12-31"), day("2019-01-01"), day("2019-02-15")],
      day("2018-12-01"),
      day("2019-02-20"),
      "month",
    );
    expect(bins.map((b) => b.count)).toEqual([1, 1, 1]);
    expect(bins[1]?.start).toBe(day("2019-01-01"));
    expect(bins[1]?.end).toBe(day("2019-02-01"));
  });

  it("ignores days outside the domain", () => {
    const bins = binDays([day("2017-01-01")], day("2019-01-01"), day("2019-01-07"), "week");
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(0);
  });

  it("returns no bins for an empty domain", () => {
    expect(binDays([], 10, 5, "day")).toEqual([]);
  });
});
