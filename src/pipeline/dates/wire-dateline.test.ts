import { describe, expect, it } from "vitest";
import { inferPublished } from "./published-date.ts";
import { datelineDayFrom, wireDateline } from "./wire-dateline.ts";

describe("wireDateline", () => {
  it("reads the filing day of Reuters, Xinhua and AFP datelines", () => {
    expect(
      wireDateline("Title\n\nBEIRUT, Oct 17 (Reuters) - Rebels shot down a jet."),
    ).toMatchObject({ line: "BEIRUT, Oct 17 (Reuters) -", month: 10, day: 17 });
    expect(wireDateline("Title\n\nQAH, Syria, May 17 (Xinhua) -- Families left.")).toMatchObject({
      month: 5,
      day: 17,
    });
    expect(
      wireDateline("Title\n\nBEIRUT, October 17, 2012 (AFP) - Rebels advanced."),
    ).toMatchObject({ month: 10, day: 17, year: 2012 });
  });

  it("reads a post's date stamp under the title: 'March 22  By Scott Lucas'", () => {
    expect(
      wireDateline(
        "Rebels open Hama front\n\nMarch 22  By Scott Lucas – Anti-Assad forces test regime\n\nText.",
      ),
    ).toMatchObject({ kind: "stamp", month: 3, day: 22 });
    // A sentence that opens with a date is not a stamp.
    expect(wireDateline("Title\n\nMarch 22 was the day the offensive began in Hama.")).toBeNull();
  });

  it("finds none where the dateline has no date or the text has no dateline", () => {
    expect(wireDateline("Title\n\nIDLIB, Syria (AP) — Airstrikes hit a market.")).toBeNull();
    expect(wireDateline("Title\n\nThe strike (on May 17) killed 12 people.")).toBeNull();
  });

  it("finds the first day with the dateline's day and month from a given day on", () => {
    const wire = wireDateline("T\n\nDAMASCUS, Dec. 7 (Xinhua) -- Text.")!;
    expect(datelineDayFrom(wire, "2025-09-25", null)).toBe("2025-12-07");
    expect(datelineDayFrom(wire, "2025-12-08", null)).toBe("2026-12-07");
    expect(datelineDayFrom(wire, "2025-12-08", "2026-06-01")).toBeNull();
  });
});

describe("wire datelines in publication dates", () => {
  it("dates the report on the dateline's day, in the year after its latest full date", () => {
    // A caption's photo date comes first; the filing day is later in the same year.
    const text =
      "Families return to ruins\n\nAn aerial photo taken on Sept. 25, 2025 shows the camps.\n\n" +
      "DAMASCUS, Dec. 7 (Xinhua) -- A year after the war ended, displacement persists.";
    const r = inferPublished(text);
    expect(r.published).toBe("2025-12-07");
    expect(r.basis).toMatch(/wire dateline "DAMASCUS, Dec. 7 \(Xinhua\) --"/);
  });

  it("takes a dateline with a year as it stands", () => {
    const text = "Rebels advance\n\nBEIRUT, October 17, 2012 (AFP) - Rebels advanced on Tuesday.";
    expect(inferPublished(text).published).toBe("2012-10-17");
  });

  it("leaves the year open when nothing else in the text gives one", () => {
    const text = "Jet downed\n\nBEIRUT, Oct 17 (Reuters) - Rebels shot down a jet on Wednesday.";
    expect(inferPublished(text).published).toBeNull();
  });
});
