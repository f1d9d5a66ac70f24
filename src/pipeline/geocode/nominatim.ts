import { normalizeName } from "../../shared/normalize-name.ts";
import { createGeocodeCache } from "./cache.ts";
import { parseSearchResponse, type GeocodeHit } from "./parse.ts";
import { createSpacer, realSleep } from "./rate-limit.ts";

export type { GeocodeHit } from "./parse.ts";

export interface NominatimOptions {
  /** e.g. https://nominatim.openstreetmap.org or a self-hosted instance; `/search` is appended. */
  baseUrl: string;
  cacheFile: string;
  minIntervalMs?: number;
  userAgent?: string;
  fetchImpl?: typeof fetch;
  countryCodes?: string;
  viewbox?: readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];
  timeoutMs?: number;
  /** Answer from the cache only; a name not in it is simply not found. */
  offline?: boolean;
  warn?: (message: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GeocodeStats {
  requests: number;
  cacheHits: number;
  failures: number;
}

export interface Geocoder {
  /** Never rejects: a network or server failure is counted, warned about and returns null. */
  geocode(query: string): Promise<GeocodeHit | null>;
  /** Persist new answers; call after the last `geocode` has settled. */
  flush(): Promise<void>;
  stats(): GeocodeStats;
}

export const DEFAULT_USER_AGENT = "IdlibAtlas/0.1 (offline-first geoparser)";
/** Northwest Syria: biases ranking towards the corpus's area without excluding the rest. */
export const DEFAULT_VIEWBOX = [35.5, 34.5, 38.5, 37.0] as const;

export function createNominatimGeocoder(options: NominatimOptions): Geocoder {
  const { baseUrl, offline = false, timeoutMs = 10_000 } = options;
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetchImpl ?? fetch;
  const cache = createGeocodeCache(options.cacheFile, warn, now);
  const spaced = createSpacer(options.minIntervalMs ?? 1100, now, options.sleep ?? realSleep);
  // Every parameter that can change the answer; it is part of the cache key so that changing
  // one (say the viewbox) asks again instead of reusing answers to a different question.
  const params = new URLSearchParams({
    format: "jsonv2",
    limit: "3",
    addressdetails: "0",
    countrycodes: options.countryCodes ?? "sy,tr,lb,iq,jo",
    viewbox: (options.viewbox ?? DEFAULT_VIEWBOX).join(","),
    bounded: "0",
    // Names in Syria are tagged in Arabic; the map and the corpus are English.
    "accept-language": "en",
  });
  const endpoint = new URL("search", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const counts: GeocodeStats = { requests: 0, cacheHits: 0, failures: 0 };
  const inFlight = new Map<string, Promise<GeocodeHit | null>>();

  async function request(query: string): Promise<{ ok: true; hit: GeocodeHit | null } | null> {
    const url = new URL(endpoint);
    url.search = new URLSearchParams([["q", query], ...params]).toString();
    counts.requests++;
    try {
      const res = await fetchImpl(url, {
        headers: { "User-Agent": userAgent, Accept: "application/json" },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const text = await res.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error("response is not JSON");
      }
      const parsed = parseSearchResponse(body, baseUrl, query);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed;
    } catch (e) {
      counts.failures++;
      const reason = e instanceof Error ? e.message : String(e);
      warn(`geocode ${JSON.stringify(query)} via ${baseUrl} failed: ${reason}`);
      return null;
    }
  }

  async function lookup(query: string, key: string): Promise<GeocodeHit | null> {
    const cached = await cache.get(key);
    if (cached !== undefined) {
      counts.cacheHits++;
      return cached;
    }
    if (offline) return null;
    const answer = await spaced(() => request(query));
    // Failures are not cached: they are the server's state, not the name's, so ask next build.
    if (answer) await cache.set(key, answer.hit);
    return answer?.hit ?? null;
  }

  return {
    geocode(query) {
      const norm = normalizeName(query);
      if (norm === "") return Promise.resolve(null);
      const key = `${norm}|${[...params].map(([k, v]) => `${k}=${v}`).join("&")}`;
      // The same name asked twice while the first request is pending shares that request.
      let pending = inFlight.get(key);
      if (!pending) {
        pending = lookup(query.trim(), key)
          .catch((e: unknown) => {
            // Belt and braces: the build must never fail because an optional service did.
            counts.failures++;
            warn(`geocode ${JSON.stringify(query)} failed: ${String(e)}`);
            return null;
          })
          .finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      } else counts.cacheHits++;
      return pending;
    },
    flush: () => cache.flush(),
    stats: () => ({ ...counts }),
  };
}
