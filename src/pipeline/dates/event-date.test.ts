import { describe, expect, it } from "vitest";
import { findDateReferences } from "./date-references.ts";
import { eventDateOf, SentenceDates, sentenceSpans } from "./event-date.ts";

function dateOfMention(text: string, name: string, published: string | null) {
  const start = text.indexOf(name);
  return eventDateOf(
    { start, end: start + name.length },
    new SentenceDates(sentenceSpans(text), findDateReferences(text)),
    published,
  );
}

describe("eventDateOf", () => {
  it.each([
    [
      "He fled Maaret al-Numan on December 24, 2019.",
      "Maaret al-Numan",
      "2019-12-30",
      "2019-12-24",
    ],
    [
      "Ankara and Moscow signed a deal on Idlib last September.",
      "Idlib",
      "2019-05-29",
      "2018-09-01",
    ],
    ["33 civilians were killed in Idlib since April 25.", "Idlib", "2019-05-03", "2019-04-25"],
    ["Thirty civilians died in Idlib in January.", "Idlib", "2019-02-05", "2019-01-01"],
    ["The EU called for calm in Idlib on Wednesday.", "Idlib", "2019-05-31", "2019-05-29"],
    ["Regime forces shelled Hama in September 2018.", "Hama", "2019-02-05", "2018-09-01"],
  ])("%s", (text, name, published, expected) => {
    expect(dateOfMention(text, name, published)).toEqual({ date: expected, basis: "event" });
  });

  it("falls back to the publication day when the sentence gives no date", () => {
    const text = "On Monday it rained. Shelling hit Idlib.";
    expect(dateOfMention(text, "Idlib", "2019-05-03")).toEqual({
      date: "2019-05-03",
      basis: "published",
    });
  });

  it("uses only absolute dates when the publication day is unknown", () => {
    expect(dateOfMention("Idlib was hit on Wednesday.", "Idlib", null)).toEqual({
      date: null,
      basis: "published",
    });
    expect(dateOfMention("Idlib was hit on May 6, 2019.", "Idlib", null)).toEqual({
      date: "2019-05-06",
      basis: "event",
    });
  });
});
