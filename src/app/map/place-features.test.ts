import { describe, expect, it } from "vitest";
import { place, testDataset } from "../data/fixtures";
import { boundsOfPlaces, DEFAULT_BOUNDS } from "./fit-to-places";
import { areaStyle } from "./layers";
import { areaCounts, kmToPixelsAtZoom0, placeFeaturesInRange } from "./place-features";

const { places } = testDataset();
const counts = new Map([
  ["atme", 3],
  ["idlib-governorate", 2],
  ["turkey", 5],
  ["moscow", 0],
]);

describe("placeFeaturesInRange", () => {
  it("draws points only for places with mentions in range, not areas or countries", () => {
    const features = placeFeaturesInRange(places, counts).features;
    expect(features.map((f) => f.properties)).toEqual([
      {
        id: "atme",
        name: "atme",
        kind: "village",
        count: 3,
        approximate: false,
        uncertaintyPx0: 0,
      },
    ]);
  });

  it("gives approximate places an uncertainty radius that matches the ground distance", () => {
    const approx = place("x", "village", 36, 60, { approximate: true, uncertainty_km: 10 });
    const [feature] = placeFeaturesInRange([approx], new Map([["x", 1]])).features;
    expect(feature?.properties.approximate).toBe(true);
    // At zoom 10 and 60°N one 512-px-tile pixel covers about 38 m, so 10 km is about 262 px.
    expect((feature?.properties.uncertaintyPx0 ?? 0) * 2 ** 10).toBeCloseTo(261.6, 0);
  });

  it("converts kilometres to zoom-0 pixels, larger towards the poles", () => {
    expect(kmToPixelsAtZoom0(1000, 0)).toBeCloseTo(12.78, 1);
    expect(kmToPixelsAtZoom0(1000, 60)).toBeCloseTo(25.56, 1);
  });
});

describe("areaCounts / areaStyle", () => {
  it("shades governorates by their code", () => {
    const byCode = areaCounts(places, counts);
    expect(Object.fromEntries(byCode)).toEqual({ "SY-ID": 2 });
    const style = areaStyle(byCode);
    expect(style.filter).toEqual(["in", ["get", "iso_3166_2"], ["literal", ["SY-ID"]]]);
    expect(style.opacity).toEqual(["match", ["get", "iso_3166_2"], "SY-ID", 0.32, 0]);
  });

  it("hides all areas when nothing is in range", () => {
    expect(areaStyle(new Map()).opacity).toBe(0);
  });
});

describe("boundsOfPlaces", () => {
  it("fits to places in the Syria region, ignoring countries and far cities", () => {
    const [west, south, east, north] = boundsOfPlaces(places);
    expect(west).toBeGreaterThan(35);
    expect(north).toBeLessThan(37.6);
    expect(east).toBeGreaterThan(36.5);
    expect(south).toBeGreaterThan(35);
  });

  it("falls back to northwest Syria with no places", () => {
    expect(boundsOfPlaces([])).toEqual(DEFAULT_BOUNDS);
  });
});
