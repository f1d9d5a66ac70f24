import { describe, expect, it } from "vitest";
import { inferPublished } from "./published-date.ts";
import { warAgeWindow, warAgeWindows } from "./war-age.ts";

const span = (s: string) => {
  const w = warAgeWindow(s);
  return w && [w.from, w.to];
};

describe("warAgeWindow", () => {
  it("reads 'the eight-year civil war' as the war's ninth year, or the months just before", () => {
    const [from, to] = span("Nearly 400,000 people have died in Syria's eight-year civil war.")!;
    expect(from! < "2019-03-15" && from! > "2018-12-01").toBe(true);
    expect(to! >= "2020-03-13" && to! <= "2020-03-16").toBe(true);
  });

  it("reads 'almost nine years of civil war' as the months before the ninth anniversary", () => {
    expect(
      span("Families were displaced several times over almost nine years of civil war."),
    ).toEqual(["2019-08-08", "2020-03-14"]);
  });

  it("reads 'the war began nearly six years ago'", () => {
    const [from, to] = span(
      "It may be the deadliest attack on a school since the country's war began nearly six years ago.",
    )!;
    expect(from! < "2016-10-27" && to! >= "2016-10-27").toBe(true);
  });

  it("reads 'more than seven years of conflict' and 'now in its ninth year'", () => {
    const [from, to] = span("After more than seven years of conflict, the town lies in ruins.")!;
    expect([from! >= "2018-03-14", to! <= "2019-07-01"]).toEqual([true, true]);
    const [f9, t9] = span("The war, now in its ninth year, has displaced millions.")!;
    expect([f9! >= "2019-02-01", t9! <= "2020-04-30"]).toEqual([true, true]);
  });

  it("takes 'a decade of war' as a lower bound only: the round figure is used for years", () => {
    const w = warAgeWindow("After a decade of war and displacement, many Syrians are returning.");
    expect(w?.to).toBeNull();
    expect(w?.from.startsWith("2020")).toBe(true);
  });

  it("reads the months reporters counted in 2012: 'the 16-month uprising', 'mid-March last year'", () => {
    expect(span("Daraa, cradle of the 16-month uprising against the regime.")).toEqual([
      "2012-06-29",
      "2012-08-13",
    ]);
    expect(span("The 16-month revolt has been transformed.")).toEqual(["2012-06-29", "2012-08-13"]);
    expect(span("Many died since the uprising erupted in mid-March last year.")).toEqual([
      "2012-01-01",
      "2012-12-31",
    ]);
    expect(warAgeWindow("A 13-month-old baby was among the dead.")).toBeNull();
  });

  it("ignores ages of people, other countries' wars and sieges", () => {
    expect(warAgeWindow("A 13-year-old boy was killed in the strike.")).toBeNull();
    expect(warAgeWindow("He had served in Afghanistan's 20-year war.")).toBeNull();
    expect(warAgeWindow("The siege of the town, now in its third year, goes on.")).toBeNull();
  });

  it("keeps only the tightest reading of an article", () => {
    const windows = warAgeWindows([
      "After a decade of war, the city is tired.",
      "The conflict, now in its 11th year, shows no sign of ending.",
    ]);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.to).not.toBeNull();
  });
});

describe("war age in publication dates", () => {
  it("puts a bare day and month in the year the war's age allows", () => {
    const text =
      "Strike on a market\n\nA strike on a market killed 12 people on October 26, a monitor said. " +
      "Syria's eight-year civil war has killed hundreds of thousands.";
    const r = inferPublished(text);
    expect(r.published).toBe("2019-10-26");
    expect(r.basis).toMatch(/war's age/);
  });

  it("dates a report by a war age in months to the middle of its weeks, saying how loose", () => {
    const text = "Rebels take a town\n\nThe 16-month revolt against the regime goes on.";
    const r = inferPublished(text);
    expect(r.published).toBe("2012-07-19");
    expect(r.basis).toMatch(/give or take three weeks/);
  });

  it("is not enough on its own to date an article", () => {
    const text = "Camps fill up\n\nThe camps have grown over almost nine years of civil war.";
    expect(inferPublished(text).published).toBeNull();
  });
});
