import { expect, test } from "@playwright/test";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import {
  clickMapCentre,
  hashCentredOn,
  isolatedPlace,
  mapPixels,
  openAtlas,
  openSpotInArea,
  PIN_KINDS,
  seedData,
} from "./support/atlas";
import { countNear, distinctColours } from "./support/png";

const CITY = "#c2410c";
const TOWN = "#e08a1e";

test("the map draws the basemap and place circles without console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await openAtlas(page);
  const image = await mapPixels(page);
  expect(distinctColours(image)).toBeGreaterThan(200);
  // Circles are drawn at 85% opacity over the land, so compare with a tolerance.
  expect(countNear(image, CITY, 30) + countNear(image, TOWN, 30)).toBeGreaterThan(40);
  expect(errors, "console errors, e.g. CSP violations").toEqual([]);
});

test("the attribution names the basemap sources", async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator(".maplibregl-ctrl-attrib")).toContainText("Natural Earth");
  await expect(page.locator(".maplibregl-ctrl-attrib")).toContainText("GeoNames");
});

test("clicking a place on the map canvas lists its excerpts", async ({ page, request }) => {
  const place = isolatedPlace(await seedData(request));
  await openAtlas(page, `/${hashCentredOn(place)}`);
  await clickMapCentre(page);

  const panel = page.getByTestId("excerpts");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(place.properties.name);
  await expect(panel.getByTestId("excerpt").first()).toBeVisible();
  await expect(panel.getByTestId("excerpt").first().locator("mark")).not.toBeEmpty();
  expect(new URL(page.url()).searchParams.get("place")).toBe(place.properties.id);
});

test("hovering a place shows its tooltip", async ({ page, request }) => {
  const place = isolatedPlace(await seedData(request));
  await openAtlas(page, `/${hashCentredOn(place)}`);
  const box = await page.getByTestId("map").boundingBox();
  await page.mouse.move(
    (box?.x ?? 0) + (box?.width ?? 0) / 2,
    (box?.y ?? 0) + (box?.height ?? 0) / 2,
  );
  await expect(page.getByRole("tooltip")).toContainText(place.properties.name);
  await expect(page.getByRole("tooltip")).toContainText(place.properties.kind);
});

test("clicking a shaded governorate on the map selects it", async ({ page, request }) => {
  const data = await seedData(request);
  const counts = new Map<string, number>();
  for (const m of data.mentions) if (m.place) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  const governorate = data.places
    .filter((p) => p.properties.kind === "governorate" && p.properties.area_code)
    .sort((a, b) => (counts.get(b.properties.id) ?? 0) - (counts.get(a.properties.id) ?? 0))[0];
  if (!governorate) throw new Error("seed data names no governorate");
  const admin1 = (await (
    await request.get("/basemap/syria-admin1.geojson")
  ).json()) as FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string }>;
  const area = admin1.features.find(
    (f) => f.properties.iso_3166_2 === governorate.properties.area_code,
  );
  if (!area) throw new Error(`no polygon for ${governorate.properties.area_code}`);
  const pins = data.places.filter((p) => PIN_KINDS.has(p.properties.kind));
  const [lng, lat] = openSpotInArea(area, pins);

  await openAtlas(page, `/#map=9/${lat}/${lng}`);
  await clickMapCentre(page);
  await expect(page.getByTestId("excerpts").getByRole("heading", { level: 2 })).toHaveText(
    governorate.properties.name,
  );
  expect(new URL(page.url()).searchParams.get("place")).toBe(governorate.properties.id);
});
