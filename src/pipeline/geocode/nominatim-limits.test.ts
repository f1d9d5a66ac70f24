import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeNominatim, type FakeNominatim } from "./fake-nominatim.ts";
import { createNominatimGeocoder, type NominatimOptions } from "./nominatim.ts";

let server: FakeNominatim;
let cacheFile: string;
let warnings: string[];
let sleeps: number[];
let clock: number;

beforeAll(async () => {
  server = await startFakeNominatim();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  cacheFile = path.join(mkdtempSync(path.join(tmpdir(), "geocode-")), "geocode-cache.json");
  warnings = [];
  sleeps = [];
  clock = 0;
});

const make = (extra: Partial<NominatimOptions> = {}) =>
  createNominatimGeocoder({
    baseUrl: server.baseUrl,
    cacheFile,
    warn: (m) => warnings.push(m),
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    ...extra,
  });

describe("rate limit", () => {
  it("spaces requests by minIntervalMs on the injected clock, and cache hits not at all", async () => {
    const g = make();
    await Promise.all([g.geocode("Atarib"), g.geocode("Kafr Takharim"), g.geocode("Nowhere")]);
    expect(sleeps).toEqual([1100, 1100]);
    clock += 400;
    await g.geocode("Somewhere Else");
    await g.geocode("Atarib");
    expect(sleeps).toEqual([1100, 1100, 700]);
    expect(server.requests).toHaveLength(4);
  });

  it("honours a custom interval and does not wait once it has passed", async () => {
    const g = make({ minIntervalMs: 250 });
    await g.geocode("Atarib");
    await g.geocode("Nowhere");
    clock += 5000;
    await g.geocode("Kafr Takharim");
    expect(sleeps).toEqual([250]);
  });
});

describe("failures", () => {
  it.each(["Server Error", "Garbage", "Bad Shape"])(
    "%s: null, counted, warned, not cached",
    async (q) => {
      const g = make();
      await expect(g.geocode(q)).resolves.toBeNull();
      await expect(g.geocode(q)).resolves.toBeNull();
      expect(g.stats()).toEqual({ requests: 2, cacheHits: 0, failures: 2 });
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain(JSON.stringify(q));
    },
  );

  it("gives up after timeoutMs", async () => {
    const g = make({ timeoutMs: 100 });
    await expect(g.geocode("Hang")).resolves.toBeNull();
    expect(g.stats().failures).toBe(1);
  });

  it("survives a fetch that throws", async () => {
    const g = make({ fetchImpl: () => Promise.reject(new Error("ECONNREFUSED")) });
    await expect(g.geocode("Atarib")).resolves.toBeNull();
    expect(warnings[0]).toMatch(/ECONNREFUSED/);
  });
});

describe("cache file", () => {
  it("warns about a corrupt file, keeps it until flush, then backs it up", async () => {
    writeFileSync(cacheFile, "{ not json");
    const g = make();
    expect(await g.geocode("Atarib")).not.toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(cacheFile);
    expect(warnings[0]).toMatch(/corrupt/);
    expect(readFileSync(cacheFile, "utf8")).toBe("{ not json");
    await g.flush();
    const dir = path.dirname(cacheFile);
    expect(readdirSync(dir).sort()).toEqual([
      "geocode-cache.json",
      "geocode-cache.json.corrupt-1970-01-01T00-00-00-000Z",
    ]);
    expect(readFileSync(`${cacheFile}.corrupt-1970-01-01T00-00-00-000Z`, "utf8")).toBe(
      "{ not json",
    );
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, "utf8")) as object)).toHaveLength(1);
  });

  it("treats a wrongly shaped entry as corruption", async () => {
    writeFileSync(cacheFile, JSON.stringify({ "atarib|x": { name: "A", lat: "36" } }));
    await make().geocode("Atarib");
    expect(warnings[0]).toMatch(/entry "atarib\|x"/);
  });

  it("in offline mode makes no request and writes nothing", async () => {
    const g = make({ offline: true });
    expect(await g.geocode("Atarib")).toBeNull();
    await g.flush();
    expect(server.requests).toHaveLength(0);
    expect(readdirSync(path.dirname(cacheFile))).toEqual([]);
    expect(g.stats()).toEqual({ requests: 0, cacheHits: 0, failures: 0 });
  });
});
