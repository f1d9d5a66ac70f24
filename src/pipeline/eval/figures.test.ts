import { describe, expect, it } from "vitest";
import { addTallies, emptyTally, figures, median, ratio } from "./figures.ts";

describe("median", () => {
  it("takes the middle of odd and the mean of the two middles of even lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe("figures", () => {
  it("derives precision, recall, F1 and keeps counts", () => {
    const t = { ...emptyTally(), predictions: 4, predMatched: 3, required: 6, requiredMatched: 3 };
    const f = figures(t);
    expect(f.precision).toEqual({ hit: 3, n: 4, value: 0.75 });
    expect(f.recall).toEqual({ hit: 3, n: 6, value: 0.5 });
    expect(f.f1).toBeCloseTo(0.6, 10);
  });

  it("leaves figures with nothing to score as null, but F1 is 0 when nothing was found", () => {
    const f = figures({ ...emptyTally(), required: 3 });
    expect(f.precision.value).toBeNull();
    expect(f.f1).toBe(0);
    expect(figures(emptyTally()).f1).toBeNull();
    expect(f.medianKm).toBeNull();
  });

  it("sums tallies so overall figures are micro-averaged", () => {
    const a = { ...emptyTally(), within161: ratio(1, 1), distancesKm: [2] };
    const b = { ...emptyTally(), within161: ratio(0, 3), distancesKm: [4, 30] };
    const f = figures(addTallies(a, b));
    expect(f.acc161).toEqual({ hit: 1, n: 4, value: 0.25 });
    expect(f.meanKm).toBe(12);
    expect(f.medianKm).toBe(4);
  });
});
