import { describe, expect, it } from "vitest";
import { parseArticles, parseMentions, parsePlaces } from "./predicted.ts";

const feature = (id: string, coordinates: unknown) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates },
  properties: { id, name: id, kind: "city", source: "test", mentions: 1 },
});

describe("parsePlaces", () => {
  it("reads GeoJSON [lon, lat] order into lat/lon", () => {
    const places = parsePlaces(
      { type: "FeatureCollection", features: [feature("idlib-city", [36.63393, 35.93062])] },
      "places.geojson",
    );
    expect(places.get("idlib-city")).toEqual({ lat: 35.93062, lon: 36.63393 });
  });

  it("rejects a non-point geometry, naming file and feature", () => {
    const bad = { type: "FeatureCollection", features: [feature("x", [36.6])] };
    expect(() => parsePlaces(bad, "out/places.geojson")).toThrow(
      "out/places.geojson: features[0].geometry: expected a Point with [lon, lat]",
    );
  });
});

describe("parseArticles", () => {
  it("accepts a null publication date and rejects a malformed one", () => {
    const a = { id: "a1", title: "t", published: null, published_basis: "none", text: "x" };
    expect(parseArticles([a], "articles.json").get("a1")?.published).toBeNull();
    expect(() => parseArticles([{ ...a, published: "05.02.2019" }], "articles.json")).toThrow(
      /articles\.json: \[0\]\.published: expected a date/,
    );
  });
});

describe("parseMentions", () => {
  it("keeps null places and rejects reversed spans", () => {
    const m = { article: "a1", start: 3, end: 8, text: "Idlib", place: null, date: null };
    expect(parseMentions([m], "mentions.json")[0]).toEqual({
      article: "a1",
      start: 3,
      end: 8,
      text: "Idlib",
      place: null,
    });
    expect(() => parseMentions([{ ...m, end: 2 }], "mentions.json")).toThrow(/reversed span/);
  });

  it("rejects a file that is not a list of mentions", () => {
    expect(() => parseMentions({ foo: 1 }, "mentions.json")).toThrow(
      "mentions.json: mentions: expected an array",
    );
  });
});
