import { describe, expect, it } from "vitest";
import { parseEventAnchors } from "./event-anchors.ts";
import { inferPublished } from "./published-date.ts";

// Dates as given by the Wikipedia pages named (facts used for a test fixture).
const CSV = `id,start,end,name,patterns,kind,source
quake-2023,2023-02-06,,2023 Turkey–Syria earthquakes,earthquake&Syria|quake&Syria|earthquake&Turkey,disaster,en.wikipedia 2023 Turkey–Syria earthquakes
sochi-2018,2018-09-17,,Sochi memorandum on Idlib,Sochi agreement|Sochi deal|demilitarized zone&Idlib,agreement,en.wikipedia Idlib demilitarization (2018–2019)
eid-2021,2021-07-20,2021-07-23,Eid al-Adha 2021,Eid al-Adha,holiday,test
broken,2019-02-30,,Nothing,x,event,test
`;

describe("event anchors", () => {
  const { anchors, issues } = parseEventAnchors(CSV, "syria-events.csv");

  it("parses rows and reports bad dates by line", () => {
    expect(anchors.map((a) => a.id)).toEqual(["quake-2023", "sochi-2018", "eid-2021"]);
    expect(anchors[0]?.patterns).toEqual([
      ["earthquake", "syria"],
      ["quake", "syria"],
      ["earthquake", "turkey"],
    ]);
    expect(issues).toEqual([
      { file: "syria-events.csv", line: 5, reason: 'bad date "2019-02-30"' },
    ]);
  });

  it("dates a yearless article from the event it recounts and its weekday", () => {
    const text =
      "Quake-hit town mourns\n\nThe earthquake struck northern Syria before dawn on Monday.";
    const r = inferPublished(text, anchors);
    expect(r.published).toBe("2023-02-06");
    expect(r.basis).toMatch(/2023 Turkey–Syria earthquakes/);
  });

  it("prefers the text's own dated references over events", () => {
    const text =
      "Under the Sochi deal, fighting eased yesterday. On December 24, 2019 residents fled.";
    expect(inferPublished(text, anchors).published).toBe("2019-12-24");
  });
});
