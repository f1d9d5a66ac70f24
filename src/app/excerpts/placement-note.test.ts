import { describe, expect, it } from "vitest";
import { placementNote } from "./placement-note";

describe("placementNote", () => {
  it("gives the confidence and up to three runner-up readings", () => {
    const candidates = ["Idlib", "Idlib (2)", "Idlib (3)", "Idlib (4)"].map((name, i) => ({
      place: `p${i}`,
      name,
      score: 1,
    }));
    expect(placementNote({ confidence: 0.856, candidates })).toBe(
      "86% sure · also possible: Idlib, Idlib (2), Idlib (3)",
    );
  });

  it("names the kind of each other reading when the data gives it", () => {
    const candidates = [{ place: "idlib-city", name: "Idlib", kind: "city" as const, score: 1 }];
    expect(placementNote({ confidence: 0.96, candidates })).toBe(
      "96% sure · also possible: Idlib (city)",
    );
  });

  it("says only the confidence when there is no other reading", () => {
    expect(placementNote({ confidence: 1, candidates: [] })).toBe("100% sure");
  });

  it("says nothing for mentions without a confidence", () => {
    expect(placementNote({})).toBeNull();
  });
});
