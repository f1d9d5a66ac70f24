import { describe, expect, it } from "vitest";
import type { Mention } from "../../shared/types.ts";
import { fillUnresolved } from "./fill-unresolved.ts";
import type { GeocodeHit, Geocoder } from "./nominatim.ts";

function stubGeocoder(answers: Record<string, GeocodeHit | null>) {
  const asked: string[] = [];
  let flushed = 0;
  const geocoder: Geocoder = {
    geocode: async (q) => {
      asked.push(q);
      return answers[q] ?? null;
    },
    flush: async () => {
      flushed++;
    },
    stats: () => ({ requests: asked.length, cacheHits: 0, failures: 0 }),
  };
  return { geocoder, asked, flushes: () => flushed };
}

const mention = (text: string, place: string | null): Mention => ({
  article: "a",
  start: 0,
  end: text.length,
  text,
  place,
  date: null,
});

describe("fillUnresolved", () => {
  it("asks once per unplaced name, places the answered mentions and flushes the cache", async () => {
    const hit: GeocodeHit = {
      name: "Kafr Takharim",
      lat: 36.117,
      lon: 36.515,
      kind: "town",
      source: "Nominatim test node/1",
    };
    const { geocoder, asked, flushes } = stubGeocoder({ "Kafr Takharim": hit });
    const mentions = [
      mention("Kafr Takharim", null),
      mention("Kafr Takharim", null),
      mention("Nowhere", null),
      mention("Idlib", "idlib-governorate"),
    ];
    const entries = await fillUnresolved(mentions, geocoder);
    expect(asked.sort()).toEqual(["Kafr Takharim", "Nowhere"]);
    expect(mentions.map((m) => m.place)).toEqual([
      "geocoded-kafr-takharim",
      "geocoded-kafr-takharim",
      null,
      "idlib-governorate",
    ]);
    expect(entries).toMatchObject([
      { id: "geocoded-kafr-takharim", lat: 36.117, source: "Nominatim test node/1" },
    ]);
    expect(flushes()).toBe(1);
  });
});
