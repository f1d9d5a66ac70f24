import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIsoDay } from "../../shared/calendar.ts";
import { findDateReferences } from "../dates/date-references.ts";
import { inferPublished } from "../dates/published-date.ts";

/**
 * The date code belongs to another module, but it runs on whatever text ingest hands it, so
 * ingest checks that uncleaned text cannot break it.
 */
const WORDS = [
  ...["January", "Feb.", "Sept", "May", "March", "December", "Monday", "on Friday", "last"],
  ...["month", "week", "year", "in April", "Published", "Updated:", "Date", "2019", "2020"],
  ...["1999", "0000", "9999", "29", "30", "31", "00", "1st", "22nd", "of", "-", "/", ".", ","],
  ...["05.02.2019", "2019/02/30", "31.04.2020", "2019-02-29", "29 February 2019", "\n", " "],
  ...["will be held", "ago", "yesterday", "As of 6 February 2020", "|", "06:36 PM"],
];
const datey = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 30 })
  .map((w) => w.join(" "));
const text = fc.oneof(datey, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));

describe("fuzzing the date code on arbitrary text", () => {
  it("inferPublished never throws and only returns real days", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = inferPublished(t);
        if (r.published !== null) expect(isValidIsoDay(r.published), r.published).toBe(true);
        expect(typeof r.basis).toBe("string");
      }),
      { numRuns: 1000 },
    );
  });

  it("findDateReferences never throws and its spans lie within the text", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const r of findDateReferences(t)) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeGreaterThanOrEqual(r.start);
          expect(r.end).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
