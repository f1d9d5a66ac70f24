import { describe, expect, it } from "vitest";
import { dayExtent, normalizeRange } from "./day-extent";
import { testDataset } from "./fixtures";
import { countByPlace, mentionsInRange, unplacedNames } from "./visible-mentions";

const dataset = testDataset();

describe("mentionsInRange (the time filter)", () => {
  it("keeps everything, undated included, when no range is set", () => {
    expect(mentionsInRange(dataset, "event", null)).toHaveLength(5);
  });

  it("keeps only event days inside the inclusive range; event falls back to publication day", () => {
    const visible = mentionsInRange(dataset, "event", { from: "2019-05-01", to: "2019-05-10" });
    // a1: atme (05-01), idlib (no date → published 05-10), unplaced (05-02); a2 is 2018 or undated.
    expect(visible.map((v) => v.index)).toEqual([0, 1, 2]);
    expect(visible[1]?.day).toBe("2019-05-10");
  });

  it("uses the publication day under the published basis", () => {
    const visible = mentionsInRange(dataset, "published", { from: "2019-05-10", to: "2019-05-10" });
    expect(visible.map((v) => v.index)).toEqual([0, 1, 2]);
  });

  it("drops undated mentions once a range is set", () => {
    const visible = mentionsInRange(dataset, "published", { from: "2000-01-01", to: "2030-01-01" });
    expect(visible.some((v) => v.mention.article === "a2")).toBe(false);
  });
});

describe("counts", () => {
  it("counts placed mentions per place", () => {
    const counts = countByPlace(mentionsInRange(dataset, "event", null));
    expect(Object.fromEntries(counts)).toEqual({ atme: 2, "idlib-governorate": 1, turkey: 1 });
  });

  it("lists unplaced names", () => {
    expect(unplacedNames(mentionsInRange(dataset, "event", null))).toEqual([{ name: "Nowhere", count: 1 }]);
  });
});

describe("dayExtent / normalizeRange", () => {
  it("finds the first and last day under a basis", () => {
    expect(dayExtent(dataset, "event")).toEqual({ from: "2018-01-01", to: "2019-05-10" });
    expect(dayExtent(dataset, "published")).toEqual({ from: "2019-05-10", to: "2019-05-10" });
  });

  it("stores a range covering the extent as null", () => {
    const extent = { from: "2018-01-01", to: "2019-05-10" };
    expect(normalizeRange({ from: "2017-01-01", to: "2019-06-01" }, extent)).toBeNull();
    expect(normalizeRange({ from: "2018-02-01", to: "2019-05-10" }, extent)).toEqual({ from: "2018-02-01", to: "2019-05-10" });
  });
});
