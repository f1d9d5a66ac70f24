import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startFakeNominatim, type FakeNominatim } from "./fake-nominatim.ts";
import { createNominatimGeocoder, type Geocoder, type NominatimOptions } from "./nominatim.ts";

/** What a geocoder test works with; fields are reset before each test. */
export interface GeocoderHarness {
  server: FakeNominatim;
  cacheFile: string;
  warnings: string[];
  /** Every sleep the rate limiter asked for, in ms. */
  sleeps: number[];
  /** The fake clock's time in ms; `sleep` moves it on instantly. */
  clock: number;
  /** A geocoder against the fake server, on the fake clock, collecting its warnings. */
  make(extra?: Partial<NominatimOptions>): Geocoder;
}

/** Registers the hooks that start the fake Nominatim and reset the harness before each test. */
export function useGeocoderHarness(options: {
  startAt: number;
  cacheSubdir?: string;
}): GeocoderHarness {
  const h = {
    warnings: [],
    sleeps: [],
    clock: options.startAt,
    make: (extra: Partial<NominatimOptions> = {}) =>
      createNominatimGeocoder({
        baseUrl: h.server.baseUrl,
        cacheFile: h.cacheFile,
        warn: (m) => h.warnings.push(m),
        now: () => h.clock,
        sleep: async (ms) => {
          h.sleeps.push(ms);
          h.clock += ms;
        },
        ...extra,
      }),
  } as unknown as GeocoderHarness;
  beforeAll(async () => {
    h.server = await startFakeNominatim();
  });
  afterAll(() => h.server.close());
  beforeEach(() => {
    h.server.requests.length = 0;
    const dir = mkdtempSync(path.join(tmpdir(), "geocode-"));
    h.cacheFile = path.join(
      dir,
      ...(options.cacheSubdir ? [options.cacheSubdir] : []),
      "geocode-cache.json",
    );
    h.warnings = [];
    h.sleeps = [];
    h.clock = options.startAt;
  });
  return h;
}
