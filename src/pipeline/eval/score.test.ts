import { describe, expect, it } from "vitest";
import type { Gold, GoldPlace, GoldToponym } from "./gold.ts";
import type { PredArticle, PredMention, Predicted } from "./predicted.ts";
import { score } from "./score.ts";

const TEXT = "Jets hit Saraqib and Kafr Nabl in Idlib, said Moscow after the Astana talks.";
const at = (text: string) => ({
  text,
  start: TEXT.indexOf(text),
  end: TEXT.indexOf(text) + text.length,
});
const topo = (text: string, place: string, required = true): GoldToponym => ({
  ...at(text),
  place,
  required,
});

const SARAQIB = { lat: 35.86, lon: 36.8 };
const PLACES = new Map<string, GoldPlace>([
  ["saraqib", { name: "Saraqib", kind: "town", coord: SARAQIB }],
  ["kafr-nabl", { name: "Kafr Nabl", kind: "town", coord: { lat: 35.61, lon: 36.56 } }],
  [
    "idlib-gov",
    { name: "Idlib Governorate", kind: "governorate", coord: { lat: 35.8, lon: 36.6 } },
  ],
  ["moscow", { name: "Moscow", kind: "city", coord: null }],
  ["astana", { name: "Astana", kind: "city", coord: { lat: 51.17, lon: 71.45 } }],
]);

function gold(published = "2019-05-04", precision: "day" | "month" = "day"): Gold {
  const toponyms = [
    topo("Saraqib", "saraqib"),
    topo("Kafr Nabl", "kafr-nabl"),
    topo("Idlib", "idlib-gov"),
    topo("Moscow", "moscow"),
    topo("Astana", "astana", false), // "Astana talks": optional
  ];
  return { articles: [{ id: "a1", published, precision, basis: "b", toponyms }], places: PLACES };
}

const mention = (text: string, place: string | null, article = "a1"): PredMention => ({
  article,
  ...at(text),
  place,
});

function predicted(mentions: PredMention[], published: string | null = "2019-05-04"): Predicted {
  const article: PredArticle = { id: "a1", published, published_basis: "p", text: TEXT };
  const places = new Map([
    ["p-saraqib", SARAQIB],
    ["p-far", { lat: SARAQIB.lat + 0.5, lon: SARAQIB.lon }], // ~55.6 km north
    ["p-idlib", { lat: 35.9, lon: 36.6 }], // ~11 km from the gold governorate point
  ]);
  return { articles: new Map([["a1", article]]), mentions, places };
}

const ALL_RIGHT = [
  mention("Saraqib", "p-saraqib"),
  mention("Kafr Nabl", "p-saraqib"), // ~35 km off: within 161, not within 25
  mention("Idlib", "p-idlib"),
  mention("Moscow", null),
];

describe("score", () => {
  it("does not penalise a missed optional toponym, and credits a found one in precision", () => {
    const without = score(gold(), predicted(ALL_RIGHT)).overall;
    expect(without.recall).toMatchObject({ hit: 4, n: 4 });
    expect(without.precision).toMatchObject({ hit: 4, n: 4 });
    const withOptional = score(gold(), predicted([...ALL_RIGHT, mention("Astana", null)])).overall;
    expect(withOptional.precision).toMatchObject({ hit: 5, n: 5 });
    expect(withOptional.recall).toMatchObject({ hit: 4, n: 4 });
  });

  it("scores resolution over gold toponyms with a coordinate; 25 km only for settlements", () => {
    const r = score(gold(), predicted(ALL_RIGHT));
    // Moscow has no gold coordinate; the governorate is outside the 25 km figure.
    expect(r.overall.acc161).toMatchObject({ hit: 3, n: 3 });
    expect(r.overall.acc25).toMatchObject({ hit: 1, n: 2 });
    expect(r.overall.distanceN).toBe(3);
    expect(r.misses.far.map((f) => f.text)).toEqual(["Kafr Nabl"]);
  });

  it("counts an unresolved match as a miss at every threshold, outside median/mean", () => {
    const preds = [
      mention("Saraqib", null),
      mention("Kafr Nabl", "no-such-id"),
      mention("Idlib", "p-idlib"),
    ];
    const r = score(gold(), predicted(preds));
    expect(r.overall.recall).toMatchObject({ hit: 3, n: 4 });
    expect(r.overall.acc161).toMatchObject({ hit: 1, n: 3 });
    expect(r.overall.acc25).toMatchObject({ hit: 0, n: 2 });
    expect(r.overall.distanceN).toBe(1);
    expect(r.misses.unresolved.map((u) => [u.text, u.predicted_place])).toEqual([
      ["Saraqib", null],
      ["Kafr Nabl", "no-such-id"],
    ]);
  });

  it("lists misses, far placements and false positives", () => {
    const preds = [mention("Saraqib", "p-far"), mention("Jets", null), mention("Idlib", "p-idlib")];
    const r = score(gold(), predicted(preds));
    expect(r.overall.precision).toMatchObject({ hit: 2, n: 3 });
    expect(r.misses.missed.map((m) => m.text)).toEqual(["Kafr Nabl", "Moscow"]);
    expect(r.misses.false_positives.map((m) => m.text)).toEqual(["Jets"]);
    expect(r.misses.far[0]?.distance_km).toBeCloseTo(55.6, 0);
    expect(r.overall.acc25).toMatchObject({ hit: 0, n: 1 });
    expect(r.overall.medianKm).toBeCloseTo((55.6 + 11.1) / 2, 0);
  });

  it("judges the date with the gold precision", () => {
    const month = score(gold("2019-05-04", "month"), predicted(ALL_RIGHT, "2019-05-20")).overall;
    expect(month.dateExact).toMatchObject({ hit: 1, n: 1 });
    const day = score(gold("2019-05-04", "day"), predicted(ALL_RIGHT, "2019-05-10"));
    expect(day.overall.dateExact).toMatchObject({ hit: 0, n: 1 });
    expect(day.overall.dateWithin7).toMatchObject({ hit: 1, n: 1 });
    expect(day.misses.wrong_dates[0]).toMatchObject({ predicted: "2019-05-10", diff_days: 6 });
  });

  it("treats a gold article missing from the predictions as all missed with a wrong date", () => {
    const p = predicted([...ALL_RIGHT, mention("Jets", null, "other")]);
    const r = score(gold(), { ...p, articles: new Map() });
    expect(r.overall.recall).toMatchObject({ hit: 0, n: 4 });
    expect(r.overall.dateExact).toMatchObject({ hit: 0, n: 1 });
    expect(r.misses.missing_articles).toEqual(["a1"]);
    expect(r.articles[0]?.present).toBe(false);
  });

  it("ignores predictions for articles that are not in the gold file", () => {
    const p = predicted([...ALL_RIGHT, { ...mention("Jets", null), article: "not-in-gold" }]);
    expect(score(gold(), p).overall.precision).toMatchObject({ hit: 4, n: 4 });
  });

  it("warns when the predicted article text does not line up with the gold offsets", () => {
    const p = predicted(ALL_RIGHT);
    const shifted = { id: "a1", published: "2019-05-04", published_basis: "", text: ` ${TEXT}` };
    expect(score(gold(), { ...p, articles: new Map([["a1", shifted]]) }).warnings).toHaveLength(1);
  });
});
