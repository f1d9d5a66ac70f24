import { describe, expect, it } from "vitest";
import { judgeDate } from "./dates.ts";

describe("judgeDate", () => {
  it("day precision: only the same day is exact", () => {
    expect(judgeDate("2019-05-29", "2019-05-29", "day")).toEqual({
      exact: true,
      within7: true,
      diffDays: 0,
    });
    expect(judgeDate("2019-05-30", "2019-05-29", "day").exact).toBe(false);
  });

  it("month precision: any day of the gold month is exact", () => {
    expect(judgeDate("2019-05-31", "2019-05-04", "month").exact).toBe(true);
    expect(judgeDate("2019-05-01", "2019-05-04", "month").exact).toBe(true);
    // Two days off but in another month: not exact, though within 7 days.
    expect(judgeDate("2019-04-30", "2019-05-02", "month")).toEqual({
      exact: false,
      within7: true,
      diffDays: -2,
    });
  });

  it("month precision: same month counts as within 7 days even if far from the gold day", () => {
    expect(judgeDate("2019-05-31", "2019-05-04", "month")).toMatchObject({
      within7: true,
      diffDays: 27,
    });
  });

  it("within 7 days is inclusive at 7 and fails at 8, in both directions", () => {
    expect(judgeDate("2019-02-12", "2019-02-05", "day")).toMatchObject({
      exact: false,
      within7: true,
    });
    expect(judgeDate("2019-01-29", "2019-02-05", "day")).toMatchObject({
      within7: true,
      diffDays: -7,
    });
    expect(judgeDate("2019-02-13", "2019-02-05", "day")).toMatchObject({
      within7: false,
      diffDays: 8,
    });
  });

  it("counts days across month and year ends", () => {
    expect(judgeDate("2020-01-02", "2019-12-28", "day").diffDays).toBe(5);
    expect(judgeDate("2020-03-01", "2020-02-28", "day").diffDays).toBe(2); // leap year
  });

  it("a missing prediction is wrong at both levels", () => {
    expect(judgeDate(null, "2019-05-04", "month")).toEqual({
      exact: false,
      within7: false,
      diffDays: null,
    });
  });
});
