import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useGeocoderHarness } from "./geocoder-harness.ts";
import { DEFAULT_USER_AGENT } from "./nominatim.ts";

const h = useGeocoderHarness({ startAt: 1_000_000, cacheSubdir: "data" });

describe("createNominatimGeocoder", () => {
  it("parses a hit, maps kinds and sends the documented request", async () => {
    const g = h.make();
    expect(await g.geocode("Kafr Takharim")).toEqual({
      name: "Kafr Takharim",
      lat: 36.1178,
      lon: 36.5133,
      kind: "village",
      source: `Nominatim ${h.server.baseUrl} node/101, © OpenStreetMap contributors ODbL`,
      importance: 0.4,
    });
    expect(await g.geocode("Atarib")).toMatchObject({
      name: "Al-Atarib",
      kind: "town",
      lat: 36.1383,
    });
    expect(await g.geocode("Idlib Governorate")).toMatchObject({ kind: "governorate" });
    expect(await g.geocode("Bab al-Hawa Crossing")).toMatchObject({
      name: "Bab al-Hawa",
      kind: "landmark",
    });
    const first = h.server.requests[0];
    expect(first?.path).toBe("/search");
    expect(first?.userAgent).toBe(DEFAULT_USER_AGENT);
    expect(Object.fromEntries(first?.params ?? [])).toEqual({
      q: "Kafr Takharim",
      format: "jsonv2",
      limit: "3",
      addressdetails: "0",
      countrycodes: "sy,tr,lb,iq,jo",
      viewbox: "35.5,34.5,38.5,37",
      bounded: "0",
      "accept-language": "en",
    });
    expect(g.stats()).toEqual({ requests: 4, cacheHits: 0, failures: 0 });
    expect(h.warnings).toEqual([]);
  });

  it("caches hits and negative results, spelling variants included", async () => {
    const g = h.make({ userAgent: "AtlasTest/1" });
    expect(await g.geocode("Nowhere Village")).toBeNull();
    expect(await g.geocode("Kafr Takharim")).not.toBeNull();
    expect(await g.geocode("nowhere village")).toBeNull();
    expect(await g.geocode("Kfar Takharim")).toMatchObject({ name: "Kafr Takharim" });
    expect(h.server.requests.map((r) => r.params.get("q"))).toEqual([
      "Nowhere Village",
      "Kafr Takharim",
    ]);
    expect(h.server.requests[0]?.userAgent).toBe("AtlasTest/1");
    expect(g.stats()).toEqual({ requests: 2, cacheHits: 2, failures: 0 });
  });

  it("shares one request between concurrent asks for the same name", async () => {
    const g = h.make();
    const answers = await Promise.all([
      g.geocode("Atarib"),
      g.geocode("Atarib"),
      g.geocode("Atarib"),
    ]);
    expect(answers.map((a) => a?.name)).toEqual(["Al-Atarib", "Al-Atarib", "Al-Atarib"]);
    expect(h.server.requests).toHaveLength(1);
    expect(g.stats()).toEqual({ requests: 1, cacheHits: 2, failures: 0 });
  });

  it("writes a sorted, deterministic cache that a new geocoder answers from offline", async () => {
    const g = h.make();
    for (const q of ["Kafr Takharim", "Nowhere", "Atarib"]) await g.geocode(q);
    await g.flush();
    const text = readFileSync(h.cacheFile, "utf8");
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.map((k) => k.split("|")[0])).toEqual(["atarib", "kfr taxarim", "nuwher"]);
    expect(keys[0]).toBe(
      "atarib|format=jsonv2&limit=3&addressdetails=0&countrycodes=sy,tr,lb,iq,jo&viewbox=35.5,34.5,38.5,37&bounded=0&accept-language=en",
    );
    expect(text.endsWith("}\n")).toBe(true);

    // Same answers in another order give the same bytes.
    const other = path.join(path.dirname(h.cacheFile), "other.json");
    const g2 = h.make({ cacheFile: other });
    for (const q of ["Atarib", "Nowhere", "Kafr Takharim"]) await g2.geocode(q);
    await g2.flush();
    expect(readFileSync(other, "utf8")).toBe(text);

    h.server.requests.length = 0;
    const reloaded = h.make({ offline: true });
    expect(await reloaded.geocode("Atarib")).toMatchObject({ name: "Al-Atarib", importance: 0.4 });
    expect(await reloaded.geocode("Nowhere")).toBeNull();
    expect(await reloaded.geocode("Kafr Takharim")).toMatchObject({ kind: "village" });
    expect(reloaded.stats()).toEqual({ requests: 0, cacheHits: 3, failures: 0 });
    expect(h.server.requests).toHaveLength(0);
  });

  it("asks a different question when a result-changing parameter changes", async () => {
    await h.make().geocode("Atarib");
    await h.make({ viewbox: [36, 35, 37, 36] }).geocode("Atarib");
    expect(h.server.requests.map((r) => r.params.get("viewbox"))).toEqual([
      "35.5,34.5,38.5,37",
      "36,35,37,36",
    ]);
  });
});
