import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useGeocoderHarness } from "./geocoder-harness.ts";

const h = useGeocoderHarness({ startAt: 0 });

describe("rate limit", () => {
  it("spaces requests by minIntervalMs on the injected h.clock, and cache hits not at all", async () => {
    const g = h.make();
    await Promise.all([g.geocode("Atarib"), g.geocode("Kafr Takharim"), g.geocode("Nowhere")]);
    expect(h.sleeps).toEqual([1100, 1100]);
    h.clock += 400;
    await g.geocode("Somewhere Else");
    await g.geocode("Atarib");
    expect(h.sleeps).toEqual([1100, 1100, 700]);
    expect(h.server.requests).toHaveLength(4);
  });

  it("honours a custom interval and does not wait once it has passed", async () => {
    const g = h.make({ minIntervalMs: 250 });
    await g.geocode("Atarib");
    await g.geocode("Nowhere");
    h.clock += 5000;
    await g.geocode("Kafr Takharim");
    expect(h.sleeps).toEqual([250]);
  });
});

describe("failures", () => {
  it.each(["Server Error", "Garbage", "Bad Shape"])(
    "%s: null, counted, warned, not cached",
    async (q) => {
      const g = h.make();
      await expect(g.geocode(q)).resolves.toBeNull();
      await expect(g.geocode(q)).resolves.toBeNull();
      expect(g.stats()).toEqual({ requests: 2, cacheHits: 0, failures: 2 });
      expect(h.warnings).toHaveLength(2);
      expect(h.warnings[0]).toContain(JSON.stringify(q));
    },
  );

  it("gives up after timeoutMs", async () => {
    const g = h.make({ timeoutMs: 100 });
    await expect(g.geocode("Hang")).resolves.toBeNull();
    expect(g.stats().failures).toBe(1);
  });

  it("survives a fetch that throws", async () => {
    const g = h.make({ fetchImpl: () => Promise.reject(new Error("ECONNREFUSED")) });
    await expect(g.geocode("Atarib")).resolves.toBeNull();
    expect(h.warnings[0]).toMatch(/ECONNREFUSED/);
  });
});

describe("cache file", () => {
  it("warns about a corrupt file, keeps it until flush, then backs it up", async () => {
    writeFileSync(h.cacheFile, "{ not json");
    const g = h.make();
    expect(await g.geocode("Atarib")).not.toBeNull();
    expect(h.warnings).toHaveLength(1);
    expect(h.warnings[0]).toContain(h.cacheFile);
    expect(h.warnings[0]).toMatch(/corrupt/);
    expect(readFileSync(h.cacheFile, "utf8")).toBe("{ not json");
    await g.flush();
    const dir = path.dirname(h.cacheFile);
    expect(readdirSync(dir).sort()).toEqual([
      "geocode-cache.json",
      "geocode-cache.json.corrupt-1970-01-01T00-00-00-000Z",
    ]);
    expect(readFileSync(`${h.cacheFile}.corrupt-1970-01-01T00-00-00-000Z`, "utf8")).toBe(
      "{ not json",
    );
    expect(Object.keys(JSON.parse(readFileSync(h.cacheFile, "utf8")) as object)).toHaveLength(1);
  });

  it("treats a wrongly shaped entry as corruption", async () => {
    writeFileSync(h.cacheFile, JSON.stringify({ "atarib|x": { name: "A", lat: "36" } }));
    await h.make().geocode("Atarib");
    expect(h.warnings[0]).toMatch(/entry "atarib\|x"/);
  });

  it("in offline mode makes no request and writes nothing", async () => {
    const g = h.make({ offline: true });
    expect(await g.geocode("Atarib")).toBeNull();
    await g.flush();
    expect(h.server.requests).toHaveLength(0);
    expect(readdirSync(path.dirname(h.cacheFile))).toEqual([]);
    expect(g.stats()).toEqual({ requests: 0, cacheHits: 0, failures: 0 });
  });
});
