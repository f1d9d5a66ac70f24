import { describe, expect, it } from "vitest";
import { findDateReferences } from "./date-references.ts";
import { inferPublished } from "./published-date.ts";

describe("inferPublished", () => {
  it("reads an explicit day.month.year dateline (seed 004)", () => {
    const r = inferPublished(
      "Cease-fire violation in Idlib\n\nPublished 05.02.2019 00:07\n\nText.",
    );
    expect(r.published).toBe("2019-02-05");
    expect(r.basis).toMatch(/dateline/);
  });

  it("does not take a photo caption's date for the report's", () => {
    const text =
      "Regime targets south Idlib\n\nA soldier holds a flag as he stands on a vehicle in Khan " +
      "Shaykhun, Idlib. August 24, 2019\n\nTroops shelled the south of Idlib on Sunday.";
    expect(inferPublished(text).basis).not.toMatch(/^dateline/);
  });

  it("ignores an impossible dateline and says why it fell back", () => {
    const r = inferPublished("Title\nPublished 31.02.2019\nNothing dated here.");
    expect(r.published).toBeNull();
    expect(r.basis).toMatch(/the dateline "Published 31.02.2019" is not a real day/);
  });

  it("uses a full date and the weekdays around it (seed 003)", () => {
    const text =
      "A Turkish official said on Tuesday that talks go on. Officials met in Moscow on Monday. " +
      "He left the town on December 24, 2019.";
    expect(inferPublished(text).published).toBe("2019-12-24");
  });

  it("dates after a month spoken of as finished, on the weekday mentioned (seed 001)", () => {
    const text =
      "The deal was reached in September 2018. At least 33 civilians have been killed since April 25. " +
      "In its April report, the monitor counted 127 dead. The European Union on Friday called for calm.";
    expect(inferPublished(text).published).toBe("2019-05-03");
  });

  it("dates by a month named with its year only as a lower bound, and says so", () => {
    const text =
      "Camps wait\n\nFamilies displaced since March 2020 still wait for help, officials said.";
    const r = inferPublished(text);
    expect(r.published).toBe("2020-03-01");
    expect(r.basis).toMatch(/a month named with its year: a lower bound only/);
  });

  it("reads a short dated line near the top as a dateline", () => {
    const text =
      "Russia, Turkey hold joint patrol\n\nTue 28th April 2020 | 06:36 PM\n\nThe patrol on Tuesday.";
    expect(inferPublished(text).published).toBe("2020-04-28");
  });

  it("reads bare dates as leading up to a day-precise anchor", () => {
    const text = "Over 500 people fled since 26 January, the UN said on 6 February 2020.";
    expect(inferPublished(text).published).toBe("2020-02-06");
  });

  it("does not take an announced future date as past", () => {
    const text = "The congress will be held on March 3, 2018. Fighting began on January 2, 2018.";
    expect(inferPublished(text).published).toBe("2018-01-02");
  });

  it("returns null with a reason when nothing has a year", () => {
    const r = inferPublished("The EU on Wednesday called for a ceasefire.");
    expect(r.published).toBeNull();
    expect(r.basis.length).toBeGreaterThan(10);
  });
});

describe("datelines in the forms outlets use", () => {
  it.each([
    ["Published 05.02.2019 00:07", "2019-02-05"],
    ["Publication date: 2019/01/12 12:11", "2019-01-12"],
    ["Last updated 24/12/2019 - 10:15", "2019-12-24"],
    ["Posted 12/24/2019", "2019-12-24"],
    ["Updated: December 24, 2019 08:43 PM", "2019-12-24"],
    ["Tue 28th April 2020 | 06:36 PM", "2020-04-28"],
    ["24 Dec 2019", "2019-12-24"],
    ["Published August 22,2019", "2019-08-22"],
    ["2019-12-24T10:00:00Z", "2019-12-24"],
  ])("%s", (line, expected) => {
    expect(inferPublished(`A headline about Idlib\n${line}\nBody text.`).published).toBe(expected);
  });
});

describe("findDateReferences", () => {
  it.each([
    ["on December 24, 2019", { kind: "full", year: 2019, month: 12, day: 24 }],
    ["since April 25", { kind: "month-day", month: 4, day: 25 }],
    ["between Feb. 9 and", { kind: "month-day", month: 2, day: 9 }],
    ["in September 2018", { kind: "month-year", month: 9, year: 2018 }],
    ["Last September", { kind: "month", month: 9, last: true }],
    ["on Wednesday", { kind: "weekday", weekday: 3 }],
  ])("%s", (text, expected) => {
    expect(findDateReferences(text)[0]).toMatchObject(expected);
  });

  it("does not read the verb 'may' as a month", () => {
    expect(findDateReferences("people may arrive in Turkey")).toEqual([]);
  });

  it("reads news-agency weekdays ('said Thursday') and plans ('agreed to start patrols from March 15')", () => {
    const refs = findDateReferences(
      "Putin said Thursday they agreed to open a corridor and start joint patrols from March 15.",
    );
    expect(refs.map((r) => [r.kind, r.weekday ?? r.month, r.future ?? false])).toEqual([
      ["weekday", 4, false],
      ["month-day", 3, true],
    ]);
  });

  it("reads 'in late April' as over, and 'mid-April' as from the 11th", () => {
    const late = findDateReferences("The investigation was carried out in late April.");
    expect(late[0]).toMatchObject({ kind: "month", month: 4, part: "late", completed: true });
    const mid = findDateReferences("Strikes resumed in mid-April.");
    expect(mid[0]).toMatchObject({ part: "mid", completed: true });
    const since = findDateReferences("Fighting has gone on since late April.");
    expect(since[0]).toMatchObject({ part: "late" });
    expect(since[0]?.completed).toBeFalsy();
    const text =
      "Report on Idlib\n\nThe offensive began on April 3, 2012. Researchers visited the towns in late April.";
    expect(inferPublished(text).published).toBe("2012-05-01");
  });

  it("reads a bare date stamp on one of the last lines: '12. 09. 2019, 05:05'", () => {
    const text =
      "Strikes resume\n\nRussian aircraft struck positions in the west of Idlib province.\n\n" +
      "The army shelled Kafr Nabl.\n\n12. 09. 2019, 05:05\n";
    expect(inferPublished(text)).toMatchObject({ published: "2019-09-12" });
    // A date in the last sentence of the story is not a stamp.
    const story = "Title\n\nA\n\nB\n\nC\n\nD\n\nE\n\nF\n\nThe talks began on 12.09.2019 in Geneva.";
    expect(inferPublished(story).basis).not.toMatch(/^dateline/);
  });
});
