import { describe, expect, it } from "vitest";
import { formatDayForReader, formatIsoDay, parseIsoDay } from "./days";

describe("days", () => {
  it("round-trips ISO days", () => {
    expect(parseIsoDay("1970-01-02")).toBe(1);
    expect(formatIsoDay(parseIsoDay("2019-12-31") ?? 0)).toBe("2019-12-31");
  });

  it.each(["2019-2-1", "2019-02-30", "20190201", "", "2019-13-01"])("rejects %j", (value) => {
    expect(parseIsoDay(value)).toBeNull();
  });

  it("formats days for readers", () => {
    expect(formatDayForReader("2019-05-07")).toBe("7 May 2019");
    expect(formatDayForReader(null)).toBe("undated");
  });
});
