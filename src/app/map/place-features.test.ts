import { describe, expect, it } from "vitest";
import { testDataset } from "../data/fixtures";
import { boundsOfPlaces, DEFAULT_BOUNDS } from "./fit-to-places";
import { areaStyle } from "./layers";
import { areaCounts, placeFeaturesInRange } from "./place-features";

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
      { id: "atme", name: "atme", kind: "village", count: 3 },
    ]);
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
