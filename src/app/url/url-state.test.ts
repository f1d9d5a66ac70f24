import { describe, expect, it } from "vitest";
import { parseUrlState, toSearch, type KnownValues } from "./url-state";

const known: KnownValues = {
  placeIds: new Set(["atme", "idlib-governorate"]),
  articleIds: new Set(["a1"]),
  dayRange: { from: "2018-01-01", to: "2019-12-31" },
};

describe("parseUrlState", () => {
  it("reads a full, valid link", () => {
    const { state, problems } = parseUrlState(
      "?from=2019-01-01&to=2019-06-30&dates=published&place=atme&article=a1",
      known,
    );
    expect(state).toEqual({
      from: "2019-01-01",
      to: "2019-06-30",
      dates: "published",
      place: "atme",
      article: "a1",
    });
    expect(problems).toEqual([]);
  });

  it("treats an empty query as the default view", () => {
    expect(parseUrlState("", known)).toEqual({ state: {}, problems: [] });
  });

  it("ignores a garbage date and names it", () => {
    const { state, problems } = parseUrlState("?from=garbage&to=2019-02-01", known);
    expect(state).toEqual({ to: "2019-02-01" });
    expect(problems).toEqual(["Ignored invalid date 'garbage' for 'from' in the link"]);
  });

  it("rejects impossible calendar days", () => {
    expect(parseUrlState("?from=2019-02-30", known).state).toEqual({});
  });

  it("ignores a range whose from is after its to", () => {
    const { state, problems } = parseUrlState("?from=2019-05-01&to=2019-01-01", known);
    expect(state).toEqual({});
    expect(problems[0]).toMatch(/'from' 2019-05-01 is after 'to' 2019-01-01/);
  });

  it("ignores a range entirely outside the data", () => {
    const { state, problems } = parseUrlState("?from=2030-01-01", known);
    expect(state).toEqual({});
    expect(problems).toHaveLength(1);
  });

  it("drops bounds at or beyond the data's edges as defaults", () => {
    expect(parseUrlState("?from=2000-01-01&to=2019-12-31", known)).toEqual({
      state: {},
      problems: [],
    });
  });

  it("ignores unknown ids, quoting hostile values as text", () => {
    const { state, problems } = parseUrlState(
      "?place=%3Cscript%3Ealert(1)%3C/script%3E&article=zz",
      known,
    );
    expect(state).toEqual({});
    expect(problems).toEqual([
      "Ignored unknown place '<script>alert(1)</script>' in the link",
      "Ignored unknown article 'zz' in the link",
    ]);
  });

  it("clips very long values in notices", () => {
    const { problems } = parseUrlState(`?place=${"x".repeat(500)}`, known);
    expect(problems[0]?.length).toBeLessThan(100);
  });

  it("ignores an unknown date basis and unknown parameters", () => {
    const { state, problems } = parseUrlState("?dates=tomorrow&utm_source=x", known);
    expect(state).toEqual({});
    expect(problems).toEqual([
      "Ignored unknown date basis 'tomorrow' in the link",
      "Ignored unknown parameter 'utm_source' in the link",
    ]);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseUrlState("?place=atme&place=nowhere", known).state).toEqual({ place: "atme" });
  });
});

describe("toSearch", () => {
  it("omits defaults, giving an empty string for the default view", () => {
    expect(toSearch({})).toBe("");
    expect(toSearch({ dates: "event" })).toBe("");
  });

  it("writes fields in a fixed order and escapes ids", () => {
    expect(toSearch({ article: "a 1", place: "atme", to: "2019-02-01", from: "2019-01-01" })).toBe(
      "?from=2019-01-01&to=2019-02-01&place=atme&article=a+1",
    );
  });

  it("round-trips through parseUrlState", () => {
    const state = {
      from: "2018-05-01",
      to: "2019-02-01",
      dates: "published" as const,
      place: "atme",
      article: "a1",
    };
    expect(parseUrlState(toSearch(state), known)).toEqual({ state, problems: [] });
  });
});
