import { expect, test } from "@playwright/test";
import type { Mention } from "../src/shared/types";

test("a missing data file shows a clear error naming it", async ({ page }) => {
  await page.route("**/data/mentions.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await expect(page.getByTestId("data-status")).toContainText(
    "Could not load data/mentions.json: 404 — run npm run build:data",
  );
});

test("an empty corpus explains how to add articles", async ({ page }) => {
  await page.route("**/data/articles.json", (route) => route.fulfill({ json: [] }));
  await page.route("**/data/mentions.json", (route) => route.fulfill({ json: [] }));
  await page.route("**/data/places.geojson", (route) =>
    route.fulfill({ json: { type: "FeatureCollection", features: [] } }),
  );
  await page.goto("/");
  await expect(page.getByTestId("data-status")).toContainText(
    "No articles yet — add .txt files to seeds/",
  );
  await expect(page.locator('[data-testid="map"][data-ready="true"]')).toBeVisible();
});

test("names nobody could place are listed in the panel, not lost", async ({ page, request }) => {
  const mentions = (await (await request.get("/data/mentions.json")).json()) as Mention[];
  const [first] = mentions;
  if (!first) throw new Error("no seed mentions");
  // Re-read an existing span as an unplaced name, so offsets stay true to the article.
  mentions.push({ ...first, place: null, text: first.text, confidence: 0 });
  await page.route("**/data/mentions.json", (route) => route.fulfill({ json: mentions }));
  await page.goto("/");
  await expect(page.getByTestId("unplaced")).toContainText(first.text);
});
