import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { bbox, booleanPointInPolygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { Article, Mention, PlaceFeature, PlacesCollection } from "../../src/shared/types";
import { decodePng, type Rgba } from "./png";

export const MAP_READY = '[data-testid="map"][data-ready="true"]';

/** Opens a URL of the app and waits until the map is idle with the data drawn. */
export async function openAtlas(page: Page, url = "/"): Promise<void> {
  await page.goto(url);
  await expect(page.locator(MAP_READY)).toBeVisible({ timeout: 20_000 });
}

export async function mapPixels(page: Page): Promise<Rgba> {
  await expect(page.locator(MAP_READY)).toBeVisible();
  return decodePng(await page.getByTestId("map").screenshot());
}

export interface SeedData {
  articles: Article[];
  places: PlaceFeature[];
  mentions: Mention[];
}

/** The data the app is serving (the e2e run builds it from seeds/). */
export async function seedData(request: APIRequestContext): Promise<SeedData> {
  const places = (await (await request.get("/data/places.geojson")).json()) as PlacesCollection;
  const mentions = (await (await request.get("/data/mentions.json")).json()) as Mention[];
  const articles = (await (await request.get("/data/articles.json")).json()) as Article[];
  return { articles, places: places.features, mentions };
}

export const PIN_KINDS = new Set(["city", "town", "village", "camp", "crossing", "landmark"]);

/** Rough distance in km between two lng/lat points (plenty for "is anything nearby"). */
function km([lng1 = 0, lat1 = 0]: number[], [lng2 = 0, lat2 = 0]: number[]): number {
  const dx = (lng1 - lng2) * 111 * Math.cos((lat1 * Math.PI) / 180);
  return Math.hypot(dx, (lat1 - lat2) * 111);
}

/**
 * A pinned place in Syria with at least one mention and no other pinned place within 3 km, so a
 * click at its position cannot hit a neighbour.
 */
export function isolatedPlace({ places, mentions }: SeedData): PlaceFeature {
  const mentioned = new Set(mentions.map((m) => m.place));
  const pins = places.filter(
    (p) => PIN_KINDS.has(p.properties.kind) && mentioned.has(p.properties.id),
  );
  const inSyria = pins.filter(
    ({
      geometry: {
        coordinates: [lng = 0, lat = 0],
      },
    }) => lng > 35 && lng < 42.5 && lat > 32 && lat < 37.5,
  );
  const found = inSyria.find((p) =>
    pins.every((q) => q === p || km(p.geometry.coordinates, q.geometry.coordinates) > 3),
  );
  if (!found) throw new Error("seed data has no isolated place in Syria to click");
  return found;
}

/** A link hash putting `place` exactly at the centre of the map. */
export function hashCentredOn(place: PlaceFeature, zoom = 11): string {
  const [lng, lat] = place.geometry.coordinates;
  return `#map=${zoom}/${lat}/${lng}`;
}

/** Clicks the centre of the map canvas itself (not a list, not a helper). */
export async function clickMapCentre(page: Page): Promise<void> {
  const box = await page.getByTestId("map").boundingBox();
  if (!box) throw new Error("map has no box");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The mentions-in-range figure from the header ("… · 187 mentions in range"). */
export async function mentionsInRange(page: Page): Promise<number> {
  const text = (await page.locator(".brand-sub").textContent()) ?? "";
  return Number(/(\d+) mentions? in range/.exec(text)?.[1] ?? Number.NaN);
}

/**
 * The longest run of days without a mention on the event basis (which, like the app, falls
 * back to the publication day for mentions without their own date).
 */
export function emptyStretch({ articles, mentions }: SeedData): { from: string; to: string } {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const eventDay = (m: Mention) => m.date ?? published.get(m.article) ?? null;
  const days = [...new Set(mentions.flatMap((m) => eventDay(m) ?? []))].sort();
  let best = { from: "", to: "", gap: 0 };
  for (let i = 1; i < days.length; i++) {
    const gap = (Date.parse(days[i] ?? "") - Date.parse(days[i - 1] ?? "")) / 86_400_000;
    if (gap > best.gap) best = { from: days[i - 1] ?? "", to: days[i] ?? "", gap };
  }
  const shift = (day: string, n: number) =>
    new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
  return { from: shift(best.from, 1), to: shift(best.to, -1) };
}

export function searchParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

/**
 * A point inside a governorate's polygon as far as possible from every pinned place, so a
 * click there hits the shaded area and nothing else.
 */
export function openSpotInArea(
  area: Feature<Polygon | MultiPolygon>,
  pins: PlaceFeature[],
): number[] {
  const [west, south, east, north] = bbox(area);
  let best = { spot: [west, south], clearance: -1 };
  for (let lng = west; lng <= east; lng += 0.03) {
    for (let lat = south; lat <= north; lat += 0.03) {
      if (!booleanPointInPolygon([lng, lat], area)) continue;
      const clearance = Math.min(...pins.map((p) => km([lng, lat], p.geometry.coordinates)));
      if (clearance > best.clearance) best = { spot: [lng, lat], clearance };
    }
  }
  return best.spot;
}

/**
 * Waits until the page's URL has not changed for `quietMs`: MapLibre rewrites the camera hash
 * on a throttle while the map moves, so "settled" is observed rather than slept for.
 */
export async function waitForSettledUrl(
  page: Page,
  quietMs = 500,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = page.url();
  let since = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = page.url();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
  }
  throw new Error(`URL still changing after ${timeoutMs} ms: ${last}`);
}
