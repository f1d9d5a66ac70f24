import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidIsoDay } from "../../shared/calendar";
import { checkMapHash, MAX_ZOOM, MIN_ZOOM } from "./map-hash";
import { parseUrlState, toSearch, type KnownValues } from "./url-state";

const known: KnownValues = {
  placeIds: new Set(["idlib-governorate", "maarat-al-numan"]),
  articleIds: new Set(["001_cc526c65595f965e"]),
  dayRange: { from: "2018-01-10", to: "2019-12-24" },
};

/** Query strings built from our keys, unknown keys and hostile values (markup, quotes, huge). */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "2019-02-30",
    "9999-99-99",
    "%E0%A4%A",
    "'\"><svg/onload=1>",
  ),
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const key = fc.oneof(
  fc.constantFrom("from", "to", "dates", "place", "article", "map", "__proto__", "constructor"),
  fc.string(),
);
const search = fc
  .array(fc.tuple(key, hostileValue), { maxLength: 8 })
  .map(
    (pairs) =>
      "?" + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"),
  );

describe("parseUrlState on arbitrary and hostile links", () => {
  it("never throws and only ever returns valid, known values", () => {
    fc.assert(
      fc.property(fc.oneof(search, fc.string()), (s) => {
        const { state, problems } = parseUrlState(s, known);
        if (state.from !== undefined) expect(isValidIsoDay(state.from)).toBe(true);
        if (state.to !== undefined) expect(isValidIsoDay(state.to)).toBe(true);
        if (state.from !== undefined && state.to !== undefined)
          expect(state.from <= state.to).toBe(true);
        if (state.place !== undefined) expect(known.placeIds.has(state.place)).toBe(true);
        if (state.article !== undefined) expect(known.articleIds.has(state.article)).toBe(true);
        if (state.dates !== undefined) expect(["event", "published"]).toContain(state.dates);
        for (const p of problems) expect(p.length).toBeLessThan(200);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips every state it accepts", () => {
    fc.assert(
      fc.property(search, (s) => {
        const { state } = parseUrlState(s, known);
        expect(parseUrlState(toSearch(state), known)).toEqual({ state, problems: [] });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("checkMapHash on arbitrary hashes", () => {
  it("never throws and keeps a camera only when it is usable", () => {
    const camera = fc.oneof(
      fc.string(),
      fc.tuple(fc.double(), fc.double(), fc.double()).map(([z, a, b]) => `${z}/${a}/${b}`),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          camera.map((c) => `#map=${c}`),
        ),
        (hash) => {
          const r = checkMapHash(hash);
          if (r.hasCamera) {
            const [zoom, lat, lng] = (new URLSearchParams(r.hash.slice(1)).get("map") ?? "")
              .split("/")
              .map(Number);
            expect(zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
            expect(zoom).toBeLessThanOrEqual(MAX_ZOOM);
            expect(Math.abs(lat ?? NaN)).toBeLessThanOrEqual(85);
            expect(Math.abs(lng ?? NaN)).toBeLessThanOrEqual(180);
          } else expect(new URLSearchParams(r.hash.replace(/^#/, "")).get("map")).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
