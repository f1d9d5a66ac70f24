import { describe, expect, it } from "vitest";
import { emptyTally, figures, ratio } from "./figures.ts";
import { emptyMisses } from "./misses.ts";
import { formatReport } from "./report.ts";
import type { EvalResult } from "./score.ts";

function result(): EvalResult {
  const f = figures({
    ...emptyTally(),
    predictions: 4,
    predMatched: 3,
    required: 3,
    requiredMatched: 2,
    within161: ratio(1, 2),
    distancesKm: [40.25],
    dateExact: ratio(0, 1),
    dateWithin7: ratio(1, 1),
  });
  const misses = emptyMisses();
  misses.missed.push({ article: "a1", start: 5, end: 10, text: "Idlib", gold_place: "idlib-gov" });
  misses.far.push({
    article: "a1",
    start: 20,
    end: 27,
    text: "Saraqib",
    predicted_place: "p-x",
    gold_place: "saraqib",
    gold_kind: "town",
    distance_km: 40.25,
  });
  misses.wrong_dates.push({
    article: "a1",
    predicted: "2019-05-10",
    predicted_basis: "explicit line",
    gold: "2019-05-04",
    gold_precision: "day",
    gold_basis: "g",
    diff_days: 6,
    within7: true,
  });
  const article = {
    id: "a1",
    present: true,
    predicted_published: null,
    gold_published: "",
    figures: f,
  };
  return { overall: f, articles: [article], misses, warnings: [] };
}

describe("formatReport", () => {
  const text = formatReport(result());

  it("prints each figure with its count, per article and overall", () => {
    const a1 = text.split("\n").find((l) => l.startsWith("a1 "));
    const overall = text.split("\n").find((l) => l.startsWith("OVERALL"));
    for (const line of [a1, overall]) {
      expect(line).toContain("0.750 (3/4)");
      expect(line).toContain("0.667 (2/3)");
      expect(line).toContain("0.500 (1/2)");
      expect(line).toContain("—   (0/0)"); // no settlements scored
      expect(line).toContain("40.3 / 40.3 (n=1)");
    }
  });

  it("lists the misses with place ids and distances", () => {
    expect(text).toContain('Missed required names (1)\n  a1 @5-10 "Idlib" → gold idlib-gov');
    expect(text).toContain('a1 @20-27 "Saraqib" predicted p-x, gold saraqib (town): 40.3 km');
    expect(text).toContain("predicted 2019-05-10 vs gold 2019-05-04 (day, +6 d, within 7 d)");
    expect(text).toContain("False positives (no overlapping gold toponym) (0)");
  });
});
