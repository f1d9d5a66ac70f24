import { describe, expect, it } from "vitest";
import { parseGold } from "./gold.ts";
import { EvalInputError } from "./validate.ts";

function validGold() {
  return {
    version: 1,
    articles: [
      {
        id: "000_x",
        file: "seeds/000_x.txt",
        published: "2019-05-04",
        published_precision: "month",
        published_basis: "inferred",
        toponyms: [
          { text: "Idlib", start: 10, end: 15, place: "idlib", required: true, kind: "city" },
          { text: "Europe", start: 30, end: 36, place: "europe", required: false, kind: "region" },
        ],
      },
    ],
    places: {
      idlib: { name: "Idlib", lat: 35.93, lon: 36.63, kind: "city", source: "GeoNames" },
      europe: { name: "Europe", lat: null, lon: null, kind: "region", source: "not geocoded" },
    },
  };
}

/** Applies `edit` to a fresh valid gold file and returns the parse error message. */
function errorAfter(edit: (g: ReturnType<typeof validGold>) => void): string {
  const g = validGold();
  edit(g);
  try {
    parseGold(g, "gold.json");
  } catch (err) {
    expect(err).toBeInstanceOf(EvalInputError);
    return (err as Error).message;
  }
  throw new Error("expected parseGold to fail");
}

describe("parseGold", () => {
  it("reads articles, toponyms and places, keeping null coordinates as null", () => {
    const gold = parseGold(validGold(), "gold.json");
    expect(gold.articles[0]).toMatchObject({ id: "000_x", precision: "month", basis: "inferred" });
    expect(gold.articles[0]?.toponyms[1]).toMatchObject({ text: "Europe", required: false });
    expect(gold.places.get("idlib")?.coord).toEqual({ lat: 35.93, lon: 36.63 });
    expect(gold.places.get("europe")?.coord).toBeNull();
  });

  it("defaults a missing published_precision to day", () => {
    const g = validGold();
    delete (g.articles[0] as { published_precision?: string }).published_precision;
    expect(parseGold(g, "gold.json").articles[0]?.precision).toBe("day");
  });

  it("names the file and the offending path", () => {
    expect(errorAfter((g) => (g.version = 2))).toBe("gold.json: version: expected version 1");
    expect(
      errorAfter((g) => ((g.articles[0]?.toponyms[0] as { start: unknown }).start = "10")),
    ).toBe("gold.json: articles[0].toponyms[0].start: expected a non-negative integer offset");
  });

  it("rejects toponyms whose text does not fit their span", () => {
    expect(
      errorAfter((g) => g.articles[0]?.toponyms[0] && (g.articles[0].toponyms[0].end = 16)),
    ).toMatch(/does not fit span 10\.\.16/);
  });

  it("rejects unknown place keys, half coordinates, bad dates and duplicate ids", () => {
    const first = (g: ReturnType<typeof validGold>) => g.articles[0]!;
    expect(errorAfter((g) => (first(g).toponyms[0]!.place = "nowhere"))).toMatch(
      /"nowhere" is not a key/,
    );
    expect(errorAfter((g) => ((g.places.idlib as { lon: number | null }).lon = null))).toMatch(
      /lat and lon must both be set/,
    );
    expect(errorAfter((g) => (first(g).published = "2019-02-30"))).toMatch(/expected a date/);
    expect(errorAfter((g) => (first(g).published_precision = "year"))).toMatch(/"day" or "month"/);
    expect(errorAfter((g) => g.articles.push(first(g)))).toMatch(/duplicate article id "000_x"/);
  });
});
