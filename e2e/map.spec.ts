import { expect, test } from "@playwright/test";
import {
  clickMapCentre,
  hashCentredOn,
  isolatedPlace,
  mapPixels,
  openAtlas,
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
