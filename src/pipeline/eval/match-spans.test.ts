import { describe, expect, it } from "vitest";
import { matchSpans, overlapLength } from "./match-spans.ts";

describe("overlapLength", () => {
  it("measures the shared part of end-exclusive spans", () => {
    expect(overlapLength({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlapLength({ start: 5, end: 8 }, { start: 0, end: 20 })).toBe(3);
  });

  it("is zero for spans that only touch or are apart", () => {
    expect(overlapLength({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(overlapLength({ start: 0, end: 5 }, { start: 7, end: 9 })).toBe(0);
  });
});

describe("matchSpans", () => {
  it("matches any overlap, not only exact spans", () => {
    // "northern Hama" predicted for gold "Hama".
    expect(matchSpans([{ start: 9, end: 13 }], [{ start: 0, end: 13 }])).toEqual([
      { gold: 0, pred: 0, overlap: 4 },
    ]);
  });

  it("does not match touching spans", () => {
    expect(matchSpans([{ start: 0, end: 5 }], [{ start: 5, end: 10 }])).toEqual([]);
  });

  it("gives a prediction covering two names to the one it overlaps most, leaving the other", () => {
    // "Russia, Iran": gold Russia 0..6 and Iran 8..12; one prediction 0..12.
    const gold = [
      { start: 0, end: 6 },
      { start: 8, end: 12 },
    ];
    expect(matchSpans(gold, [{ start: 0, end: 12 }])).toEqual([{ gold: 0, pred: 0, overlap: 6 }]);
  });

  it("uses each gold toponym once: the longest-overlapping prediction wins", () => {
    const gold = [{ start: 10, end: 20 }];
    const pred = [
      { start: 8, end: 12 },
      { start: 11, end: 20 },
    ];
    expect(matchSpans(gold, pred)).toEqual([{ gold: 0, pred: 1, overlap: 9 }]);
  });

  it("assigns longest overlaps first even when that is not the first pair found", () => {
    // Greedy by position would give pred 0 to gold 0 and strand gold 1; longest-first gives
    // pred 0 to gold 1 (overlap 5) and pred 1 to gold 0.
    const gold = [
      { start: 0, end: 4 },
      { start: 4, end: 12 },
    ];
    const pred = [
      { start: 2, end: 9 },
      { start: 0, end: 2 },
    ];
    expect(matchSpans(gold, pred)).toEqual([
      { gold: 0, pred: 1, overlap: 2 },
      { gold: 1, pred: 0, overlap: 5 },
    ]);
  });

  it("does not depend on the order predictions are listed in", () => {
    const gold = [
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ];
    const a = { start: 3, end: 12 };
    const b = { start: 0, end: 5 };
    const forward = matchSpans(gold, [a, b]).map((m) => [m.gold, m.overlap]);
    const backward = matchSpans(gold, [b, a]).map((m) => [m.gold, m.overlap]);
    expect(backward).toEqual(forward);
    expect(forward).toEqual([
      [0, 5],
      [1, 2],
    ]);
  });
});
