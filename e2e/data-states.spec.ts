import { expect, test } from "@playwright/test";

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
